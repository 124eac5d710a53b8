import Foundation
import Testing
import WiredeskCore

/// Whether the first line is a headline or the lead, and how repeated headlines are dropped.
@Suite struct TitleDetectorTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var title: String?
        var bodyStart: String
        var description: String { String(text.prefix(50)) }
    }

    static let cases: [Case] = [
        Case(
            text: "Iran, Iraq sign energy deal\n\nThe two countries signed the deal on Monday.",
            title: "Iran, Iraq sign energy deal", bodyStart: "The two countries"),
        Case(
            text: "The ministers met on Monday and signed a deal.\n\nThey also discussed trade.",
            title: nil, bodyStart: "The ministers met"),
        Case(
            text:
                "FACTBOX-Key facts about the election\nVoters go to the polls on Sunday.\nTurnout is expected to be high.",
            title: "FACTBOX-Key facts about the election", bodyStart: "Voters go"),
        Case(
            text: "WRAPUP 1-Markets slide as yields jump\n\nTOKYO, May 2 (Reuters) - Asian shares fell.",
            title: "WRAPUP 1-Markets slide as yields jump", bodyStart: "Asian shares fell"),
        Case(
            text: "Talks  Resume  in Vienna\n\nTalks  Resume in Vienna\nTALKS RESUME IN VIENNA\n\nDiplomats met again.",
            title: "Talks Resume in Vienna", bodyStart: "Diplomats met"),
        Case(
            text: "JAPAN TRADE SURPLUS WIDENS IN U.S.\n\nTOKYO, March 3 - Japan's surplus widened.",
            title: "JAPAN TRADE SURPLUS WIDENS IN U.S.", bodyStart: "Japan's surplus"),
        Case(
            text:
                "Shares of the company rose sharply after it said it\nwould buy a rival for cash, traders said on Monday.\n",
            title: nil, bodyStart: "Shares of the company rose sharply after it said it would buy"),
        Case(
            text: "TEHRAN, Dec. 12 (Xinhua) -- Iran said it would help.\n\nMore talks are planned.",
            title: nil, bodyStart: "Iran said"),
        Case(
            text: "Pope visits Egypt\nBy Maria Rossi\n\nCAIRO (AP) — The pope arrived on Friday.",
            title: "Pope visits Egypt", bodyStart: "The pope arrived"),
    ]

    @Test(arguments: cases)
    func detectsTitle(_ testCase: Case) {
        let article = WireCopyParser.parse(text: testCase.text, receivedAt: Date(), hints: ArticleHints())
        #expect(article.title == testCase.title)
        #expect(article.body.hasPrefix(testCase.bodyStart), "body: \(article.body.prefix(60))")
    }
}
