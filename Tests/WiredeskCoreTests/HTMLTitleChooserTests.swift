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

    /// "Lisbon - Atlas": the page's heading says where the headline ends, however short; a description stated as
    /// the JSON-LD headline does not outweigh the two.
    @Test func aHeadingMarksWhereAShortTitleEnds() throws {
        let title = try Self.title(
            head: "<title>Lisbon - Atlas</title><script type='application/ld+json'>"
                + "{\"@type\":\"Article\",\"headline\":\"capital and largest city of Portugal\"}</script>",
            body: "<h1>Lisbon</h1><div>\(Self.story)</div>")
        #expect(title == "Lisbon")
    }

    /// The site's own `<h1>` after the headline in the `<title>`, as long as it: the headline comes first.
    @Test func aHeadingBeforeTheSitesNameIsTheHeadline() throws {
        let title = try Self.title(
            head: "<title>Timetables for the winter \u{2014} harbour guide for visitors</title>",
            body: "<div class='header'><h1><a href='/'>harbour guide for visitors</a></h1></div>"
                + "<div class='content'><h1>Timetables for the winter</h1>\(Self.story)</div>")
        #expect(title == "Timetables for the winter")
    }

    /// A short headline the declared title states, before a long name: the declared title says where it ends.
    @Test func aDeclaredTitleMarksWhereTheHeadlineEnds() throws {
        let title = try Self.title(
            head: "<title>Ferry Safety | Harbour Authority of the Northern Coast</title>"
                + "<meta property='og:title' content='Ferry Safety'>",
            body: "<h1>Ferry Safety</h1><div>\(Self.story)</div>")
        #expect(title == "Ferry Safety")
    }

    /// The site's logo `<h1>` at the end of the `<title>`, the post's own `<h1>` at its start.
    @Test func aLogoHeadingAtTheTitlesEndIsNotTheHeadline() throws {
        let title = try Self.title(
            head: "<title>A time for everything | Market of the good life</title>"
                + "<meta property='og:title' content='A time for everything'>",
            body: "<h1><a href='/'>Market of the good life</a></h1>"
                + "<div class='post'><h1 class='entry-title'>A time for everything</h1>\(Self.story)</div>")
        #expect(title == "A time for everything")
    }

    /// An `og:title` that states the site's name (a home page's, left on every page) is no headline, nor is its
    /// slogan once the name is cut.
    @Test func aSocialTitleNamingTheSiteIsNoHeadline() throws {
        let title = try Self.title(
            head: "<meta name='application-name' content='Coast Post - News of the coast'>"
                + "<meta property='og:title' content='Coast Post - News of the coast'>"
                + "<title>Ferry fares rise for the summer</title>",
            body: "<div>\(Self.story)</div>")
        #expect(title == "Ferry fares rise for the summer")
    }

    /// A section's name before a longer part is no headline: the longer part is ("News - Ferry fares rise").
    @Test func aSectionHeadingBeforeTheHeadlineIsNotTheTitle() throws {
        let title = try Self.title(
            head: "<title>News - Ferry fares rise for the summer</title>",
            body: "<h1>News</h1><div>\(Self.story)</div>")
        #expect(title == "Ferry fares rise for the summer")
    }

    /// RDFa's `property` holds a list of names: the content is stated under each.
    @Test func readsEachNameOfAPropertyList() throws {
        let title = try Self.title(
            head:
                "<title>Coast Post</title><meta property='x:headline og:title' content='Ferry fares rise for summer'>",
            body: "<div>\(Self.story)</div>")
        #expect(title == "Ferry fares rise for summer")
    }
}
