import Foundation
import Testing

@testable import WiredeskCore

/// Scores the extractor on the shared html-dev corpus (read-only) with the metric of `shared/eval/score_html.py`,
/// and, when `WIREDESK_HTML_JSONL` names an output file, writes one JSON line per page of `WIREDESK_HTML_CORPUS`
/// (default html-dev) for that script to score.
struct HTMLCorpusTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpusRoot = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let htmlDev = corpusRoot.appendingPathComponent("html-dev")
    static let hasHTMLDev = FileManager.default.fileExists(atPath: htmlDev.appendingPathComponent("aclu").path)

    struct Page {
        var name: String
        var source: [UInt8]
        var gold: [String: Any]
    }

    static func pages(in corpus: URL) throws -> [Page] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        return try names.compactMap { name in
            let folder = corpus.appendingPathComponent(name)
            let source = folder.appendingPathComponent("source.html")
            let gold = folder.appendingPathComponent("gold.json")
            guard FileManager.default.fileExists(atPath: source.path), FileManager.default.fileExists(atPath: gold.path)
            else { return nil }
            let goldObject = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any] ?? [:]
            return Page(name: name, source: Array(try Data(contentsOf: source)), gold: goldObject)
        }
    }

    @Test(.enabled(if: hasHTMLDev))
    func htmlDevScoresAboveFloor() throws {
        var scorer = HTMLExtractionScorer()
        for page in try Self.pages(in: Self.htmlDev) {
            let extracted = try HTMLExtractor.extract(page.source)
            scorer.add(gold: page.gold, page: extracted)
        }
        let figures = scorer.figures
        #expect(figures.f1 >= 0.975, "F1 \(figures.f1) P \(figures.precision) R \(figures.recall)")
        #expect(figures.title >= 0.93, "title \(figures.title)")
        #expect(figures.date >= 0.94, "date \(figures.date)")
    }

    static let datesDev = corpusRoot.appendingPathComponent("dates-dev")
    static let hasDatesDev = FileManager.default.fileExists(atPath: datesDev.appendingPathComponent("README.md").path)

    /// dates-dev: hand-checked publication dates of 200 pages; only the date counts.
    @Test(.enabled(if: hasDatesDev))
    func datesDevScoresAboveFloor() throws {
        var scorer = HTMLExtractionScorer()
        for page in try Self.pages(in: Self.datesDev) {
            scorer.add(gold: page.gold, page: try HTMLExtractor.extract(page.source))
        }
        #expect(scorer.figures.date >= 0.945, "date \(scorer.figures.date)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["WIREDESK_HTML_JSONL"] != nil))
    func writesJSONLForTheScorer() throws {
        let environment = ProcessInfo.processInfo.environment
        let output = URL(fileURLWithPath: environment["WIREDESK_HTML_JSONL"]!)
        let corpus = environment["WIREDESK_HTML_CORPUS"].map { URL(fileURLWithPath: $0) } ?? Self.htmlDev
        var lines = Data()
        var elapsed = Duration.zero
        var parsing = Duration.zero
        let clock = ContinuousClock()
        let pages = try Self.pages(in: corpus)
        for page in pages {
            var extracted: HTMLPage?
            elapsed += clock.measure { extracted = try? HTMLExtractor.extract(page.source) }
            parsing += clock.measure {
                if let input = try? HTMLCharset.input(for: page.source, libxmlKnows: HTMLTree.libxmlKnowsCharset) {
                    _ = HTMLTree.parse(input)
                }
            }
            let object: [String: Any] = [
                "path": page.name,
                "title": extracted?.hints.title ?? NSNull(),
                "body": extracted?.body ?? "",
                "published": extracted?.hints.published ?? NSNull(),
                "byline": extracted?.hints.byline ?? NSNull(),
                "language": extracted?.hints.language ?? NSNull(),
                "site_name": extracted?.hints.siteName ?? NSNull(),
            ]
            lines.append(try JSONSerialization.data(withJSONObject: object))
            lines.append(0x0A)
        }
        try lines.write(to: output)
        print("pages: \(pages.count), extraction: \(elapsed), of which decoding, parsing and copying: \(parsing)")
    }
}

/// The body, title and date figures of `score_html.py`: 4-word shingles compared as multisets, precision and recall
/// averaged over pages; exact titles after whitespace collapsing; the same calendar day.
struct HTMLExtractionScorer {
    private var precisions: [Double] = []
    private var recalls: [Double] = []
    private var titles: (right: Int, total: Int) = (0, 0)
    private var dates: (right: Int, total: Int) = (0, 0)

    var figures: (f1: Double, precision: Double, recall: Double, title: Double, date: Double) {
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (
            f1, precision, recall, titles.total == 0 ? 1 : Double(titles.right) / Double(titles.total),
            dates.total == 0 ? 1 : Double(dates.right) / Double(dates.total)
        )
    }

    mutating func add(gold: [String: Any], page: HTMLPage) {
        let truth = Self.shingles(gold["text"] as? String ?? "")
        let predicted = Self.shingles(page.body)
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        for key in Set(truth.keys).union(predicted.keys) {
            let expected = truth[key, default: 0]
            let got = predicted[key, default: 0]
            truePositives += min(expected, got)
            falsePositives += max(0, got - expected)
            falseNegatives += max(0, expected - got)
        }
        if truePositives + falsePositives > 0 {
            precisions.append(Double(truePositives) / Double(truePositives + falsePositives))
        }
        if truePositives + falseNegatives > 0 {
            recalls.append(Double(truePositives) / Double(truePositives + falseNegatives))
        }
        if let title = gold["title"] as? String {
            titles.total += 1
            let accepted = [title] + (gold["title_alt"] as? [String] ?? [])
            if let got = page.hints.title, accepted.contains(where: { Self.collapsed($0) == Self.collapsed(got) }) {
                titles.right += 1
            }
        }
        if let published = gold["published"] as? String {
            dates.total += 1
            if let got = page.hints.published, got.prefix(10) == published.prefix(10) { dates.right += 1 }
        }
    }

    static func collapsed(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Python's `\w+` tokens: letters, digits, marks and the underscore.
    static func shingles(_ text: String) -> [[Substring]: Int] {
        let tokens = text.split { character in
            !(character.isLetter || character.isNumber || character == "_"
                || character.unicodeScalars.contains { $0.properties.generalCategory == .nonspacingMark })
        }
        var result: [[Substring]: Int] = [:]
        guard !tokens.isEmpty else { return result }
        for start in 0..<max(1, tokens.count - 3) {
            result[Array(tokens[start..<min(tokens.count, start + 4)]), default: 0] += 1
        }
        return result
    }
}
