import Testing

@testable import WiredeskCore

struct HTMLExtractorTests {
    static let lead =
        "The council voted on Tuesday, after a long debate, to close the old harbour bridge to cars from next spring."
    static let second =
        "Engineers had warned for years that the bridge, built in 1931, could no longer carry heavy traffic safely."
    static let third =
        "Cyclists and pedestrians will still be able to cross, the mayor said, while a new bridge is being planned."

    static func page(head: String = "", body: String) -> [UInt8] {
        Array("<!doctype html><html lang=\"en-GB\"><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    static let fourth =
        "Shops near the quay fear the change, but a survey by the council found most residents in favour of it."
    static let fifth =
        "Work on the replacement, a lighter steel span downstream, is expected to start in two years at the earliest."
    static let story = "<p>\(lead)</p><p>\(second)</p><p>\(third)</p><p>\(fourth)</p><p>\(fifth)</p>"
    static let storyText = [lead, second, third, fourth, fifth].joined(separator: "\n\n")

    @Test(arguments: [
        ("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>", "Home"),
        ("<div class='share-tools'><a>Share on Facebook</a><a>Tweet this</a></div>", "Tweet"),
        ("<div id='comments'><p>\(second.uppercased()) Great article, thanks, really.</p></div>", "Great article"),
        ("<footer><p>Copyright 2024 The Harbour Times, all rights reserved.</p></footer>", "Copyright"),
        ("<aside class='related'><ul><li><a>Another story about bridges</a></li></ul></aside>", "Another story"),
        ("<script>var tracking = 'pixel';</script><style>p { color: red }</style>", "pixel"),
        ("<div class='cookie-banner'>We use cookies to improve your experience.</div>", "cookies"),
        ("<div style='display:none'>Hidden teaser text</div>", "Hidden"),
    ])
    func dropsPageFurniture(furniture: String, leaked: String) throws {
        let html = Self.page(
            body: "\(furniture)<article><div class='story-body'>\(Self.story)</div></article>\(furniture)")
        let body = try HTMLExtractor.extract(html).body
        #expect(body == Self.storyText)
        #expect(!body.contains(leaked))
    }

    @Test func keepsHeadingsListsQuotesAndTablesAsParagraphs() throws {
        let body = """
            <article><p>\(Self.lead)</p><h2>What   changes</h2><ul><li>No cars, from April.</li><li>Buses \
            rerouted.</li></ul><blockquote>It is the end of an era, said one resident.</blockquote>\
            <table><tr><td>Built</td><td>1931</td></tr></table><p>\(Self.second)<br>\(Self.third)</p></article>
            """
        let extracted = try HTMLExtractor.extract(Self.page(body: body)).body
        #expect(
            extracted == """
                \(Self.lead)

                What changes

                No cars, from April.

                Buses rerouted.

                It is the end of an era, said one resident.

                Built | 1931

                \(Self.second)
                \(Self.third)
                """)
    }

    @Test func dropsTeaserLinesAndRepeatedParagraphs() throws {
        let body =
            "<article>\(Self.story)<p>Read more: bridges of Europe</p><blockquote><p>\(Self.third)</p></blockquote>"
            + "<p>Follow us on Twitter</p></article>"
        let extracted = try HTMLExtractor.extract(Self.page(body: body)).body
        #expect(extracted == Self.storyText)
    }

    @Test func dropsPhotoCreditsInFigures() throws {
        let figure =
            "<figure><img src='b.jpg'><figcaption>The old bridge at dusk. <span class='credit'>Photo: "
            + "Jane Roe/Agency</span></figcaption></figure>"
        let extracted = try HTMLExtractor.extract(Self.page(body: "<article>\(figure)\(Self.story)</article>")).body
        #expect(extracted.hasPrefix("The old bridge at dusk.\n\n"))
        #expect(!extracted.contains("Jane Roe"))
    }

    @Test func bodyDoesNotRepeatTheHeadline() throws {
        let head = "<title>Harbour bridge to close to cars | The Harbour Times</title>"
        let body = "<article><h1>Harbour bridge to close to cars</h1>\(Self.story)</article>"
        let extracted = try HTMLExtractor.extract(Self.page(head: head, body: body))
        #expect(extracted.hints.title == "Harbour bridge to close to cars")
        #expect(extracted.body.hasPrefix(Self.lead))
    }

    @Test(arguments: [
        ("<title>Bridge to close | The Harbour Times</title>", "", "Bridge to close"),
        ("<title>Bridge to close - Local - The Harbour Times</title>", "", "Bridge to close"),
        (
            "<title>Harbour Times</title><meta property='og:title' content='Old bridge to close to cars'>",
            "<h1>Old bridge to close to cars</h1>", "Old bridge to close to cars"
        ),
        (
            "<title>Bridge vote: council closes the old bridge | HT</title>"
                + "<meta property='og:title' content='Council closes bridge'>",
            "<h1>Bridge vote: council closes the old bridge</h1>", "Bridge vote: council closes the old bridge"
        ),
        (
            "<meta property='og:site_name' content='The Harbour Times'>"
                + "<meta property='og:title' content='Bridge to close - The Harbour Times'>",
            "", "Bridge to close"
        ),
        (
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes\"}</script>"
                + "<title>Bridge closes — HT</title>",
            "", "Bridge closes"
        ),
        // The same words in curly quotes and a long dash: the declared title's characters stand.
        (
            "<meta property='og:title' content='Mayor says \"never again\" - after the flood'>"
                + "<title>Mayor says \"never again\" - after the flood | HT</title>",
            "<h1>Mayor says “never again” – after the flood</h1>", "Mayor says \"never again\" - after the flood"
        ),
        // The same words in the headline's own case: the visible headline's.
        (
            "<meta property='og:title' content='MAYOR SAYS NEVER AGAIN'><title>MAYOR SAYS NEVER AGAIN | HT</title>",
            "<h1>Mayor says never again</h1>", "Mayor says never again"
        ),
    ])
    func choosesTheTitleByAgreement(head: String, heading: String, expected: String) throws {
        let extracted = try HTMLExtractor.extract(
            Self.page(head: head, body: "<article>\(heading)\(Self.story)</article>"))
        #expect(extracted.hints.title == expected)
    }

    /// Cases where the visible headline, an `<h1>` outside any `<article>`, is weighed against the metadata.
    @Test(arguments: [
        // og:title copies the <title> with its site suffix; the <h1> states the headline without it.
        (
            "<title>Ferry service resumes after the storm | Coast Post</title>"
                + "<meta property='og:title' content='Ferry service resumes after the storm | Coast Post'>"
                + "<meta name='twitter:title' content='Ferry service resumes after the storm | Coast Post'>",
            "<h1>Coast Post</h1><h1>Ferry service resumes after the storm</h1>", "Ferry service resumes after the storm"
        ),
        // A title rewritten for search engines: the <h1> rewords it, and readers see the <h1>.
        (
            "<title>Ferry service resumes after storm damage repaired</title>"
                + "<meta property='og:title' content='Ferry service resumes after storm damage repaired'>",
            "<h1>Ferry service resumes after the storm</h1><h1>Latest</h1>", "Ferry service resumes after the storm"
        ),
        // Agreeing sources that differ only in quotes and dashes: the declared title's characters are kept.
        (
            "<title>Why ferries can't sail - a guide</title>"
                + "<meta property='og:title' content=\"Why ferries can't sail - a guide\">",
            "<h1>Why ferries can\u{2019}t sail \u{2013} a guide</h1>", "Why ferries can't sail - a guide"
        ),
        // A dash joins the headline's own parts when no source states it without them.
        (
            "<title>Ferry timetable for 2026 - routes, prices and tips</title>"
                + "<meta property='og:title' content='Ferry timetable for 2026 - routes, prices and tips'>",
            "<h1>Ferry timetable for 2026 - routes, prices and tips</h1><h1>Related</h1>",
            "Ferry timetable for 2026 - routes, prices and tips"
        ),
        // JSON-LD and a second <h1> agree against a copied og:title; the first <h1> is a section name.
        (
            "<script type='application/ld+json'>{\"@type\":\"BlogPosting\","
                + "\"headline\":\"Ferries 101: what to know before you sail\"}</script>"
                + "<title>Ferry tips | Coast Post</title><meta property='og:title' content='Ferry tips | Coast Post'>",
            "<h1>The Blog</h1><h1>Ferries 101: what to know before you sail</h1>",
            "Ferries 101: what to know before you sail"
        ),
    ])
    func weighsTheVisibleHeadline(head: String, headings: String, expected: String) throws {
        let extracted = try HTMLExtractor.extract(Self.page(head: head, body: "\(headings)<div>\(Self.story)</div>"))
        #expect(extracted.hints.title == expected)
    }

    /// A search title stated once (an `og:title` and its copies) gives way to the article's own headline; two
    /// sources that agree do not, and neither does a short section name.
    @Test(arguments: [
        (
            "<title>Ferry prices 2026: all routes | Coast Post</title>"
                + "<meta property='og:title' content='Ferry prices 2026: all routes | Coast Post'>"
                + "<meta name='twitter:title' content='Ferry prices 2026: all routes | Coast Post'>",
            "<h1>What a ferry crossing costs this summer</h1>", "What a ferry crossing costs this summer"
        ),
        (
            "<title>Ferry prices rise for the summer - Coast Post</title>"
                + "<meta property='og:title' content='Ferry prices rise for the summer'>",
            "<h1>What a ferry crossing costs this summer</h1>", "Ferry prices rise for the summer"
        ),
        (
            "<meta property='og:title' content='Ferry prices rise for the summer'>",
            "<h1>Travel and Transport</h1>", "Ferry prices rise for the summer"
        ),
    ])
    func prefersTheArticleHeadlineToALoneSearchTitle(head: String, heading: String, expected: String) throws {
        let extracted = try HTMLExtractor.extract(
            Self.page(head: head, body: "<article>\(heading)\(Self.story)</article>"))
        #expect(extracted.hints.title == expected)
    }

    @Test(
        arguments: [
            (
                "<meta property='article:published_time' content='2021-11-01T10:52:50+0100'>", "",
                "2021-11-01T10:52:50+01:00"
            ),
            (
                "<meta property='article:modified_time' content='2022-03-04T08:00:00Z'>"
                    + "<meta property='article:published_time' content='2021-11-01'>",
                "", "2021-11-01"
            ),
            (
                "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                    + "\"NewsArticle\",\"dateModified\":\"2020-05-06T10:00:00+07:00\",\"datePublished\":"
                    + "\"2020-05-04T04:25:13+07:00\"}]}</script>",
                "", "2020-05-04T04:25:13+07:00"
            ),
            ("<meta name='pubdate' content='20190428'>", "", "2019-04-28"),
            ("<meta name='date' content='2019-04-28 06:01:07'>", "", "2019-04-28T06:01:07"),
            (
                "", "<time class='updated' datetime='2020-02-02'>2 Feb</time><time datetime='2020-01-01'>1 Jan</time>",
                "2020-01-01"
            ),
            ("<link rel='canonical' href='https://example.org/news/2018/06/10/bridge-story/'>", "", "2018-06-10"),
            ("", "<p class='meta'>Veröffentlicht am 7. November 2023, 10:00 Uhr</p>", "2023-11-07"),
            ("", "<span class='date'>Nov. 7, 2023</span>", "2023-11-07"),
            ("<meta property='article:modified_time' content='2022-03-04T08:00:00Z'>", "", "2022-03-04T08:00:00Z"),
            ("", "", nil),
        ] as [(String, String, String?)])
    func choosesThePublicationDate(head: String, dateline: String, expected: String?) throws {
        let body = "<article><h1>Bridge</h1>\(dateline)\(Self.story)</article>"
        let extracted = try HTMLExtractor.extract(Self.page(head: head, body: body))
        #expect(extracted.hints.published == expected)
    }

    @Test(
        arguments: [
            (
                "<script type='application/ld+json'>[{\"@type\":\"Article\",\"author\":[{\"@type\":\"Person\",\"name\":"
                    + "\"Ann Lee\"},{\"name\":\"Bo Chan\"}]}]</script>",
                "", "Ann Lee, Bo Chan"
            ),
            ("<meta name='author' content='Jane Roe'>", "", "Jane Roe"),
            ("", "<p class='byline'>By Jane Roe</p>", "Jane Roe"),
            ("", "<a rel='author' href='/jane'>Jane Roe</a>", "Jane Roe"),
            ("<meta property='article:author' content='https://facebook.com/janeroe'>", "", nil),
        ] as [(String, String, String?)])
    func findsTheByline(head: String, byline: String, expected: String?) throws {
        let extracted = try HTMLExtractor.extract(
            Self.page(head: head, body: "<article>\(byline)\(Self.story)</article>"))
        #expect(extracted.hints.byline == expected)
        #expect(!extracted.body.contains("Jane Roe"))
    }

    @Test func readsLanguageAndSiteName() throws {
        let head = "<meta property='og:site_name' content='The Harbour Times'>"
        let extracted = try HTMLExtractor.extract(Self.page(head: head, body: "<article>\(Self.story)</article>"))
        #expect(extracted.hints.language == "en")
        #expect(extracted.hints.siteName == "The Harbour Times")
    }

    @Test func fallsBackToJSONLDArticleBodyWhenTheMarkupHasLittleText() throws {
        let text = String(repeating: Self.lead + " ", count: 6) + "\\n" + Self.second
        let head = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"\(text)\"}</script>"
        let extracted = try HTMLExtractor.extract(Self.page(head: head, body: "<div id='app'>Loading…</div>"))
        #expect(extracted.body.hasSuffix("\n\n" + Self.second))
    }

    /// Site builders that wrap the whole page in one `<form>` must not lose a short article with it.
    @Test func keepsAnArticleInsideAPageWideForm() throws {
        let body = "<form action='./story'><nav><a href='/'>Home</a></nav><h1>Bridge</h1><p>\(Self.lead)</p></form>"
        let extracted = try HTMLExtractor.extract(Self.page(body: body))
        #expect(extracted.body == Self.lead)
    }

    @Test func normalizesTextToNFC() throws {
        let body =
            "<article><p>Cafe\u{301} au lait, cre\u{300}me bru\u{302}le\u{301}e, and more text here.</p></article>"
        let extracted = try HTMLExtractor.extract(Self.page(body: body))
        #expect(
            extracted.body.unicodeScalars.elementsEqual(
                "Café au lait, crème brûlée, and more text here.".unicodeScalars))
    }

