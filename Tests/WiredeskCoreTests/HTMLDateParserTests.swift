import Testing

@testable import WiredeskCore

struct HTMLDateParserTests {
    @Test(arguments: [
        ("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00" as String?),
        ("2020-05-04T04:25:13.123+07:00", "2020-05-04T04:25:13+07:00"),
        ("2016-12-12T22:20:03Z", "2016-12-12T22:20:03Z"),
        ("2016-12-12", "2016-12-12"),
        ("Tue, 07 Nov 2023 10:00:00 +0100", "2023-11-07"),
        ("2023-02-30", nil),
        ("1850-01-01", nil),
        ("not a date", nil),
    ])
    func readsMachineValues(raw: String, expected: String?) {
        #expect(HTMLDateParser.isoValue(raw) == expected)
    }

    @Test(arguments: [
        ("Veröffentlicht: 07.11.2023, 10:15 Uhr", false, "2023-11-07" as String?),
        ("am 7. November 2023", false, "2023-11-07"),
        ("le 5 mai 2015 à 10h", false, "2015-05-05"),
        ("22 de noviembre de 2020", false, "2020-11-22"),
        ("Posted on March 3rd, 2019 by admin", true, "2019-03-03"),
        ("Nov. 7, 2023", true, "2023-11-07"),
        ("03/04/2020", true, "2020-03-04"),
        ("03/04/2020", false, "2020-04-03"),
        ("25/12/2020", true, "2020-12-25"),
        ("2020年3月4日 10:00", false, "2020-03-04"),
        ("2019.06.24", false, "2019-06-24"),
        ("Björn Jahner | 31.10.23", false, "2023-10-31"),
        ("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023", false, "2023-11-01"),
        ("Updated March 5, 2021. Published March 4, 2021", true, "2021-03-04"),
        ("Medically reviewed on March 5, 2021. Written January 4, 2020", true, "2020-01-04"),
        ("Fact checked: 05.03.2021 | 04.01.2020", false, "2020-01-04"),
        ("version 1.2.3 of 45 items", false, nil),
    ])
    func readsPrintedDates(text: String, monthFirst: Bool, expected: String?) {
        #expect(HTMLDateParser.firstDay(in: text, monthFirst: monthFirst)?.iso == expected)
    }

    @Test(arguments: [
        ("Filed 07-Mar-2019 by the clerk", "2019-03-07" as String?),
        ("Posted on the 21st of June 2018", "2018-06-21"),
        ("입력 2022. 9. 14. 오전 10:05", "2022-09-14"),
        // Not a day: a range of years, a part number, a day without its year's dots.
        ("2019-Mar-07", nil),
        ("Section 2022. 9. of the code", nil),
        ("07-Mar-2019-12", nil),
    ])
    func readsDaysWithHyphenatedMonthsAndDottedParts(text: String, expected: String?) {
        #expect(HTMLDateParser.firstDay(in: text)?.iso == expected)
    }

    @Test(arguments: [
        // A date that opens or closes a span of time is an event's, in any language.
        ("Seit 3. Mai 2019 gilt die neue Regel. Stand: 12.06.2021", "2021-06-12" as String?),
        ("Die Ausstellung läuft bis zum 30.09.2021.", nil),
        ("The ban lasts until March 4, 2022, officials said on March 1, 2022", "2022-03-01"),
        ("En vigueur depuis le 2 mars 2020", nil),
        ("Abierto desde el 5 de mayo de 2018", nil),
        // "Online seit" is the page's own statement of when it went up.
        ("Online seit 12.03.2020", "2020-03-12"),
        // Only the word right before the date counts: "seit" earlier in the sentence does not reach it.
        ("Seit Jahren geplant, eröffnet am 4. April 2020", "2020-04-04"),
        // Words that merely hold such a preposition ("Webseite", "Abend") are no prepositions.
        ("Webseite 12.03.2020", "2020-03-12"),
        ("Abend 12.03.2020", "2020-03-12"),
    ])
    func leavesOutTheDatesOfSpans(text: String, expected: String?) {
        #expect(HTMLDateParser.firstDay(in: text)?.iso == expected)
    }

    @Test(arguments: [
        ("https://example.org/2023/11/07/story.html", "2023-11-07" as String?),
        ("https://example.org/news/2020-01-13-title", "2020-01-13"),
        ("https://example.org/a/20190624_story", "2019-06-24"),
        ("https://example.org/article/791661", nil),
        ("https://example.org/2023/story", nil),
    ])
    func readsDatesInAddresses(url: String, expected: String?) {
        #expect(HTMLDateParser.day(inURL: url)?.iso == expected)
    }
}

/// The quick test that lets the month-name patterns skip most stretches of text: it may say yes wrongly, never no.
struct HTMLMonthNameFilterTests {
    @Test(arguments: [
        ("on 7 November 2023", true),
        ("NOV. 7, 2023", true),
        ("7. März 2023", true),
        ("3 сентября 2020", true),
        ("«Sept. 7, 2021»", true),
        ("’January 5, 2022", true),
        ("7.\u{A0}märz\u{A0}2023", true),
        ("AUGUﬆ 5, 2022", true),
        ("ŞUBAT 2021", true),
        ("«Sept» 2021", false),
        ("“Quoted” — 2021", false),
        ("Märzen 2021", false),
        ("in 2023 the 3.5 percent", false),
        ("item 12345 of 2020-11-07", false),
        ("Marching band 2020", false),
    ])
    func mayNameAMonth(text: String, expected: Bool) {
        #expect(HTMLDateParser.mayNameAMonth(text) == expected)
    }

    @Test(arguments: [
        ("on March 5, 2020", [3] as [Int]?),
        ("Sept. 7 and Oct 8, 2021", [0, 12]),
        ("12March 2020 marching", [2]),
        ("日本 March 5, 2020", [3]),
        ("😀 May 1, 2020", [3]),
        ("«janvier 2020»", nil),
        ("in 2023 the 3.5 percent", []),
    ])
    func findsWhereMonthWordsStart(text: String, expected: [Int]?) {
        #expect(HTMLDateParser.monthWordStarts(text) == expected)
    }

    /// Dates led by a month's name are found where the name starts, as a search of the whole text finds them.
    @Test(arguments: [
        ("Published March 5, 2020 and updated April 6, 2021", ["2020-03-05"]),
        ("x12March 5, 2020", []),
        ("Dec. 24th, 2019 · December 25 2019", ["2019-12-24", "2019-12-25"]),
        ("Marching 5, 2020; march 5, 2020", ["2020-03-05"]),
        ("😀 May 1, 2020", ["2020-05-01"]),
    ])
    func readsDatesLedByMonthNames(text: String, expected: [String]) {
        #expect(HTMLDateParser.days(in: text, monthFirst: true).map(\.iso) == expected)
    }
}
