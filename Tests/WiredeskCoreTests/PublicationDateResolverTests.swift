import Foundation
import Testing
import WiredeskCore

/// Publication dates from headers, datelines and the time of receipt.
@Suite struct PublicationDateResolverTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var received: String
        var published: String?
        var description: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = [
        Case(
            text: "Headline\n\n2016-12-12 22:20:03 GMT2016-12-13 06:20:03(Beijing Time) Xinhua English\n\n"
                + "TEHRAN, Dec. 12 (Xinhua) -- Text.", received: "2017-01-05T00:00:00",
            published: "2016-12-12T22:20:03Z"),
        Case(
            text: " date 2021-04-12 Ali Shamkhani made the remarks.", received: "2023-11-23T00:00:00",
            published: "2021-04-12"),
        Case(
            text: "Published: March 3, 2019 10:15 AM\n\nThe story starts here.", received: "2023-11-23T00:00:00",
            published: "2019-03-03T10:15:00"),
        Case(
            text: "Updated: 2019-03-05 08:00\nPublished: 2019-03-03\n\nThe story starts here.",
            received: "2023-11-23T00:00:00", published: "2019-03-03"),
        Case(
            text: "Updated: 2019-03-05 08:00\n\nBEIRUT, March 4 (AFP) - The story starts here.",
            received: "2023-11-23T00:00:00", published: "2019-03-04"),
        Case(
            text: "Headline\n\nMOSCOW, Dec. 31 (TASS) - Text.", received: "2017-01-02T09:00:00", published: "2016-12-31"
        ),
        Case(text: "Headline\n\nWELLINGTON, Jan 1 - Text.", received: "2016-12-31T20:00:00", published: "2017-01-01"),
        Case(
            text: "Headline\n\nSEOUL, June 10 (Yonhap) -- Text.", received: "2017-06-01T00:00:00",
            published: "2016-06-10"),
        Case(text: "Headline\n\nThe story has no date at all.", received: "2017-06-01T00:00:00", published: nil),
        Case(
            text: "Headline\n\nBERLIN (dpa) - No date in the dateline.", received: "2017-06-01T00:00:00", published: nil
        ),
        Case(
            text: "Headline\n\n12 March 2018 - Officials met.\n", received: "2020-01-01T00:00:00",
            published: "2018-03-12"),
    ]

    @Test(arguments: cases)
    func resolvesDate(_ testCase: Case) throws {
        let received = try #require(GoldComparison.receivedDate(testCase.received))
        let article = WireCopyParser.parse(text: testCase.text, receivedAt: received, hints: ArticleHints())
        #expect(article.published == testCase.published)
    }
}
