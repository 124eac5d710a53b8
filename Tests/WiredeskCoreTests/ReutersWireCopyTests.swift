import Foundation
import Testing
import WiredeskCore

/// Wire copy as Reuters sent it in the 1980s: an upper-case headline, sometimes a byline, a dateline with no year
/// run into a body wrapped at 65 columns with indented paragraphs, and ` Reuter` below. The datelines come in the
/// irregular shapes such copy has (case, spelling and order of the month, a missing comma or space), and the year is
/// the one that puts the day nearest the time of receipt.
@Suite struct ReutersWireCopyTests {
    struct Case: Sendable, CustomStringConvertible {
        var title: String
        var byline: String?
        var dateline: String
        var paragraphs: [String]
        var received: String
        var place: String
        var date: String
        var description: String { dateline }

        /// The story as the wire delivered it.
        var text: String {
            var lines = [title, ""]
            if let byline { lines += [byline, ""] }
            for (index, paragraph) in paragraphs.enumerated() {
                let opening = index == 0 ? dateline + " " : "    "
                lines += ReutersWireCopyTests.wrapped(opening + paragraph)
            }
            return (lines + [" Reuter", ""]).joined(separator: "\n")
        }
    }

    /// Words filled into lines of at most 65 columns, as the wire wrapped them.
    static func wrapped(_ paragraph: String) -> [String] {
        var lines: [String] = []
        var line = ""
        let indent = paragraph.prefix { $0 == " " }
        for word in paragraph.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty && line.count + 1 + word.count > 65 {
                lines.append(line)
                line = String(word)
            } else {
                line = line.isEmpty ? String(indent + word) : line + " " + word
            }
        }
        return lines + [line]
    }

    static let body = [
        "The board said the new rate would apply from the next quarter and reflected higher earnings from its "
            + "main businesses.",
        "It said a further review of the payout was planned for later in the year, once the results of its "
            + "overseas units were known.",
    ]

    static let cases: [Case] = [
        Case(
            title: "COFFEE GROWERS SEEK TALKS ON EXPORT QUOTAS", dateline: "SAO PAULO, March 3 -",
            paragraphs: ["Coffee growers asked the government to reopen talks on export quotas."] + body,
            received: "1987-03-03T14:02:11", place: "SAO PAULO", date: "1987-03-03"),
        Case(
            title: "LONE STAR UTILITY <LSU> RAISES DIVIDEND", dateline: "DALLAS, FEb 26 -",
            paragraphs: ["Lone Star Utility Co said it raised its quarterly dividend to 42 cts a share."] + body,
            received: "1987-02-26T17:40:02", place: "DALLAS", date: "1987-02-26"),
        Case(
            title: "PEACHTREE BANCORP <PTB> SETS STOCK SPLIT", dateline: "ATLANTA, MARCH 2 -",
            paragraphs: ["Peachtree Bancorp said its board approved a three-for-two stock split."] + body,
            received: "1987-03-02T09:12:45", place: "ATLANTA", date: "1987-03-02"),
        Case(
            title: "HARBOR SAVINGS <HSB> COMPLETES MERGER", dateline: "BOSTON, Marc 3 -",
            paragraphs: ["Harbor Savings Bank said it completed its merger with Bay State Thrift."] + body,
            received: "1987-03-03T11:30:00", place: "BOSTON", date: "1987-03-03"),
        Case(
            title: "CASCADE TIMBER <CTI> CUTS OUTPUT", dateline: "SEATTLE, Mar 2 -",
            paragraphs: ["Cascade Timber Inc said it would cut lumber output by 15 pct this month."] + body,
            received: "1987-03-02T20:05:10", place: "SEATTLE", date: "1987-03-02"),
        Case(
            title: "DUTCH PORT HANDLES RECORD GRAIN VOLUME", dateline: "ROTTERDAM, 4 March -",
            paragraphs: ["The port handled a record volume of grain in February, its authority said."] + body,
            received: "1987-03-04T08:00:00", place: "ROTTERDAM", date: "1987-03-04"),
        Case(
            title: "CANADIAN RETAIL SALES RISE IN JANUARY", dateline: "Toronto, March 2 -",
            paragraphs: ["Canadian retail sales rose 1.2 pct in January, Statistics Canada said."] + body,
            received: "1987-03-02T13:30:00", place: "TORONTO", date: "1987-03-02"),
        Case(
            title: "PERU SEEKS NEW TERMS ON FOREIGN DEBT", dateline: "Lima, feb 26 -",
            paragraphs: ["peru's finance minister said the country would seek new terms on its debt."] + body,
            received: "1987-02-26T22:15:00", place: "LIMA", date: "1987-02-26"),
        Case(
            title: "WILLAMETTE MILLS <WMI> NAMES CHAIRMAN", dateline: "SALEM, Ore. March 3 -",
            paragraphs: ["Willamette Mills Inc said it named its president, John Harlan, chairman."] + body,
            received: "1987-03-03T16:45:00", place: "SALEM", date: "1987-03-03"),
        Case(
            title: "CANADA WHEAT BOARD RAISES INITIAL PRICES", dateline: "OTTAWA, March 3-",
            paragraphs: ["The Canadian Wheat Board raised its initial prices for spring wheat."] + body,
            received: "1987-03-03T15:00:00", place: "OTTAWA", date: "1987-03-03"),
        Case(
            title: "ROCKY MOUNTAIN GAS <RMG> FINDS NEW FIELD", dateline: "DENVER, March  4 -",
            paragraphs: ["Rocky Mountain Gas Corp said it found natural gas in a new field in Wyoming."] + body,
            received: "1987-03-04T18:20:00", place: "DENVER", date: "1987-03-04"),
        Case(
            title: "DOWNEAST PAPER <DEP> TO BUILD MILL", dateline: "PORTLAND, Maine, March 5 -",
            paragraphs: ["Downeast Paper Co said it would build a new pulp mill near the coast."] + body,
            received: "1987-03-05T10:10:00", place: "PORTLAND", date: "1987-03-05"),
        Case(
            title: "BUNDESBANK SEEN HOLDING RATES STEADY", byline: "By Anna Keller, Reuters",
            dateline: "FRANKFURT, March 5 -",
            paragraphs: ["The Bundesbank is expected to leave its key rates unchanged this week, dealers said."]
                + body,
            received: "1987-03-05T12:00:00", place: "FRANKFURT", date: "1987-03-05"),
        Case(
            title: "LONDON GOLD CLOSES YEAR LOWER", dateline: "LONDON, Dec 31 -",
            paragraphs: ["Gold closed the year lower on the London bullion market, dealers said."] + body,
            received: "1988-01-02T09:00:00", place: "LONDON", date: "1987-12-31"),
    ]

    @Test(arguments: cases)
    func headlineDatelineAgencyAndByline(_ testCase: Case) throws {
        let received = try #require(GoldComparison.receivedDate(testCase.received))
        let text = try TextDecoder.decode(Array(testCase.text.utf8))
        let article = WireCopyParser.parse(text: text, receivedAt: received, hints: ArticleHints())
        let norm = GoldComparison.norm
        #expect(norm(article.title) == norm(testCase.title), "title \(article.title ?? "nil")")
        #expect(norm(article.place) == norm(testCase.place), "place \(article.place ?? "nil")")
        #expect(article.published?.prefix(10) == Substring(testCase.date), "date \(article.published ?? "nil")")
        #expect(article.agency == "Reuters")
        if let byline = testCase.byline {
            let got = norm(article.byline) ?? ""
            let want = norm(byline)!
            #expect(!got.isEmpty && (want.contains(got) || got.contains(want)), "byline \(article.byline ?? "nil")")
        }
        #expect(article.body.hasPrefix(testCase.paragraphs[0].prefix(20)), "body \(article.body.prefix(60))")
        #expect(!article.body.contains("Reuter"))
    }
}
