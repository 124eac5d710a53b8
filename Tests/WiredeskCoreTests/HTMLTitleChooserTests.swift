import Testing

@testable import WiredeskCore

/// The title rules that read a page's headings and metadata as their markup conventions write them.
struct HTMLTitleChooserTests {
    static func title(head: String, body: String) throws -> String? {
        try HTMLExtractor.extract(HTMLExtractorTests.page(head: head, body: body)).hints.title
    }

    static let story = HTMLExtractorTests.story

    /// Documentation generators end a heading with a link to itself (`¶`, a link symbol): not the headline's words.
    @Test(arguments: [
        "<h1>Ferry timetables explained<a class='headerlink' href='#ferry' title='Permalink'>\u{00B6}</a></h1>",
        "<h1>Ferry timetables explained <a href='#ferry'>\u{1F517}</a></h1>",
    ])
    func dropsAHeadingsPermalinkMark(heading: String) throws {
        let title = try Self.title(
            head: "<title>Ferry timetables explained \u{2014} Harbour guide</title>",
            body: "<article>\(heading)\(Self.story)</article>")
        #expect(title == "Ferry timetables explained")
    }

    /// A caption or summary set in an `<h1>` runs far beyond a headline's line or two: the declared title stands.
    @Test func aParagraphInAHeadingIsNoHeadline() throws {
        let caption = Array(repeating: "the ferry waits at the quay in the early morning fog", count: 5)
            .joined(separator: ", ")
        let title = try Self.title(
            head: "<meta property='og:title' content='Harbour Times - news of the coast'>"
                + "<title>Fog delays the morning ferries</title>",
            body: "<h1>Fog delays the morning ferries</h1><article><h1>\(caption)</h1>\(Self.story)</article>")
        #expect(title != nil)
        #expect(title?.contains("quay") == false)
    }

    /// A page as the title rules read it: its head, the markup before the story, and the title expected.
    struct Page: Sendable, CustomTestStringConvertible {
        var rule: String
        var head: String
        var before: String
        var expected: String
        var testDescription: String { rule }
    }

    @Test(arguments: [
        // The page's heading says where the headline ends, however short; a description stated as the JSON-LD
        // headline does not outweigh the two.
        Page(
            rule: "a heading marks where a short title ends",
            head: "<title>Lisbon - Atlas</title><script type='application/ld+json'>"
                + "{\"@type\":\"Article\",\"headline\":\"capital and largest city of Portugal\"}</script>",
            before: "<h1>Lisbon</h1>", expected: "Lisbon"),
        // The site's own `<h1>` after the headline in the `<title>`, as long as it: the headline comes first.
        Page(
            rule: "a heading before the site's name is the headline",
            head: "<title>Timetables for the winter \u{2014} harbour guide for visitors</title>",
            before: "<div class='header'><h1><a href='/'>harbour guide for visitors</a></h1></div>"
                + "<h1>Timetables for the winter</h1>",
            expected: "Timetables for the winter"),
        // A short headline the declared title states, before a long name: the declared title says where it ends.
        Page(
            rule: "a declared title marks where the headline ends",
            head: "<title>Ferry Safety | Harbour Authority of the Northern Coast</title>"
                + "<meta property='og:title' content='Ferry Safety'>",
            before: "<h1>Ferry Safety</h1>", expected: "Ferry Safety"),
        // The site's logo `<h1>` at the end of the `<title>`, the post's own `<h1>` at its start.
        Page(
            rule: "a logo heading at the title's end is not the headline",
            head: "<title>A time for everything | Market of the good life</title>"
                + "<meta property='og:title' content='A time for everything'>",
            before: "<h1><a href='/'>Market of the good life</a></h1>"
                + "<h1 class='entry-title'>A time for everything</h1>",
            expected: "A time for everything"),
        // An `og:title` that states the site's name (a home page's, left on every page) is no headline, nor is its
        // slogan once the name is cut.
        Page(
            rule: "a social title naming the site is no headline",
            head: "<meta name='application-name' content='Coast Post - News of the coast'>"
                + "<meta property='og:title' content='Coast Post - News of the coast'>"
                + "<title>Ferry fares rise for the summer</title>",
            before: "", expected: "Ferry fares rise for the summer"),
        // A section's name before a longer part is no headline: the longer part is.
        Page(
            rule: "a section heading before the headline is not the title",
            head: "<title>News - Ferry fares rise for the summer</title>", before: "<h1>News</h1>",
            expected: "Ferry fares rise for the summer"),
        // RDFa's `property` holds a list of names: the content is stated under each.
        Page(
            rule: "each name of a property list is read",
            head:
                "<title>Coast Post</title><meta property='x:headline og:title' content='Ferry fares rise for summer'>",
            before: "", expected: "Ferry fares rise for summer"),
    ])
    func choosesTheTitle(page: Page) throws {
        let title = try Self.title(head: page.head, body: "\(page.before)<div>\(Self.story)</div>")
        #expect(title == page.expected)
    }
}
