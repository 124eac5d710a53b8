import Foundation
import Testing

@testable import WiredeskCore

/// Body cleaning: what stays, what goes, and how paragraphs come out, for copy laid out by different senders.
@Suite struct WireCleanerTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var body: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "Xinhua header, dateline and Enditem",
            text: """
                Quake jolts southern province

                2017-03-04 10:20:03 GMT2017-03-04 18:20:03(Beijing Time)  Xinhua English

                KUNMING, March 4 (Xinhua) -- A 5.1-magnitude earthquake jolted the province on Saturday.

                No casualties were reported.  Enditem
                """,
            body: "A 5.1-magnitude earthquake jolted the province on Saturday.\n\nNo casualties were reported."),
        Case(
            name: "Reuters hard-wrapped with indented paragraphs and sign-off",
            text: """
                ACME <ACM> SEES HIGHER PROFIT

                CHICAGO, March 3 - Acme Corp said it expects profit for the
                year to rise sharply on strong demand for its farm-
                equipment lines.
                    The company said orders rose 12 pct in the first
                quarter.
                 Reuter
                """,
            body: "Acme Corp said it expects profit for the year to rise sharply on strong demand for its "
                + "farm-equipment lines.\n\nThe company said orders rose 12 pct in the first quarter."),
        Case(
            name: "one paragraph per line with a trailer code",
            text: """
                RNA - The cleric said the seminary would expand its programmes.
                He added that students from forty countries attend.
                Classes resume next month.
                R204/33/B/
                """,
            body: "The cleric said the seminary would expand its programmes.\n\n"
                + "He added that students from forty countries attend.\n\nClasses resume next month."),
        Case(
            name: "AP credits, separator and furniture",
            text: """
                WASHINGTON (AP) — The House approved the measure on Thursday.

                Budget fight

                * * *

                Republicans said the vote was a victory.

                Read more: Congress passes stopgap bill

                Follow us on Twitter @newsdesk

                Associated Press writer Jane Roe contributed to this report.

                Copyright 2019 The Associated Press. All rights reserved.
                """,
            body:
                "The House approved the measure on Thursday.\n\nBudget fight\n\nRepublicans said the vote was a victory."
        ),
        Case(
            name: "Reuters modern credit line and glued sign-off",
            text: """
                UPDATE 2-Oil rises on supply worries

                LONDON, May 3 (Reuters) - Oil prices rose on Tuesday.

                Brent crude gained 1 percent.

                (Reporting by Jane Doe in London and John Roe in Singapore; Editing by Mark Poe)
                """,
            body: "Oil prices rose on Tuesday.\n\nBrent crude gained 1 percent."),
        Case(
            name: "dpa photo credit and /end/",
            text: """
                Berlin (dpa) - The coalition agreed on a new pension plan.
                Photo: Kay Nietfeld/dpa

                The plan takes effect next year.
                /end/
                """,
            body: "The coalition agreed on a new pension plan.\n\nThe plan takes effect next year."),
        Case(
            name: "AFP initials and (END)",
            text: """
                PARIS, 2 June (AFP) - French unions called a new strike.

                The strike will hit rail services.   (END)
                """,
            body: "French unions called a new strike.\n\nThe strike will hit rail services."),
        Case(
            name: "runs of spaces and blank lines collapse",
            text: "SEOUL, June 5 (Yonhap) --   South Korea's   exports rose.\n\n\n\n\nImports   fell.\n\n\n",
            body: "South Korea's exports rose.\n\nImports fell."),
        Case(
            name: "AP picture credit, coverage and newsletter calls",
            text: """
                Harbour bridge reopens after repairs

                SPRINGFIELD, Ill. (AP) — The harbour bridge reopened to traffic on Saturday after eight months of repairs.

                (AP Photo/Jane Roe)

                Drivers had used a ferry and a long detour while it was closed.

                Follow the desk's coverage of the city at https://news.example/city

                Sign up here for our morning briefing.

                Sign up here.
                """,
            body: "The harbour bridge reopened to traffic on Saturday after eight months of repairs.\n\n"
                + "Drivers had used a ferry and a long detour while it was closed."),
    ]

    @Test(arguments: cases)
    func cleansBody(_ testCase: Case) {
        let article = WireCopyParser.parse(text: testCase.text, receivedAt: Date(), hints: ArticleHints())
        #expect(article.body == testCase.body)
    }

    /// A last paragraph of many kilobytes is searched for its trailer at its end only: the trailer still goes, and
    /// the text before it stays whole.
    @Test(arguments: [
        ("the region. Enditem", "the region."), ("the region. (Xinhua)", "the region."),
        ("the region. -- Reuters", "the region."), ("the region -- Reuters", "the region -- Reuters"),
    ])
    func cutsTheTrailerOffALongLastParagraph(ending: String, kept: String) {
        let lead = String(repeating: "officials said the talks would go on ", count: 200)
        let text = "TEHRAN, Dec. 12 (IRNA) - " + lead + ending + "\n"
        let body = WireCopyParser.parse(text: text, receivedAt: Date(), hints: ArticleHints()).body
        #expect(body.hasPrefix(lead))
        #expect(body.dropFirst(lead.count) == kept)
    }

    /// A run of one line, read once, still leaves as each of its lines would: furniture above the story's end and
    /// in its middle, credits each recorded, and a repeated line of story kept.
    @Test func aRunOfOneLineReadsAsEachOfItsLines() {
        let credit = "(Reporting by Jane Doe; Editing by John Roe)"
        let lines = [
            "The bridge reopened on Saturday.", "Read more: bridges", "Read more: bridges", "Traffic was light.",
            "Traffic was light.", credit, credit, "Read more: bridges", "Read more: bridges",
        ].map { Substring($0) }
        let result = WireCleaner.clean(lines)
        #expect(result.paragraphs.joined(separator: " ").contains("Traffic was light."))
        #expect(!result.paragraphs.joined(separator: " ").contains("Read more"))
        #expect(result.creditLines == [credit, credit])
    }

    @Test func reportersOnlyFromCreditLine() {
        let text = Self.cases[4].text
        let article = WireCopyParser.parse(text: text, receivedAt: Date(), hints: ArticleHints())
        #expect(article.byline == "Jane Doe and John Roe")
        #expect(article.title == "UPDATE 2-Oil rises on supply worries")
    }

    @Test func hintsWinForTitleDateBylineLanguage() {
        let hints = ArticleHints(
            title: "Page headline", published: "2020-01-02T03:04:05+01:00", byline: "Ann Lee", language: "en-GB")
        let article = WireCopyParser.parse(
            text: "Page headline\n\nPARIS, Jan 1 (AFP) - Le gouvernement a annoncé des mesures.",
            receivedAt: Date(), hints: hints)
        #expect(article.title == "Page headline")
        #expect(article.published == "2020-01-02T03:04:05+01:00")
        #expect(article.byline == "Ann Lee")
        #expect(article.language == "en")
        #expect(article.agency == "AFP")
        #expect(article.body == "Le gouvernement a annoncé des mesures.")
    }
}

