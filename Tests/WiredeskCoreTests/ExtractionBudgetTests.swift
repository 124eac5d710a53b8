import Foundation
import Testing
import WiredeskCore

@Suite struct ExtractionBudgetTests {
    static let story = Array(
        "Storm closes port\n\nLISBON, March 3 (Reuters) - The port closed on Monday, officials said.\n".utf8)
    static let page = Array(
        ("<html><head><title>Storm closes port</title></head><body>"
            + String(repeating: "<div><p>The port closed on Monday, officials said.</p></div>", count: 5_000)
            + "</body></html>").utf8)

    static func extract(_ bytes: [UInt8], name: String, budget: ExtractionBudget) -> Result<ExtractedArticle, Rejection>
    {
        ArticleExtractor().extract(bytes, fileName: name, receivedAt: Date(), budget: budget)
    }

    @Test func aBudgetNotSpentChangesNothing() throws {
        let budget = ExtractionBudget(seconds: 5)
        let withBudget = Self.extract(Self.story, name: "story.txt", budget: budget)
        let without = ArticleExtractor().extract(Self.story, fileName: "story.txt", receivedAt: Date())
        #expect(try withBudget.get().article == without.get().article)
        #expect(!budget.isOver)
    }

    @Test(arguments: [("story.txt", false), ("page.html", true)])
    func aSpentBudgetRejectsTheFile(name: String, html: Bool) {
        let budget = ExtractionBudget(seconds: 2.5)
        budget.spend()
        let result = Self.extract(html ? Self.page : Self.story, name: name, budget: budget)
        #expect(result == .failure(.overBudget(seconds: 2.5)))
        #expect(Rejection.overBudget(seconds: 2.5).reason == "timeout: extraction took longer than its budget of 2.5 s")
        #expect(Rejection.overBudget(seconds: 5).reason == "timeout: extraction took longer than its budget of 5 s")
    }

    @Test func aWithdrawnBudgetInterruptsAndStaysWithdrawn() {
        let budget = ExtractionBudget(seconds: 5)
        budget.withdraw()
        budget.spend()  // the first end wins
        #expect(Self.extract(Self.page, name: "page.html", budget: budget) == .failure(.interrupted))
    }

    @Test func theUnlimitedBudgetIsNeverOver() {
        #expect(!ExtractionBudget.unlimited.isOver)
        #expect(ExtractionBudget.unlimited.seconds == .infinity)
    }
}
