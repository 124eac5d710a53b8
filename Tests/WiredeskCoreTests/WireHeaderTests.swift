import Foundation
import Testing
import WiredeskCore

/// The lines above a story's headline and dateline, in the agencies' house styles: routing lines (slugs, priority
/// codes, transmission headers, notes to editors) that are dropped, and date headers whose date is the story's.
/// Each case is written from the agencies' conventions, not copied from a story.
@Suite struct WireHeaderTests {
    /// Received 1 Jan 2024, 00:00 UTC: after every date below.
    static let received = Date(timeIntervalSince1970: 1_704_067_200)
    /// Received 20 Dec 2016, noon UTC.
    static let december2016 = Date(timeIntervalSince1970: 1_482_235_200)

    static func parse(_ text: String, receivedAt: Date = received) -> Article {
        WireCopyParser.parse(text: text, receivedAt: receivedAt, hints: ArticleHints())
    }

    static let headline = "Illinois lawmakers pass budget"
    static let story = "SPRINGFIELD, Ill. (AP) — Illinois lawmakers passed a budget.\n\nThe vote was 60-50."

    /// Slugs, priority codes, transmission headers and notes to editors above the headline are dropped, so the
    /// headline is the title.
    @Test(arguments: [
        "BC-US--Illinois-Budget, 1st Ld-Writethru",
        "AP-US-Illinois-Budget",
        "BC-EU--Britain-Election,0412",
        "AM-Iran-Nuclear 1stLd,0560",
        "BC-Obit-Smith Adv18",
        "a0612 3 f AM-Budget-Vote 06-02 0345",
        "^AM-Budget-Vote,0345<",
        "ZCZC",
        "ZCZC LBA123 4 US",
        "PRIORITY: URGENT",
        "URGENT",
        "BULLETIN",
        "FLASH",
        "APNewsAlert",
        "Eds: UPDATES with governor's comment. With AP Photos.",
        "ZCZC\nPRIORITY: URGENT\nBC-US--Illinois-Budget, 1st Ld-Writethru",
        "BC-US--Illinois-Budget, 1st Ld-Writethru\nEds: UPDATES with governor's comment. With AP Photos.",
    ])
    func dropsRoutingLinesAboveTheHeadline(routing: String) {
        let article = Self.parse("\(routing)\n\(Self.headline)\n\n\(Self.story)")
        #expect(article.title == Self.headline)
        #expect(article.body.hasPrefix("Illinois lawmakers passed a budget."), "\(article.body.prefix(80))")
    }

    /// A note to editors between the headline and the dateline is not the story either.
    @Test(arguments: [
        "Eds: UPDATES with governor's comment. With AP Photos.",
        "EDS: ADDS byline.",
    ])
    func dropsNotesToEditorsBelowTheHeadline(note: String) {
        let article = Self.parse("\(Self.headline)\n\n\(note)\n\n\(Self.story)")
        #expect(article.title == Self.headline)
        #expect(article.dateline == "SPRINGFIELD, Ill. (AP) —")
        #expect(article.body.hasPrefix("Illinois lawmakers passed a budget."), "\(article.body.prefix(80))")
    }

    /// Headlines that start like a routing line (a priority word, a slug prefix) but read as a title stay the title.
    @Test(arguments: [
        "Urgent talks on the budget are needed before the deadline, governor warns",
        "Flash floods kill 12 in southern Illinois",
        "Bulletin board at the statehouse draws crowds",
        "URGENT: Illinois lawmakers pass budget",
        "AP-NORC Poll Finds Doubts About the Budget",
        "PM-designate Names Cabinet",
    ])
    func keepsHeadlinesThatStartLikeRoutingLines(headline: String) {
        let article = Self.parse("\(headline)\n\n\(Self.story)")
        #expect(article.title == headline)
        #expect(article.body.hasPrefix("Illinois lawmakers passed a budget."), "\(article.body.prefix(80))")
    }

    struct Header: Sendable, CustomStringConvertible {
        var line: String
        var published: String
        var description: String { line }
    }

