import Foundation
import Testing
import WiredeskCore

/// The lines above a story's headline and dateline, in the agencies' house styles: routing lines (slugs, priority
/// codes, transmission headers, notes to editors) that are dropped.
/// Each case is written from the agencies' conventions, not copied from a story.
@Suite struct WireHeaderTests {
    /// Received 1 Jan 2024, 00:00 UTC.
    static let received = Date(timeIntervalSince1970: 1_704_067_200)

    static func parse(_ text: String) -> Article {
        WireCopyParser.parse(text: text, receivedAt: received, hints: ArticleHints())
    }

    static let headline = "Illinois lawmakers pass budget"
    static let story = "SPRINGFIELD, Ill. (AP) — Illinois lawmakers passed a budget.\n\nThe vote was 60-50."

    /// Slugs, priority codes, transmission headers and notes to editors above the headline are dropped, so the
    /// headline is the title.
    @Test(arguments: [
        "BC-US--Illinois-Budget, 1st Ld-Writethru",
        "AP-US-Illinois-Budget",
        "BC-EU--Britain-Election,0412",
        "AM-Iran-Nuclear 1stLd,0560",
        "BC-Obit-Smith Adv18",
        "a0612 3 f AM-Budget-Vote 06-02 0345",
        "^AM-Budget-Vote,0345<",
        "ZCZC",
        "ZCZC LBA123 4 US",
        "PRIORITY: URGENT",
        "URGENT",
        "BULLETIN",
        "FLASH",
        "APNewsAlert",
        "Eds: UPDATES with governor's comment. With AP Photos.",
        "ZCZC\nPRIORITY: URGENT\nBC-US--Illinois-Budget, 1st Ld-Writethru",
        "BC-US--Illinois-Budget, 1st Ld-Writethru\nEds: UPDATES with governor's comment. With AP Photos.",
    ])
    func dropsRoutingLinesAboveTheHeadline(routing: String) {
        let article = Self.parse("\(routing)\n\(Self.headline)\n\n\(Self.story)")
        #expect(article.title == Self.headline)
        #expect(article.body.hasPrefix("Illinois lawmakers passed a budget."), "\(article.body.prefix(80))")
    }

    /// A note to editors between the headline and the dateline is not the story either.
    @Test(arguments: [
        "Eds: UPDATES with governor's comment. With AP Photos.",
        "EDS: ADDS byline.",
    ])
    func dropsNotesToEditorsBelowTheHeadline(note: String) {
        let article = Self.parse("\(Self.headline)\n\n\(note)\n\n\(Self.story)")
        #expect(article.title == Self.headline)
        #expect(article.dateline == "SPRINGFIELD, Ill. (AP) —")
        #expect(article.body.hasPrefix("Illinois lawmakers passed a budget."), "\(article.body.prefix(80))")
    }

    /// Headlines that start like a routing line (a priority word, a slug prefix) but read as a title stay the title.
    @Test(arguments: [
        "Urgent talks on the budget are needed before the deadline, governor warns",
        "Flash floods kill 12 in southern Illinois",
        "Bulletin board at the statehouse draws crowds",
        "URGENT: Illinois lawmakers pass budget",
        "AP-NORC Poll Finds Doubts About the Budget",
        "PM-designate Names Cabinet",
    ])
    func keepsHeadlinesThatStartLikeRoutingLines(headline: String) {
        let article = Self.parse("\(headline)\n\n\(Self.story)")
        #expect(article.title == headline)
        #expect(article.body.hasPrefix("Illinois lawmakers passed a budget."), "\(article.body.prefix(80))")
    }
}
