import Foundation
import Testing
import WiredeskCore

/// Bylines from `By ...` lines and from credit lines, reporters only.
@Suite struct BylineExtractorTests {
    @Test(
        arguments: [
            ("Headline\n\nBy Jane Doe\n\nWASHINGTON (AP) — Text.", "Jane Doe"),
            ("Headline\n\nBy Jane Doe and John Roe\n\nLONDON (Reuters) - Text.", "Jane Doe and John Roe"),
            ("Headline\n\nBy AP Staff\n\nText of the story.", "AP Staff"),
            ("Headline\n\nBY NAILENE CHOU WIEST, Reuters\n\nPEKING, March 2 - Text.", "NAILENE CHOU WIEST"),
            (
                "Headline\n\nTOKYO (Reuters) - Text.\n\n(Reporting by Kaori Kaneko; Editing by Sam Holmes)",
                "Kaori Kaneko"
            ),
            (
                "Headline\n\nPARIS (AFP) - Text.\n\nReporting by Ann Lee and Bo Chen in Paris; Writing by Cy Diaz; Editing by Ed Fay",
                "Ann Lee and Bo Chen and Cy Diaz"
            ),
            ("Headline\n\nText.\n\nJane Roe in Berlin contributed to this report.", "Jane Roe"),
            ("By the end of the year, prices had doubled.\n\nMore text.", nil),
        ] as [(String, String?)])
    func readsByline(text: String, byline: String?) {
        let article = WireCopyParser.parse(text: text, receivedAt: Date(), hints: ArticleHints())
        #expect(article.byline == byline)
        #expect(!(article.byline ?? "").contains("Holmes"))
    }
}
