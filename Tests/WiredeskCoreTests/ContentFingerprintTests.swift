import Foundation
import Testing
import WiredeskCore

/// Variants of one story hash alike; different stories do not.
@Suite struct ContentFingerprintTests {
    static let original = """
        ACME TO BUY RIVAL

        CHICAGO, March 3 - Acme Corp said it agreed to buy
        its rival for 20 mln dlrs in cash.
            The deal is expected to close in April.
         Reuter
        """

    static let variants: [String] = [
        original.replacingOccurrences(of: "\n", with: "\r\n"),
        "UPDATE 1-ACME TO BUY RIVAL\n\nCHICAGO, March 3 - Acme Corp said it agreed to buy its rival for 20 mln dlrs "
            + "in cash.\n\nThe deal is expected to close in April.\n\n-- Reuters",
        "ACME TO BUY RIVAL\n\nCHICAGO, March 3 - Acme Corp  said it agreed to buy its rival\nfor 20 mln dlrs in "
            + "cash.\n    The deal is expected to close in April.\n(c) Reuters 1987",
        "ACME TO BUY RIVAL.\n\nCHICAGO, March 3 - Acme Corp said it agreed to buy its rival for 20 mln dlrs in cash.\n"
            + "The deal is expected to close in April.\n REUTER",
    ]

    static func hash(_ text: String) -> String {
        let article = WireCopyParser.parse(text: TextDecoder.normalize(text), receivedAt: Date(), hints: ArticleHints())
        return ContentFingerprint.contentHash(of: article)
    }

    @Test(arguments: variants)
    func variantsCollide(variant: String) {
        #expect(Self.hash(variant) == Self.hash(Self.original))
    }

    @Test func differentStoriesDiffer() {
        let other = Self.original.replacingOccurrences(of: "20 mln", with: "25 mln")
        #expect(Self.hash(other) != Self.hash(Self.original))
    }
}
