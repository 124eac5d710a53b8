import Testing
import WiredeskText

@testable import WiredeskCore

/// A spent budget stops each HTML stage inside its own loops, not only between stages.
@Suite struct HTMLStageBudgetTests {
    static let page = Array(
        ("<html><head><title>Storm closes port</title></head><body>"
            + String(
                repeating: "<div class=\"box\"><p>The port  closed on Monday, officials said.</p></div>", count: 5_000)
            + "</body></html>").utf8)

    static func tree() throws -> HTMLTree {
        HTMLTree.parse(try HTMLCharset.input(for: page, libxmlKnows: HTMLTree.libxmlKnowsCharset))
    }

    static func spentBudget() -> ExtractionBudget {
        let budget = ExtractionBudget(seconds: 1)
        budget.spend()
        return budget
    }

    @Test func stopsTheFactsOfThePage() throws {
        let tree = try Self.tree()
        #expect(throws: Rejection.overBudget(seconds: 1)) { try HTMLPageFacts(tree: tree, budget: Self.spentBudget()) }
        _ = try HTMLPageFacts(tree: tree)
    }

    @Test func stopsTheContentSearch() throws {
        let tree = try Self.tree()
        #expect(throws: Rejection.overBudget(seconds: 1)) {
            try HTMLContentFinder.find(in: tree, title: nil, budget: Self.spentBudget())
        }
    }

    @Test func stopsTheRendering() throws {
        let tree = try Self.tree()
        let content = try HTMLContentFinder.find(in: tree, title: nil)
        #expect(throws: Rejection.overBudget(seconds: 1)) {
            try HTMLTextRenderer.paragraphs(of: content.tree, below: content.article, budget: Self.spentBudget())
        }
        let paragraphs = try HTMLTextRenderer.paragraphs(of: content.tree, below: content.article)
        #expect(paragraphs.first == "The port closed on Monday, officials said.")
        #expect(Set(paragraphs).count == 1)
    }

    /// The scan for markup to leave out stops too, keeping the rest of the page as it is.
    @Test func stopsTheScanForUnreadMarkup() {
        Self.page.withBytes { bytes in
            let all = HTMLRawText.droppableRanges(in: bytes)
            let stopped = HTMLRawText.droppableRanges(in: bytes, budget: Self.spentBudget())
            #expect(stopped.count < all.count)
            #expect(Array(all.prefix(stopped.count)) == stopped)
        }
    }
}