    /// Date headers in the forms agencies and their web pages print: the header's date is the publication date, and
    /// nothing of the header line stays in the body. The dateline states no date, so only the header can give one.
    @Test(arguments: [
        Header(line: "Source: Xinhua| 2016-12-12 22:20:03|Editor: huaxia", published: "2016-12-12T22:20:03"),
        Header(line: "Source: Global Times| 2016-12-12 22:20:03|Editor: Liu Wei", published: "2016-12-12T22:20:03"),
        Header(line: "December 12, 2016 / 4:05 PM / Updated 2 hours ago", published: "2016-12-12T16:05:00"),
        Header(line: "December 12, 2016 · 4:05 PM · 3 Min Read", published: "2016-12-12T16:05:00"),
        Header(line: "Dec 12, 2016 10:51 PM ET", published: "2016-12-12T22:51:00-05:00"),
        Header(line: "Jul 12, 2016 10:51 PM ET", published: "2016-07-12T22:51:00-04:00"),
        Header(line: "Mar 20, 2006 9:15 AM PT", published: "2006-03-20T09:15:00-08:00"),
        Header(line: "12.12.2023 14:05", published: "2023-12-12T14:05:00"),
        Header(line: "12.12.2023, 14:05 Uhr", published: "2023-12-12T14:05:00"),
        Header(line: "5.6.2023", published: "2023-06-05"),
        Header(line: "2016/12/12 22:20", published: "2016-12-12T22:20:00"),
        Header(line: "2016.12.12", published: "2016-12-12"),
        Header(line: "25/12/2016 14:05", published: "2016-12-25T14:05:00"),
        Header(line: "12/25/2016 2:05 PM PT", published: "2016-12-25T14:05:00-08:00"),
        Header(line: "25-12-2016", published: "2016-12-25"),
        Header(line: "12/12/2016", published: "2016-12-12"),
    ])
    func readsDateHeaders(_ header: Header) {
        let article = Self.parse(
            "British inflation rises\n\n\(header.line)\n\nLONDON (Reuters) - British inflation rose.\n\nPrices climbed."
        )
        #expect(article.title == "British inflation rises")
        #expect(article.published == header.published)
        #expect(article.body == "British inflation rose.\n\nPrices climbed.")
    }

    /// The agency a header names is the story's when no dateline names one.
    @Test func takesTheAgencyOfAHeader() {
        let article = Self.parse(
            "China launches satellite\n\nSource: Xinhua| 2016-12-12 22:20:03|Editor: huaxia\n\n"
                + "China launched a weather satellite on Monday.\n\nIt will orbit for eight years.")
        #expect(article.title == "China launches satellite")
        #expect(article.agency == "Xinhua")
        #expect(article.published == "2016-12-12T22:20:03")
        #expect(article.body.hasPrefix("China launched a weather satellite"))
    }

    /// A combining mark that NFC leaves apart (U+0331 under the last digit) makes the match end inside a character:
    /// the header is read up to there, as it would be without the mark.
    @Test func readsADateHeaderEndingUnderACombiningMark() {
        let article = Self.parse(
            "British inflation rises\n\n2016-12-12 22:20\u{331}\n\nLONDON (Reuters) - British inflation rose.")
        #expect(article.title == "British inflation rises")
        #expect(article.published == "2016-12-12T22:20:00")
        #expect(article.body == "British inflation rose.")
    }

    /// With slashes or hyphens and the year last, day and month can be told apart only when one number is above 12:
    /// otherwise no date is read.
    @Test(arguments: ["05/06/2016 14:05", "05-06-2016", "1/2/2016"])
    func ambiguousNumericDatesGiveNoDate(line: String) {
        let article = Self.parse("British inflation rises\n\n\(line)\n\nLONDON (Reuters) - British inflation rose.")
        #expect(article.published == nil)
        #expect(article.body == "British inflation rose.")
    }

    struct Lead: Sendable, CustomStringConvertible {
        var text: String
        var bodyStart: String
        var published: String?
        var description: String { String(text.prefix(50)) }
    }

    /// A lead sentence that holds a date, or even starts with one, is the story, not a date header.
    @Test(arguments: [
        Lead(
            text: "December 12, 2016 will be remembered as the day prices rose.",
            bodyStart: "December 12, 2016 will be remembered", published: nil),
        Lead(
            text: "12.12.2023 was the wettest day on record, forecasters said.",
            bodyStart: "12.12.2023 was the wettest day", published: nil),
        Lead(
            text: "12.5 million voters went to the polls on 12/12/2016, officials said.",
            bodyStart: "12.5 million voters", published: nil),
        Lead(
            text: "2016/17 budget talks resumed on Dec 12, 2016 in London.",
            bodyStart: "2016/17 budget talks resumed", published: nil),
        Lead(
            text: "LONDON, Dec 12 (Reuters) - Britain will vote on 12.12.2019, the prime minister said.",
            bodyStart: "Britain will vote on 12.12.2019", published: "2016-12-12"),
    ])
    func leadSentencesWithDatesAreNotHeaders(_ lead: Lead) {
        let article = Self.parse(
            "British inflation rises\n\n\(lead.text)\n\nPrices climbed.", receivedAt: Self.december2016)
        #expect(article.title == "British inflation rises")
        #expect(article.body.hasPrefix(lead.bodyStart), "\(article.body.prefix(80))")
        #expect(article.published == lead.published)
    }
}