    @Test func prefersTheArticleOverALongerLinkList() throws {
        let links = (1...40).map { "<li><a href='/s\($0)'>Another headline number \($0) about the city</a></li>" }
        let body = "<div class='list'><ul>\(links.joined())</ul></div><div class='main'>\(Self.story)</div>"
        let extracted = try HTMLExtractor.extract(Self.page(body: body)).body
        #expect(extracted == Self.storyText)
    }
}

/// The short rules applied to the rendered paragraphs.
struct HTMLParagraphRuleTests {
    @Test(arguments: [
        ("Read more", true), ("READ MORE: the budget", true), ("À lire aussi : le budget", true),
        ("Lesen Sie auch", true), ("Advertisement", true), ("The minister read more than ten pages.", false),
        (
            "Read more about how the council voted on the budget, which passed by a narrow margin late on Tuesday.",
            false
        ),
        ("“Read more”", false), ("2024 budget", false), ("", false),
    ])
    func tellsTeaserLines(paragraph: String, expected: Bool) {
        #expect(HTMLTextRenderer.isTeaser(paragraph) == expected)
    }

    @Test func dropsTheHeadlineRepeatedAtTheStart() {
        let title = "Council passes the budget"
        let lead =
            "The city council passed the budget on Tuesday. " + String(repeating: "More text follows. ", count: 20)
        #expect(
            HTMLExtractor.withoutLeadingTitle(
                ["Council passes the budget!", "council — passes the BUDGET", lead], title: title)
                == [lead])
        #expect(HTMLExtractor.withoutLeadingTitle([lead, title], title: title) == [lead, title])
    }
}

