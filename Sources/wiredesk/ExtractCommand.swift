import ArgumentParser
import Foundation
import WiredeskCore
import WiredeskSystem

/// `wiredesk extract`: the archive's decode/clean/extract pipeline on one file (or a folder of pages), writing
/// nothing.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the record wiredesk would archive for one file, without writing anything.",
        discussion: """
            With --batch, FILE is a folder: every */source.html below it (or, when there is none, every .html \
            file) is extracted and printed as one JSON line with its "path" relative to the folder; the time \
            spent extracting (CPU time of one core, without reading files or printing, after one untimed \
            extraction of the first page that sets up compiled patterns and tables) goes to standard error.
            """
    )

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(help: "Treat FILE as a folder of pages and print one JSON line per page (implies --json).")
    var batch = false

    @Option(help: "Largest file accepted, in bytes.")
    var maxFileBytes = 32 * 1024 * 1024

    @Option(
        help: ArgumentHelp(
            "The agency to record when the text names none, as the daemon does for a feed in feedAgencies.",
            valueName: "agency"))
    var feedAgency: String?

    /// The extractor `run` would use for a file of a feed whose agency is `--feed-agency`.
    private var extractor: ArticleExtractor {
        ArticleExtractor(
            maxFileBytes: maxFileBytes, feedAgencies: FeedAgencies(feedAgency.map { [Self.feed: $0] } ?? [:]))
    }

    /// The feed name the files given to `extract` stand in, for `--feed-agency`.
    private static let feed = "extract"

    @Argument(help: "The file to read (with --batch, the folder).")
    var file: String

    func run() throws {
        if batch { return try runBatch() }
        let url = URL(fileURLWithPath: file)
        let bytes: [UInt8]
        let modified: Date
        do {
            bytes = Array(try Data(contentsOf: url))
            modified = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date ?? Date()
        } catch {
            throw ValidationError("cannot read \(file): \(error.localizedDescription)")
        }
        let result = extractor.extract(bytes, fileName: url.lastPathComponent, feed: Self.feed, receivedAt: modified)
        switch result {
        case .failure(let rejection):
            FileHandle.standardError.write(Data("rejected: \(rejection.reason)\n".utf8))
            throw ExitCode(2)
        case .success(let extracted):
            print(json ? try ExtractedRecord(extracted).json() : ExtractedRecord(extracted).text())
        }
    }
}

extension ExtractCommand {
    /// Extracts every page below the folder `file`, one JSON line each, timing only the extraction itself so the
    /// figure on standard error is the pipeline's cost per page.
    func runBatch() throws {
        let root = URL(fileURLWithPath: file)
        let paths = try Self.pages(below: root)
        let extractor = self.extractor
        // One-time setup (compiled patterns, lookup tables) belongs to process start, not to any page's cost.
        if let first = paths.first,
            let data = FileManager.default.contents(atPath: root.appendingPathComponent(first).path)
        {
            _ = extractor.extract(Array(data), fileName: first, receivedAt: Date())
        }
        var elapsed = 0.0
        for path in paths {
            let url = root.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ValidationError("cannot read \(url.path)")
            }
            let bytes = Array(data)
            let modified =
                (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? Date()
            var result: Result<ExtractedArticle, Rejection>?
            elapsed += Self.cpuSeconds {
                result = extractor.extract(
                    bytes, fileName: url.lastPathComponent, feed: Self.feed, receivedAt: modified)
            }
            var record: ExtractedRecord
            switch result {
            case .success(let extracted): record = ExtractedRecord(extracted)
            case .failure(let rejection): record = ExtractedRecord(rejection: rejection)
            case nil: continue
            }
            record.path = path
            FileHandle.standardOutput.write(Data((try record.json() + "\n").utf8))
        }
        let seconds = elapsed
        let perPage = paths.isEmpty ? 0 : seconds * 1000 / Double(paths.count)
        let summary = String(
            format: "pages %d extraction %.3f s ms/page %.3f pages/s %.0f\n", paths.count, seconds, perPage,
            seconds > 0 ? Double(paths.count) / seconds : 0)
        FileHandle.standardError.write(Data(summary.utf8))
    }

    /// CPU time of this thread spent in `work`: on a machine shared with other jobs, wall time would count their
    /// share of the core too.
    static func cpuSeconds(_ work: () -> Void) -> Double {
        let start = SystemClock.threadCPUNanoseconds()
        work()
        return Double(SystemClock.threadCPUNanoseconds() - start) / 1e9
    }

    /// Paths relative to `root` of every `source.html` below it, or, when there is none, of every `.html` and
    /// `.htm` file; sorted, so runs compare line by line.
    static func pages(below root: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw ValidationError("cannot list \(root.path)")
        }
        var sources: [String] = []
        var pages: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            let suffix = (name as NSString).pathExtension.lowercased()
            if name == "source.html" { sources.append(path) }
            if suffix == "html" || suffix == "htm" { pages.append(path) }
        }
        return (sources.isEmpty ? pages : sources).sorted()
    }
}

/// The printed form of an extracted article; the JSON keys are the archive's column names.
struct ExtractedRecord: Encodable {
    /// The page's path inside the folder, in batch mode.
    var path: String?
    /// Why the file was rejected, in batch mode; the other values are then empty.
    var error: String?
    var title: String?
    var body: String
    var published: String?
    var place: String?
    var dateline: String?
    var agency: String?
    var byline: String?
    var language: String?
    var sources: [Source]
    var wordCount: Int
    var contentHash: String
    var publishedInferred = false

    struct Source: Encodable {
        var name: String
        var role: String
    }

    init(_ extracted: ExtractedArticle) {
        let article = extracted.article
        title = article.title
        body = article.body
        published = article.published
        place = article.place
        dateline = article.dateline
        agency = article.agency
        byline = article.byline
        language = article.language
        sources = article.sources.map { Source(name: $0.name, role: $0.role.rawValue) }
        wordCount = article.wordCount
        contentHash = extracted.contentHash
        publishedInferred = article.publishedYearInferred
    }

    init(rejection: Rejection) {
        error = rejection.reason
        body = ""
        sources = []
        wordCount = 0
        contentHash = ""
    }

    enum CodingKeys: String, CodingKey {
        case path, error, title, body, published, place, dateline, agency, byline, language, sources
        case wordCount = "word_count"
        case contentHash = "content_hash"
        case publishedInferred = "published_inferred"
    }

    // Absent values are printed as null, so every key is always there for scripts.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encode(title, forKey: .title)
        try container.encode(body, forKey: .body)
        try container.encode(published, forKey: .published)
        try container.encode(place, forKey: .place)
        try container.encode(dateline, forKey: .dateline)
        try container.encode(agency, forKey: .agency)
        try container.encode(byline, forKey: .byline)
        try container.encode(language, forKey: .language)
        try container.encode(sources, forKey: .sources)
        try container.encode(wordCount, forKey: .wordCount)
        try container.encode(contentHash, forKey: .contentHash)
        try container.encode(publishedInferred, forKey: .publishedInferred)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    func text() -> String {
        let fields: [(String, String?)] = [
            ("title", title), ("dateline", dateline), ("place", place), ("published", published),
            ("agency", agency), ("byline", byline), ("language", language),
            ("cited", sources.filter { $0.role == "cited" }.map(\.name).joined(separator: ", ")),
        ]
        let header = fields.map { "\($0.0): \($0.1 ?? "")" }.joined(separator: "\n")
        return header + "\n\n" + body
    }
}
