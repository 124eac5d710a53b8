import Foundation
import Testing
import WiredeskCore

/// One entry of `seeds.gold.json`. A key that is present with `null` (title, place) expects no value.
struct SeedGold: Decodable, Sendable {
    var title: String??
    var place: String??
    var date: String?
    var agency: [String]?
    var cited: [String]?
    var contains: [String]?
    var absent: [String]?

    enum CodingKeys: String, CodingKey { case title, place, date, agency, cited, contains, absent }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = container.contains(.title) ? .some(try container.decodeIfPresent(String.self, forKey: .title)) : nil
        place = container.contains(.place) ? .some(try container.decodeIfPresent(String.self, forKey: .place)) : nil
        date = try container.decodeIfPresent(String.self, forKey: .date)
        agency = try container.decodeIfPresent([String].self, forKey: .agency)
        cited = try container.decodeIfPresent([String].self, forKey: .cited)
        contains = try container.decodeIfPresent([String].self, forKey: .contains)
        absent = try container.decodeIfPresent([String].self, forKey: .absent)
    }
}

/// The five seed stories against every check of `seeds.gold.json`, judged as `score.py` judges them.
@Suite struct SeedCorpusTests {
    static let gold: [String: SeedGold] = {
        let data = (try? CorpusFixtures.bytes("seeds.gold.json")) ?? []
        return (try? JSONDecoder().decode([String: SeedGold].self, from: Data(data))) ?? [:]
    }()
    static let receivedAt = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func goldIsReadable() {
        #expect(Self.gold.count == 5)
    }

    @Test(arguments: gold.keys.sorted())
    func seedMatchesGold(file: String) throws {
        let expected = try #require(Self.gold[file])
        let text = try TextDecoder.decode(try CorpusFixtures.bytes("seeds/\(file)"))
        let article = WireCopyParser.parse(text: text, receivedAt: Self.receivedAt, hints: ArticleHints())
        let norm = CorpusFixtures.norm

        if let title = expected.title {
            #expect(norm(article.title) == norm(title), "title")
        }
        if let place = expected.place {
            #expect(norm(article.place) == norm(place), "place")
        }
        if let date = expected.date {
            #expect(article.published?.prefix(10) == Substring(date), "date")
        }
        if let agencies = expected.agency {
            #expect(agencies.map(norm).contains(norm(article.agency)), "agency \(article.agency ?? "nil")")
        }
        let cited = article.sources.filter { $0.role == .cited }.compactMap { norm($0.name) }
        for name in expected.cited ?? [] {
            let wanted = norm(name)!
            #expect(cited.contains { $0 == wanted || $0.contains(wanted) }, "cited \(name) in \(cited)")
        }
        let flatBody = article.body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in expected.contains ?? [] {
            let flatPhrase = phrase.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flatBody.contains(flatPhrase), "keeps \(phrase)")
        }
        for phrase in expected.absent ?? [] {
            #expect(!article.body.contains(phrase), "drops \(phrase)")
        }
        #expect(!article.body.contains("\n\n\n"))
        #expect(article.language == "en")
    }
}
