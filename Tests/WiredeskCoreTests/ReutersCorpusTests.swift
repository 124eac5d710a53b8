import Foundation
import Testing
import WiredeskCore

/// One line of `reuters-dev/gold.jsonl`.
struct ReutersGold: Decodable, Sendable {
    var file: String
    var title: String?
    var place: String?
    var place_full: String?
    var date: String?
    var agency: String?
    var byline: String?
    var received: String
}

/// The 400 Reuters dev stories, scored per field as `score_wire.py` scores an archive.
@Suite struct ReutersCorpusTests {
    /// Floors just under the measured accuracy, so a regression fails the build.
    static let floors: [String: Double] = [
        "place": 0.9975, "date": 0.9975, "title": 1.0, "agency": 1.0, "byline": 0.95,
    ]

    @Test func fieldAccuracyStaysAboveFloors() throws {
        let text = String(decoding: try CorpusFixtures.bytes("reuters-dev/gold.jsonl"), as: UTF8.self)
        let gold = try text.split(separator: "\n").map {
            try JSONDecoder().decode(ReutersGold.self, from: Data($0.utf8))
        }
        #expect(gold.count == 400)
        let norm = CorpusFixtures.norm
        var tally: [String: (ok: Int, total: Int)] = [:]
        var misses: [String] = []
        func check(_ field: String, _ ok: Bool, _ file: String, _ got: String?, _ want: String?) {
            tally[field, default: (0, 0)].total += 1
            if ok {
                tally[field]!.ok += 1
            } else {
                misses.append("\(field) \(file): got \(got ?? "nil") want \(want ?? "nil")")
            }
        }
        for entry in gold {
            let received = try #require(CorpusFixtures.receivedDate(entry.received))
            let decoded = try TextDecoder.decode(try CorpusFixtures.bytes("reuters-dev/files/\(entry.file)"))
            let article = WireCopyParser.parse(text: decoded, receivedAt: received, hints: ArticleHints())
            if let place = entry.place {
                let got = norm(article.place)
                check("place", got == norm(place) || got == norm(entry.place_full), entry.file, article.place, place)
            }
            if let date = entry.date {
                check("date", article.published?.prefix(10) == Substring(date), entry.file, article.published, date)
            }
            if let title = entry.title {
                check("title", norm(article.title) == norm(title), entry.file, article.title, title)
            }
            if let agency = entry.agency {
                check("agency", norm(article.agency) == norm(agency), entry.file, article.agency, agency)
            }
            if let byline = entry.byline {
                let got = norm(article.byline) ?? ""
                let want = norm(byline)!
                check(
                    "byline", !got.isEmpty && (want.contains(got) || got.contains(want)), entry.file, article.byline,
                    byline)
            }
        }
        let figures = ["place", "date", "title", "agency", "byline"].map { field in
            let (ok, total) = tally[field] ?? (0, 0)
            return (field, total == 0 ? 1.0 : Double(ok) / Double(total))
        }
        print("wire: " + figures.map { "\($0.0) \(String(format: "%.4f", $0.1))" }.joined(separator: " "))
        for miss in misses { print("  miss \(miss)") }
        for (field, rate) in figures {
            #expect(rate >= Self.floors[field]!, "\(field) accuracy \(rate)")
        }
    }
}
