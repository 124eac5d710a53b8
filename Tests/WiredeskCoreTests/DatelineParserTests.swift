import Foundation
import Testing
import WiredeskCore

/// Dateline forms of many agencies, each as the first paragraph of a story.
@Suite struct DatelineParserTests {
    struct Case: Sendable, CustomStringConvertible {
        var lead: String
        var dateline: String?
        var place: String?
        var agency: String?
        var published: String?
        var bodyStart: String
        var description: String { lead }
    }

    /// Received 20 Dec 2016 at noon UTC.
    static let receivedAt = Date(timeIntervalSince1970: 1_482_235_200)

    static let cases: [Case] = [
        Case(
            lead: "BEIJING, Dec. 12 (Xinhua) -- China's exports rose in November.",
            dateline: "BEIJING, Dec. 12 (Xinhua) --", place: "Beijing", agency: "Xinhua", published: "2016-12-12",
            bodyStart: "China's exports"),
        Case(
            lead: "NEW YORK (AP) — Stocks fell sharply on Monday.",
            dateline: "NEW YORK (AP) —", place: "New York", agency: "AP", published: nil, bodyStart: "Stocks fell"),
        Case(
            lead: "RIO DE JANEIRO, Dec 5 (Reuters) - Brazil's central bank held rates.",
            dateline: "RIO DE JANEIRO, Dec 5 (Reuters) -", place: "Rio de Janeiro", agency: "Reuters",
            published: "2016-12-05", bodyStart: "Brazil's central bank"),
        Case(
            lead: "ADDIS ABABA, 14 December (AFP) - Ethiopia declared a state of emergency.",
            dateline: "ADDIS ABABA, 14 December (AFP) -", place: "Addis Ababa", agency: "AFP",
            published: "2016-12-14", bodyStart: "Ethiopia declared"),
        Case(
            lead: "MOSCOW, December 15. /TASS/. Russia's foreign minister will visit Tokyo.",
            dateline: "MOSCOW, December 15. /TASS/.", place: "Moscow", agency: "TASS", published: "2016-12-15",
            bodyStart: "Russia's foreign minister"),
        Case(
            lead: "SEOUL, Dec. 18 (Yonhap) -- North Korea fired a missile, officials said.",
            dateline: "SEOUL, Dec. 18 (Yonhap) --", place: "Seoul", agency: "Yonhap", published: "2016-12-18",
            bodyStart: "North Korea fired"),
        Case(
            lead: "Tehran (IRNA) - Iran's oil exports reached a new high.",
            dateline: "Tehran (IRNA) -", place: "Tehran", agency: "IRNA", published: nil,
            bodyStart: "Iran's oil exports"),
        Case(
            lead: "WASHINGTON, Dec. 19 (UPI) -- The Senate passed the bill.",
            dateline: "WASHINGTON, Dec. 19 (UPI) --", place: "Washington", agency: "UPI", published: "2016-12-19",
            bodyStart: "The Senate passed"),
        Case(
            lead: "Berlin, Dec 16 (dpa) - German police arrested a suspect.",
            dateline: "Berlin, Dec 16 (dpa) -", place: "Berlin", agency: "dpa", published: "2016-12-16",
            bodyStart: "German police"),
        // dpa names a city with its river or region, or two cities, after a slash.
        Case(
            lead: "Halle/Saale (dpa) - Die Stadt hat einen neuen Bahnhof eröffnet.",
            dateline: "Halle/Saale (dpa) -", place: "Halle/Saale", agency: "dpa", published: nil,
            bodyStart: "Die Stadt hat"),
        Case(
            lead: "Berlin/Hamburg (dpa) - Die Gewerkschaft hat zu Warnstreiks aufgerufen.",
            dateline: "Berlin/Hamburg (dpa) -", place: "Berlin/Hamburg", agency: "dpa", published: nil,
            bodyStart: "Die Gewerkschaft"),
        Case(
            lead: "TOKYO, Dec. 17 (Kyodo) -- Japan's cabinet approved the budget.",
            dateline: "TOKYO, Dec. 17 (Kyodo) --", place: "Tokyo", agency: "Kyodo", published: "2016-12-17",
            bodyStart: "Japan's cabinet"),
        Case(
            lead: "SPRINGFIELD, Ill. (AP) — Lawmakers adjourned without a deal.",
            dateline: "SPRINGFIELD, Ill. (AP) —", place: "Springfield", agency: "AP", published: nil,
            bodyStart: "Lawmakers adjourned"),
        Case(
            lead: "RNA - Ayatollah Makarem Shirazi met with visiting scholars.",
            dateline: "RNA -", place: nil, agency: "RNA", published: nil, bodyStart: "Ayatollah Makarem"),
        Case(
            lead: "Tasnim – The commander said the drills would continue.",
            dateline: "Tasnim –", place: nil, agency: "Tasnim", published: nil, bodyStart: "The commander said"),
        Case(
            lead: "HOUSTON, Dec 2 - Texas Bancshares said it filed a plan.",
            dateline: "HOUSTON, Dec 2 -", place: "Houston", agency: nil, published: "2016-12-02",
            bodyStart: "Texas Bancshares"),
        Case(
            lead: "PORT-AU-PRINCE, Dec. 9 (EFE) - Haiti postponed the vote.",
            dateline: "PORT-AU-PRINCE, Dec. 9 (EFE) -", place: "Port-au-Prince", agency: "EFE",
            published: "2016-12-09", bodyStart: "Haiti postponed"),
        Case(
            lead: "KUALA LUMPUR, Dec 8 (Bernama) -- Malaysia's economy grew 4.3 percent.",
            dateline: "KUALA LUMPUR, Dec 8 (Bernama) --", place: "Kuala Lumpur", agency: "Bernama",
            published: "2016-12-08", bodyStart: "Malaysia's economy"),
        Case(
            lead: "NEW DELHI, Dec 11 (PTI) The government announced new rules.",
            dateline: "NEW DELHI, Dec 11 (PTI)", place: "New Delhi", agency: "PTI", published: "2016-12-11",
            bodyStart: "The government"),
        Case(
            lead: "PARIS, Dec 1, 2015 (AFP) - France marked the anniversary.",
            dateline: "PARIS, Dec 1, 2015 (AFP) -", place: "Paris", agency: "AFP", published: "2015-12-01",
            bodyStart: "France marked"),
        Case(
            lead: "TEHRAN, Monday (IRNA) - Iran's president left for Moscow.",
            dateline: "TEHRAN, Monday (IRNA) -", place: "Tehran", agency: "IRNA", published: nil,
            bodyStart: "Iran's president"),
        Case(
            lead: "LAGOS, Nigeria, Dec 3 (Reuters) - Nigeria's naira weakened.",
            dateline: "LAGOS, Nigeria, Dec 3 (Reuters) -", place: "Lagos", agency: "Reuters",
            published: "2016-12-03", bodyStart: "Nigeria's naira"),
        Case(
            lead: "The minister said on Monday that talks would resume.",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "The minister said"),
    ]

