import Foundation
import Testing
import WiredeskCore

/// Datelines as wire copy writes them when it strays from the style book: keyed in lower case, with the day left out,
/// behind the status tags of a repeat or an update, with nothing but the city; and leads that only look like them.
@Suite struct DatelineVariantTests {
    typealias Case = DatelineParserTests.Case

    static let cases: [Case] = [
        Case(
            lead: "lisbon, nov 14 (reuters) - Portugal's jobless rate fell in October.",
            dateline: "lisbon, nov 14 (reuters) -", place: "Lisbon", agency: "Reuters", published: "2016-11-14",
            bodyStart: "Portugal's jobless"),
        Case(
            lead: "New york, Dec 2 - Stocks opened higher on Friday.",
            dateline: "New york, Dec 2 -", place: "New york", agency: nil, published: "2016-12-02",
            bodyStart: "Stocks opened"),
        Case(
            lead: "san jose, Dec 9 - Chip makers led the market.",
            dateline: "san jose, Dec 9 -", place: "San Jose", agency: nil, published: "2016-12-09",
            bodyStart: "Chip makers"),
        Case(
            lead: "OSLO, November - Norway's sovereign fund said it would sell its coal holdings.",
            dateline: "OSLO, November -", place: "Oslo", agency: nil, published: nil, bodyStart: "Norway's sovereign"),
        Case(
            lead: "SANTIAGO, Sept. (AP) - Copper output rose.",
            dateline: "SANTIAGO, Sept. (AP) -", place: "Santiago", agency: "AP", published: nil,
            bodyStart: "Copper output"),
        Case(
            lead: "RPT-NAIROBI, Dec 7 (Reuters) - Kenya's central bank cut rates.",
            dateline: "RPT-NAIROBI, Dec 7 (Reuters) -", place: "Nairobi", agency: "Reuters", published: "2016-12-07",
            bodyStart: "Kenya's central bank"),
        Case(
            lead: "REFILE-UPDATE 2-SEOUL, Dec 8 (Reuters) - South Korea's exports rose.",
            dateline: "REFILE-UPDATE 2-SEOUL, Dec 8 (Reuters) -", place: "Seoul", agency: "Reuters",
            published: "2016-12-08", bodyStart: "South Korea's exports"),
        Case(
            lead: "CORRECTED -- LIMA, Dec 1 (AFP) - Peru's congress voted.",
            dateline: "CORRECTED -- LIMA, Dec 1 (AFP) -", place: "Lima", agency: "AFP", published: "2016-12-01",
            bodyStart: "Peru's congress"),
        Case(
            lead: "UPDATE 1-Peru's congress votes on the budget",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "UPDATE 1-Peru's"),
        Case(
            // A word that only starts like a tag is part of the place.
            lead: "RUSHES-OSLO, Dec 7 - The fund said.",
            dateline: "RUSHES-OSLO, Dec 7 -", place: "Rushes-Oslo", agency: nil, published: "2016-12-07",
            bodyStart: "The fund said"),
        // Bare datelines: the city in capitals and a dash.
        Case(
            lead: "WASHINGTON - The Senate voted on Tuesday to extend the program.",
            dateline: "WASHINGTON -", place: "Washington", agency: nil, published: nil, bodyStart: "The Senate voted"),
        Case(
            lead: "PORTLAND, Ore. -- Timber prices rose for a third week.",
            dateline: "PORTLAND, Ore. --", place: "Portland", agency: nil, published: nil, bodyStart: "Timber prices"),
        Case(
            lead: "LONDON March 2 - Shares fell in early trade.",
            dateline: "LONDON March 2 -", place: "London", agency: nil, published: "2016-03-02",
            bodyStart: "Shares fell"),
        Case(
            lead: "WASHINGTON, March 119 - The Senate voted on Tuesday.",
            dateline: "WASHINGTON, March 119 -", place: "Washington", agency: nil, published: nil,
            bodyStart: "The Senate voted"),
        Case(
            lead: "NOTE - This story was corrected to fix a figure in the second paragraph.",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "NOTE - This story"),
        Case(
            lead: "EDITORS NOTE - Reporters were in the city for three days.",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "EDITORS NOTE"),
        Case(
            lead: "DAILYNEWS.CO.ID - Berikut jawaban soal ujian hari ini.",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "DAILYNEWS.CO.ID"),
        Case(
            lead: "ST. LOUIS - Flood waters crested on Sunday.",
            dateline: "ST. LOUIS -", place: "St. Louis", agency: nil, published: nil, bodyStart: "Flood waters"),
        Case(
            lead: "OIL - PRICES RISE AS STOCKS FALL",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "OIL - PRICES"),
        Case(
            lead: "LONDON, Foobar 2 - Shares fell.",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "LONDON, Foobar"),
        Case(
            lead: "Analysts said on Monday - after the vote - that rates would rise.",
            dateline: nil, place: nil, agency: nil, published: nil, bodyStart: "Analysts said"),
    ]

    @Test(arguments: cases)
    func readsDateline(_ testCase: Case) {
        DatelineParserTests.expectReads(testCase)
    }
}