/// End marks of a take and credit lines in an agency's house style, at the end of a story.
@Suite struct TakeEndAndCreditTests {
    static let story = """
        Ferry line adds winter sailings

        The harbour authority said on Monday that a second ferry would run between the two islands from December.
        Islanders had asked for more sailings since the old timetable was cut.
        """

    @Test(arguments: ["MORE", "-more-", "(more)", "--0--", "- 0 -"])
    func takeEndMarksAreDropped(mark: String) {
        let article = WireCopyParser.parse(text: Self.story + "\n" + mark, receivedAt: Date(), hints: ArticleHints())
        #expect(article.body.hasSuffix("timetable was cut."), "\(article.body.suffix(20))")
    }

    @Test func aCreditInReutersStyleNamesReuters() {
        let credit = "(Reporting by Ann Lee in Oslo; Additional reporting by Bo Li; Editing by Jo Roe)"
        let article = WireCopyParser.parse(text: Self.story + "\n" + credit, receivedAt: Date(), hints: ArticleHints())
        #expect(article.agency == "Reuters")
        #expect(article.byline == "Ann Lee and Bo Li")
        #expect(!article.body.contains("Reporting by"))
    }

    @Test func otherCreditsNameNoAgency() {
        for credit in ["Reporting by Ann Lee", "(Writing by Ann Lee)", "Additional reporting by Bo Li."] {
            let text = Self.story + "\n" + credit
            #expect(
                WireCopyParser.parse(text: text, receivedAt: Date(), hints: ArticleHints()).agency == nil, "\(credit)")
        }
    }

    @Test func aLastSentenceWithMoreIsKept() {
        let text = Self.story + "\nThere will be more."
        #expect(WireCopyParser.parse(text: text, receivedAt: Date(), hints: ArticleHints()).body.hasSuffix("be more."))
    }
}
