import Foundation
import Testing
import WiredeskCore

/// The agency of a feed: recorded for the feed's stories that name no agency, never over one the text names.
@Suite struct FeedAgencyTests {
    let extractor = ArticleExtractor(feedAgencies: FeedAgencies(["desk-one": "reuters", "desk-two": "Harbour Post"]))
    let received = Date(timeIntervalSince1970: 1_700_000_000)

    func extract(_ text: String, feed: String?) throws -> Article {
        try extractor.extract(Array(text.utf8), fileName: "story.txt", feed: feed, receivedAt: received).get().article
    }

    static let untagged = """
        Ferry line to add winter sailings

        The harbour authority said on Monday that a second ferry would run between the two islands from \
        December, doubling the number of winter crossings.
        Islanders had asked for more sailings since the old timetable was cut three years ago.
        """

    static let tagged = """
        Ferry line to add winter sailings

        OSLO, Dec 4 (AP) - The harbour authority said on Monday that a second ferry would run between the two \
        islands from December, doubling the number of winter crossings.
        Islanders had asked for more sailings since the old timetable was cut three years ago.
        """

    @Test func aStoryThatNamesNoAgencyTakesItsFeeds() throws {
        let article = try extract(Self.untagged, feed: "desk-one")
        #expect(article.agency == "Reuters", "a known agency is recorded by its canonical name")
        #expect(article.sources.contains(ArticleSource(name: "Reuters", role: .agency)))
        #expect(try extract(Self.untagged, feed: "desk-two").agency == "Harbour Post", "another name as written")
    }

    @Test func theTextWinsOverTheFeed() throws {
        let article = try extract(Self.tagged, feed: "desk-one")
        #expect(article.agency == "AP")
        #expect(!article.sources.contains { $0.name == "Reuters" })
    }

    @Test func aFeedWithoutAnAgencyAndTheInboxTopLevelGetNone() throws {
        #expect(try extract(Self.untagged, feed: "other").agency == nil)
        #expect(try extract(Self.untagged, feed: nil).agency == nil)
    }

    @Test func entriesAreFeedEqualsAgency() throws {
        let agencies = try FeedAgencies(entries: ["desk-one = Agence France-Presse", "desk-two=dpa"])
        #expect(agencies.agency(of: "desk-one") == "AFP")
        #expect(agencies.agency(of: "desk-two") == "dpa")
        #expect(agencies.agency(of: "desk-three") == nil)
        for bad in ["desk-one", "=Reuters", "desk-one=", "a/b=Reuters", " = "] {
            #expect(throws: FeedAgencies.InvalidEntry(entry: bad)) { try FeedAgencies(entries: [bad]) }
        }
    }
}