struct HTMLStyleTests {
    @Test(arguments: [
        ("display:none", true), ("DISPLAY : NONE;", true), ("color: red; visibility: hidden", true),
        ("display: block", false), ("display:\tnone", false), ("", false), ("font-family: 'Noto Sans'", false),
    ])
    func tellsHidingStyles(style: String, expected: Bool) {
        #expect(HTMLContentHints.styleHides(style) == expected)
    }
}

/// The one-pass word search of class names agrees with a plain search for each word.
struct HTMLClassWordTests {
    static let lists: [HTMLClassWords] = [["date", "time", "d"], ["publish", "pub"], ["author", "auth"], ["x"]]

    @Test(arguments: [
        "post-date publish-time", "", "byline author", "d", "xylophone", "pubdate", "nothing here", "dat", "authx",
        "ÿ-date-ü",
    ])
    func findsEveryListThatOccurs(text: String) {
        var expected: UInt32 = 0
        for (number, list) in Self.lists.enumerated() where list.words.contains(where: text.contains) {
            expected |= 1 << UInt32(number)
        }
        #expect(HTMLClassWordLists(Self.lists).hits(in: text) == expected)
        for list in Self.lists {
            #expect(
                HTMLContentHints.matches(list, in: text) == list.words.contains(where: text.contains), "\(list.words)")
        }
    }
}
