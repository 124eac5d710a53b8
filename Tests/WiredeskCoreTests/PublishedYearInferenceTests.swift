import Foundation
import Testing
import WiredeskCore

/// `publishedYearInferred` says when a story's year came only from the time its file was received: the text gave a
/// month and a day and no year anywhere.
@Suite struct PublishedYearInferenceTests {
    /// 2026-12-04 12:00 UTC.
    static let received = Date(timeIntervalSince1970: 1_796_385_600)

    static func parse(_ text: String) -> Article {
        WireCopyParser.parse(text: text, receivedAt: received, hints: ArticleHints())
    }

    @Test(
        arguments: [
            // Month and day only: the year is the one that puts the date nearest the receipt, and says so.
            ("OSLO, Dec 3 (Reuters) - The port reopened on Thursday, officials said.", "2026-12-03", true),
            // A dateline on the last day of the year, received in the first days of the next.
            ("OSLO, Nov 30 (Reuters) - The port reopened on Monday, officials said.", "2026-11-30", true),
            // The dateline states its year.
            ("OSLO, Dec 3, 2025 (Reuters) - The port reopened on Wednesday, officials said.", "2025-12-03", false),
            // A date header gives the full date.
            (
                "Port reopens\n2026-12-02 22:20:03 GMT\n\nOSLO, Dec 3 (Reuters) - The port reopened, officials said.",
                "2026-12-02T22:20:03Z", false
            ),
            // No date at all: nothing is inferred.
            ("OSLO (Reuters) - The port reopened on Thursday, officials said.", nil, false),
        ] as [(String, String?, Bool)])
    func yearInference(text: String, published: String?, inferred: Bool) {
        let article = Self.parse(text)
        #expect(article.published == published)
        #expect(article.publishedYearInferred == inferred)
    }

    @Test func aDateStatedByThePageIsNotInferred() {
        let hints = ArticleHints(published: "2026-12-01")
        let article = WireCopyParser.parse(
            text: "OSLO, Dec 3 (Reuters) - The port reopened.", receivedAt: Self.received, hints: hints)
        #expect(article.published == "2026-12-01")
        #expect(!article.publishedYearInferred)
    }
}
