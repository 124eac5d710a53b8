import Testing

@testable import WiredeskCore

/// Rules of the main-content search for parts of an article that page furniture resembles, and for furniture that
/// article text resembles: each case is a page written for the rule, its article and the part in question.
struct HTMLContentRuleTests {
    static let story = HTMLExtractorTests.story
    static let storyText = HTMLExtractorTests.storyText

    static func extract(_ body: String) throws -> String {
        try HTMLExtractor.extract(HTMLExtractorTests.page(body: body)).body
    }

    /// A timetable of six rows and four columns, the kind of data table an article explains.
    static let timetable =
        "<table><thead><tr><th>Day</th><th>First ferry</th><th>Last ferry</th><th>Crossing</th></tr></thead><tbody>"
        + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map {
            "<tr><td>\($0)</td><td>06:10</td><td>22:40</td><td>35 minutes</td></tr>"
        }.joined() + "</tbody></table>"

    static let timetableText =
        "Day | First ferry | Last ferry | Crossing\n\n"
        + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map { "\($0) | 06:10 | 22:40 | 35 minutes" }
        .joined(separator: "\n\n")

    /// A table's frame (a box that scrolls it sideways on a narrow screen, whose class reads as clutter) stays
    /// with the data table it holds.
    @Test(arguments: ["table-scroll", "overflow-x-scroll", "widget-table"])
    func keepsTheFrameOfADataTable(frame: String) throws {
        let body = "<article>\(Self.story)<div class='\(frame)'>\(Self.timetable)</div></article>"
        #expect(try Self.extract(body) == Self.storyText + "\n\n" + Self.timetableText)
    }

    /// A table row reads as one line, its cells set apart; a value repeated down a column is not a repeated
    /// paragraph.
    @Test func writesATableRowAsOneLine() throws {
        let body = "<article>\(Self.story)\(Self.timetable)</article>"
        let extracted = try Self.extract(body)
        #expect(extracted.hasSuffix(Self.timetableText))
        #expect(extracted.split(separator: "\n\n").filter { $0.contains("06:10") }.count == 5)
    }

    @Test func aRowWithEmptyCellsHasNoStrayBars() throws {
        let row =
            "<table><tr><td></td><td>Departures from the north quay</td><td> </td><td>every hour until midnight</td>"
            + "<td></td></tr></table>"
        #expect(
            try Self.extract("<article>\(Self.story)\(row)</article>").hasSuffix(
                "\n\nDepartures from the north quay | every hour until midnight"))
    }

    static let biography =
        "<h4>Jane Roe</h4><p>Jane Roe has covered the harbour and its bridges for twenty years, from the docks to the "
        + "town hall, and lives by the quay with two cats.</p>"

    /// Boxes inside the article that are not its text go: the box about the writer under a post, whether its class
    /// says so or its schema.org property does, and calls to action (a sign-up box, a paywall teaser, a box named
    /// for the call itself).
    @Test(arguments: [
        "<div class='author-box'>\(biography)</div>",
        "<div class='post-author-bio'><div class='avatar'></div>\(biography)</div>",
        "<section id='about-the-author'>\(biography)</section>",
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>\(biography)</div>",
        "<div id='weekly-signup'><h3>Get the harbour letter</h3><p>One email a week with the news of the quay.</p></div>",
        "<div class='paywall-teaser'><p>Subscribers read on: unlock this story and every story for a month.</p></div>",
        "<div class='post-cta'><p>Book a tour of the old bridge with our guides before it closes to traffic.</p></div>",
        "<section class='cta-box'><p>Try our ferry planner free for thirty days, no card needed.</p></section>",
    ])
    func dropsBoxesThatAreNotTheText(box: String) throws {
        let extracted = try Self.extract("<article><div class='entry'>\(Self.story)\(box)</div></article>")
        #expect(extracted == Self.storyText)
    }

    /// A schema.org person is an author box however long the biography, three long paragraphs or more.
    @Test func dropsALongBiographyMarkedAsTheAuthor() throws {
        let paragraph =
            "<p>Jane Roe has covered the harbour and its bridges for twenty years, from the docks to the town hall, "
            + "and she still takes the ferry to work.</p>"
        let box = "<div itemprop='author' itemscope><h4>Jane Roe</h4>\(String(repeating: paragraph, count: 3))</div>"
        #expect(try Self.extract("<article><div class='entry'>\(Self.story)\(box)</div></article>") == Self.storyText)
    }

    /// A page whose own frame carries the author's name in its classes keeps its article.
    @Test func keepsAnArticleFramedByAnAuthorClass() throws {
        let body = "<div class='author-jane-roe'><div class='entry'>\(Self.story)</div></div>"
        #expect(try Self.extract(body) == Self.storyText)
    }

    /// A line said again among the paragraphs of one box (a refrain, a chorus) is the text's own; the same
    /// paragraph in another box (the standfirst over the article, repeated as its lead) is a copy.
    @Test func keepsARefrainButNotACopyFromAnotherBox() throws {
        let refrain = "And the ferry comes in, and the ferry goes out, and the harbour sleeps on in the rain."
        let verse =
            "<p>\(HTMLExtractorTests.lead)</p><p>\(refrain)</p><p>\(HTMLExtractorTests.second)</p><p>\(refrain)</p>"
        let body =
            "<article><div class='standfirst'><p>\(HTMLExtractorTests.lead)</p></div><div class='entry'>\(verse)"
            + "<p>\(HTMLExtractorTests.third)</p></div></article>"
        let expected = [
            HTMLExtractorTests.lead, refrain, HTMLExtractorTests.second, refrain, HTMLExtractorTests.third,
        ]
        #expect(try Self.extract(body) == expected.joined(separator: "\n\n"))
    }

    /// The sections a text is cut into count as one box: a line closing each of them is said each time.
    @Test func keepsALineRepeatedInSectionsOfOneKind() throws {
        let close = "And so the ferry sailed on, as it had every morning for a hundred years and more."
        let chapters = [
            [HTMLExtractorTests.lead, HTMLExtractorTests.second],
            [HTMLExtractorTests.third, HTMLExtractorTests.fourth],
        ]
        let body =
            "<article>"
            + chapters.map { texts in
                "<section class='chapter'>" + (texts + [close]).map { "<p>\($0)</p>" }.joined() + "</section>"
            }.joined() + "</article>"
        let expected = chapters.flatMap { $0 + [close] }.joined(separator: "\n\n")
        #expect(try Self.extract(body) == expected)
    }

    @Test func structuredTextStillDropsEveryRepeat() {
        #expect(
            HTMLTextRenderer.withoutFurniture(["One line.", "Two lines.", "One line."]) == ["One line.", "Two lines."])
    }

    /// A page builder whose every box carries a word of clutter ("widget") loses its text to the class weights:
    /// the search then reads the page without them, but still strips the boxes that are furniture by name.
    @Test func dropsClassWeightsBeforeUnlikelyBoxes() throws {
        let sidebar =
            "<div class='sidebar'><p>Our newest guide to the ferries of the north coast, with timetables, fares and "
            + "the best seats for the view, is out now.</p></div>"
        let widgets = [
            [HTMLExtractorTests.lead, HTMLExtractorTests.second],
            [HTMLExtractorTests.third, HTMLExtractorTests.fourth],
            [HTMLExtractorTests.fifth],
        ].map { texts in "<div class='widget'>" + texts.map { "<p>\($0)</p>" }.joined() + "</div>" }
        let body = "<div class='page'><div class='post'>\(widgets.joined())\(sidebar)</div></div>"
        #expect(try Self.extract(body) == Self.storyText)
    }
}