    /// A dateline that ends its line, the lead on the next: as wrapped copy and some desks file it.
    @Test(arguments: [
        "SEATTLE, Jan 14 -\nBoeing said", "SEATTLE, Jan 14 - \n    Boeing said", "SEATTLE, Jan 14 --\n\nBoeing said",
    ])
    func readsADatelineThatEndsItsLine(opening: String) {
        let text = "Boeing lifts output\n\n\(opening) it would build more jets next year.\n\nShares rose."
        let article = WireCopyParser.parse(text: text, receivedAt: Self.receivedAt, hints: ArticleHints())
        #expect(article.place == "Seattle")
        #expect(article.published == "2016-01-14")
        #expect(article.body.hasPrefix("Boeing said"), "body starts \(article.body.prefix(40))")
    }

    /// Parses `testCase.lead` between a headline and a second paragraph, and checks what its dateline gives.
    @discardableResult
    static func expectReads(_ testCase: Case) -> Article {
        let text = "Headline for the story\n\n" + testCase.lead + "\n\nSecond paragraph of the story."
        let article = WireCopyParser.parse(text: text, receivedAt: Self.receivedAt, hints: ArticleHints())
        #expect(article.dateline == testCase.dateline)
        #expect(article.place == testCase.place)
        #expect(article.agency == testCase.agency)
        #expect(article.published == testCase.published)
        #expect(article.body.hasPrefix(testCase.bodyStart), "body starts \(article.body.prefix(40))")
        return article
    }

    @Test(arguments: cases)
    func readsDateline(_ testCase: Case) {
        #expect(Self.expectReads(testCase).title == "Headline for the story")
    }
}
