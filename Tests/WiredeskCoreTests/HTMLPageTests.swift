import Foundation
import Testing
import WiredeskCore

/// Whole web pages, written for the tests in the shapes sites publish — a news page with metadata in its head and
/// furniture around the story, an older page in Windows-1252 with its date in a box under the headline, a blog post
/// carrying an agency story and dated only by its address — each read the way the daemon reads a saved page.
@Suite struct HTMLPageTests {
    struct Page: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var title: String
        var published: String
        var language: String?
        var byline: String?
        var siteName: String?
        var agency: String?
        var place: String?
        var contains: [String]
        var absent: [String]
        var description: String { name }
    }

    static let receivedAt = Date(timeIntervalSince1970: 1_735_689_600)  // 1 January 2025

    static let newsPage = Page(
        name: "news-with-metadata",
        bytes: Array(
            """
            <!DOCTYPE html>
            <html lang="en-US">
            <head>
            <meta charset="utf-8">
            <title>Night trains return to the Alps | The Valley Courier</title>
            <meta property="og:title" content="Night trains return to the Alps">
            <meta property="og:site_name" content="The Valley Courier">
            <meta property="article:published_time" content="2024-05-17T06:30:00+02:00">
            <meta name="viewport" content="width=device-width">
            <link rel="stylesheet" href="/css/site.css">
            <style>body { font: 16px/1.5 serif } .share > a { color: #333 } /* <p> in a comment */</style>
            <script>window.dataLayer = window.dataLayer || []; if (a < b && c > d) { track('<div>'); }</script>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Night trains return to the Alps", "datePublished": "2024-05-17T06:30:00+02:00",
            "author": {"@type": "Person", "name": "Clara Moser"},
            "publisher": {"@type": "Organization", "name": "The Valley Courier"}}</script>
            </head>
            <body class="article-page">
            <div class="cookie-banner" data-consent="pending">We use cookies to improve your experience.
            <button>Accept</button></div>
            <header class="site-header"><a href="/" class="logo"><svg viewBox="0 0 24 24" width="24">\
            <path d="M0 0h24v24H0z"/><circle cx="12" cy="12" r="10"/></svg>The Valley Courier</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>\
            <li><a href="/travel">Travel</a></li></ul></nav></header>
            <main>
            <article class="story">
            <h1 class="headline">Night trains return to the Alps</h1>
            <p class="byline">By <a href="/authors/clara-moser" rel="author">Clara Moser</a> ·
            <time datetime="2024-05-17T06:30:00+02:00">17 May 2024</time></p>
            <figure><img src="/img/train.jpg" srcset="/img/train-480.jpg 480w, /img/train-960.jpg 960w"
            alt="A sleeper train at dusk" data-lazy-src="/img/train-big.jpg"><figcaption>The first sleeper leaves the \
            valley at dusk. <span class="credit">Photo: Jonas Frei</span></figcaption></figure>
            <div class="story-body" itemprop="articleBody">
            <p>Sleeper trains will run through the Alps again from December, the national railway said on Thursday, \
            ten years after the last overnight service was withdrawn.</p>
            <p>The new trains will leave the valley every evening at nine and reach the coast before breakfast, \
            stopping at six towns on the way, the railway's chief executive told reporters.</p>
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> \
            <a href="#">Email</a></div>
            <p>Tickets go on sale in September. A seat will cost about as much as a bus ticket, while a bed in a \
            shared compartment will cost roughly twice that, according to the railway.</p>
            <h2>Demand from travellers</h2>
            <p>Surveys by the tourism board found that more than half of visitors from abroad would take a night \
            train if one were offered, and many said they wanted to avoid short flights.</p>
            <p>Environmental groups welcomed the decision but said the railway should also restore the cross-border \
            services that were cut in the same year.</p>
            </div>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Bus lines to be cut in the north</a>\
            </li><li><a href="/b">Airport expansion delayed again</a></li></ul></aside>
            </article>
            <section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>Great news, finally! \
            I will book the first train as soon as tickets are on sale, thank you.</p></div></section>
            </main>
            <footer class="site-footer"><p>Copyright 2024 The Valley Courier. All rights reserved.</p>
            <textarea name="feedback">Tell us  what   you think</textarea></footer>
            <script src="/js/app.js"></script>
            </body>
            </html>
            """.utf8),
        title: "Night trains return to the Alps", published: "2024-05-17", language: "en", byline: "Clara Moser",
        siteName: "The Valley Courier",
        contains: [
            "Sleeper trains will run through the Alps again from December", "Demand from travellers",
            "restore the cross-border services that were cut in the same year.",
        ],
        absent: [
            "cookies", "Share on Facebook", "Great news", "Copyright", "Bus lines to be cut", "Photo: Jonas Frei",
            "dataLayer",
        ])

    /// Declared Windows-1252 in an `http-equiv` meta, its bytes Windows-1252 too.
    static let windows1252Page = Page(
        name: "windows-1252-date-box",
        bytes: Array(
            """
            <html lang="de">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
            <title>Stadtrat beschließt neue Radwege - Kreisbote Online</title>
            </head>
            <body>
            <div id="navigation"><a href="/">Startseite</a> | <a href="/lokales">Lokales</a> | \
            <a href="/sport">Sport</a></div>
            <div id="content">
            <div class="artikel">
            <h1>Stadtrat beschließt neue Radwege</h1>
            <div class="meta">Von <span class="author">Anna Schmidt</span> | <span class="datum">Veröffentlicht am 03.06.2019</span></div>
            <p>Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, in den nächsten drei Jahren zwölf \
            Kilometer neue Radwege zu bauen. Die Kosten von rund vier Millionen Euro teilen sich Stadt und Land.</p>
            <p>Besonders auf der Hauptstraße, wo es im vergangenen Jahr mehrere Unfälle gab, sollen Radfahrer \
            künftig eine eigene Spur bekommen. Die Arbeiten dort beginnen schon im Herbst.</p>
            <p>Die Opposition stimmte zu, kritisierte aber, dass Fußgänger bei der Planung zu kurz kämen. Der \
            Bürgermeister versprach, die Gehwege im selben Zug zu erneuern.</p>
            <p>Der Fahrradclub begrüßte die Entscheidung. Sein Sprecher sagte, die Stadt hole damit endlich nach, \
            was andere Gemeinden längst getan hätten.</p>
            </div>
            <div class="teaser"><a href="/x">Lesen Sie auch: Neue Buslinie ab Juli</a></div>
            </div>
            <div id="footer">© 2019 Kreisbote Online · Impressum · Datenschutz</div>
            </body></html>
            """.data(using: .windowsCP1252)!),
        title: "Stadtrat beschließt neue Radwege", published: "2019-06-03", language: "de", byline: "Anna Schmidt",
        contains: [
            "mit großer Mehrheit beschlossen", "was andere Gemeinden längst getan hätten.",
        ],
        absent: ["Startseite", "Lesen Sie auch", "Impressum"])

    /// No charset declared, UTF-8 bytes; the date only in the canonical address; an agency's dateline in the text.
    static let agencyStoryOnABlog = Page(
        name: "agency-story-dated-by-address",
        bytes: Array(
            """
            <!doctype html>
            <html>
            <head>
            <title>Floods cut off villages in northern Portugal – Daily Wire Digest</title>
            <link rel="canonical" \
            href="https://digest.example.org/world/2021/11/08/floods-cut-off-villages-in-northern-portugal/">
            </head>
            <body>
            <div class="wrapper">
            <div class="sidebar"><h4>Most read</h4><ol><li><a href="/1">Markets steady</a></li>\
            <li><a href="/2">Election results</a></li></ol></div>
            <div class="post">
            <h1 class="entry-title">Floods cut off villages in northern Portugal</h1>
            <div class="entry-content">
            <p>LISBON, Nov 8 (AFP) - Heavy rain cut off more than a dozen villages in northern Portugal on Monday, \
            and rescuers used boats to reach people trapped in their homes, the civil protection agency said.</p>
            <p>The Douro river burst its banks near Peso da Régua, flooding the riverside road and the lower town, \
            where shops had been cleared of goods the night before.</p>
            <p>Some 300 people spent the night in schools and sports halls, local officials told the Lusa news \
            agency.</p>
            <p>Forecasters said the rain would ease on Tuesday but warned of landslides on the steep vineyard slopes \
            above the valley.</p>
            </div>
            <div class="post-tags">Tags: <a>weather</a>, <a>Portugal</a></div>
            </div>
            </div>
            </body>
            </html>
            """.utf8),
        title: "Floods cut off villages in northern Portugal", published: "2021-11-08", agency: "AFP",
        place: "Lisbon",
        contains: ["Heavy rain cut off more than a dozen villages", "near Peso da Régua", "steep vineyard slopes"],
        absent: ["Most read", "Tags:", "LISBON, Nov 8 (AFP) -"])

    static let pages = [newsPage, windows1252Page, agencyStoryOnABlog]

    @Test(arguments: pages)
    func pageYieldsWhatItStates(_ page: Page) throws {
        let extracted = ArticleExtractor(maxFileBytes: 1 << 20)
            .extract(page.bytes, fileName: "\(page.name).html", receivedAt: Self.receivedAt)
        let article = try extracted.get().article
        #expect(article.title == page.title)
        #expect(article.published?.prefix(10) == Substring(page.published), "published \(article.published ?? "nil")")
        if let language = page.language {
            #expect(article.language?.hasPrefix(language) == true, "language \(article.language ?? "nil")")
        }
        if let byline = page.byline {
            #expect(article.byline?.contains(byline) == true, "byline \(article.byline ?? "nil")")
        }
        if let agency = page.agency {
            #expect(article.agency == agency)
        }
        if let place = page.place {
            #expect(article.place == place)
        }
        for phrase in page.contains {
            #expect(article.body.contains(phrase), "keeps \(phrase)")
        }
        for phrase in page.absent {
            #expect(!article.body.contains(phrase), "drops \(phrase)")
        }
        if let siteName = page.siteName {
            #expect(try HTMLExtractor.extract(page.bytes).hints.siteName == siteName)
        }
    }
}
