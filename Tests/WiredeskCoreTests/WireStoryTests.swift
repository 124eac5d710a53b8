import Foundation
import Testing
import WiredeskCore
import WiredeskTestSupport

/// Whole stories of the shapes a feed sends, each parsed as the daemon parses it and judged field by field the way
/// the evaluation's scorer judges an archive: title, place, date, issuing and cited agencies, what the body keeps and
/// what it drops.
@Suite struct WireStoryTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var story: WireStories.Story
        /// `.some(nil)`: the story must have none.
        var title: String??
        var place: String??
        var date: String?
        var agency: String??
        var cited: [String] = []
        var contains: [String] = []
        var absent: [String] = []
        var description: String { story.name }
    }

    static let receivedAt = Date(timeIntervalSince1970: 1_700_000_000)

    static let expectations: [Expectation] = [
        Expectation(
            story: WireStories.leadOnly, title: .some(nil), place: .some(nil), agency: .some(nil),
            cited: ["Lusa", "BBC"],
            contains: [
                "Finance Minister Marta Oliveira said on Wednesday", "Millers respond",
                "the fastest increase since its records began.",
            ],
            absent: ["------------"]),
        Expectation(
            story: WireStories.underADateHeader, title: "Turkey and Iraq agree to reopen border crossing",
            place: "Ankara", date: "2018-03-04", agency: "Xinhua", cited: ["Anadolu"],
            contains: ["Turkey and Iraq agreed on Sunday to reopen a border crossing", "waited for weeks"],
            absent: ["Beijing Time", "GMT2018", "ANKARA, March 4 (Xinhua) --"]),
        Expectation(
            story: WireStories.openedByTheAgency, title: .some(nil), agency: "Tasnim",
            contains: ["Our engineers will finish the new water pipeline", "paid for the land the pipeline crosses."],
            absent: ["R204/117/C/", "Tasnim –"]),
        Expectation(
            story: WireStories.repeatedHeadline, title: "Caspian States Agree on Fishing Quotas", agency: .some(nil),
            cited: ["IRNA"],
            contains: ["have agreed on new quotas for sturgeon fishing", "a joint commission of scientists"],
            absent: ["Caspian  States", "Caspian States Agree on Fishing Quotas"]),
        Expectation(
            story: WireStories.inlineDate, title: .some(nil), date: "2022-09-14",
            contains: ["Foreign Minister Lena Virtanen made the remarks", "share the cost of the new terminals."],
            absent: ["date 2022-09-14"]),
    ]

    @Test func everyStoryHasItsExpectation() {
        #expect(Set(Self.expectations.map(\.story.name)) == Set(WireStories.all.map(\.name)))
    }

    @Test(arguments: expectations)
    func storyYieldsWhatItStates(_ expected: Expectation) throws {
        let text = try TextDecoder.decode(Array(expected.story.data))
        let article = WireCopyParser.parse(text: text, receivedAt: Self.receivedAt, hints: ArticleHints())
        let norm = GoldComparison.norm

        if let title = expected.title {
            #expect(norm(article.title) == norm(title), "title \(article.title ?? "nil")")
        }
        if let place = expected.place {
            #expect(norm(article.place) == norm(place), "place \(article.place ?? "nil")")
        }
        if let date = expected.date {
            #expect(article.published?.prefix(10) == Substring(date), "date \(article.published ?? "nil")")
        }
        if let agency = expected.agency {
            #expect(norm(article.agency) == norm(agency), "agency \(article.agency ?? "nil")")
        }
        let cited = article.sources.filter { $0.role == .cited }.compactMap { norm($0.name) }
        for name in expected.cited {
            let wanted = norm(name)!
            #expect(cited.contains { $0 == wanted || $0.contains(wanted) }, "cited \(name) in \(cited)")
        }
        let flatBody = article.body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in expected.contains {
            let flatPhrase = phrase.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flatBody.contains(flatPhrase), "keeps \(phrase)")
        }
        for phrase in expected.absent {
            #expect(!article.body.contains(phrase), "drops \(phrase)")
        }
        #expect(!article.body.contains("\n\n\n"))
        #expect(article.language == "en")
        #expect(article.wordCount > 0)
    }
}
