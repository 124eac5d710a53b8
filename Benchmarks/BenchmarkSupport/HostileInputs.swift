import Foundation

/// One file of a shape that makes a careless rule cost more than linear time: boxes nested a hundred thousand deep,
/// a tag with a hundred thousand attributes, a single line of megabytes, a million empty lines.
public struct HostileInput: Sendable {
    /// What the shape is, short: `nested-div`, `text-one-line`.
    public var name: String
    /// The name the file arrives under, which tells text from HTML.
    public var fileName: String
    public var bytes: [UInt8]

    public var isHTML: Bool { fileName.hasSuffix(".html") }
}

/// The hostile family: every shape at about the size asked for, each holding `HostileInputs.survivor`, a sentence
/// that extraction must keep; and ordinary files of the same size, the yardstick a hostile file's cost is read
/// against.
public enum HostileInputs {
    /// A sentence every member holds where an article's text would be.
    public static let survivor = "The text of the story survives whatever surrounds it."

    /// Every shape, each of about `size` bytes (the one-line members six times that, as feeds send them).
    public static func all(size: Int = 1 << 20) -> [HostileInput] {
        html(size: size) + text(size: size)
    }

    /// The HTML shapes.
    public static func html(size: Int) -> [HostileInput] {
        let survivor = "<p>\(Self.survivor)</p>"
        func page(_ body: String, head: String = "") -> [UInt8] {
            Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8)
        }
        /// `open` repeated, the survivor, `close` repeated, to `size`; with `after`, the survivor follows instead,
        /// for boxes whose content extraction rightly leaves out (navigation, share buttons).
        func nested(_ open: String, _ close: String, inner: String = survivor, after: Bool = false) -> [UInt8] {
            let inside = after ? "x" : inner
            let count = max(1, (size - inside.utf8.count) / (open.utf8.count + close.utf8.count))
            return page(repeated(open, count) + inside + repeated(close, count) + (after ? survivor : ""))
        }
        /// `piece` repeated to `size` around the survivor.
        func flood(_ piece: String, head: String = "") -> [UInt8] {
            page(survivor + repeated(piece, max(1, size / piece.utf8.count)), head: head)
        }
        let attributeCount = size / 10
        let attributes = (0..<attributeCount).map { " a\($0)=\"v\"" }.joined()
        var members: [(String, [UInt8])] = [
            ("nested-div", nested("<div>", "</div>")),
            ("nested-list", nested("<ul><li>", "</li></ul>")),
            ("nested-table", nested("<table><tr><td>", "</td></tr></table>")),
            ("nested-inline", nested("<b><i>", "</i></b>", inner: Self.survivor)),
            ("nested-link", nested("<del><a href=\"/x\">", "</a></del>", inner: Self.survivor)),
            ("nested-form", nested("<form><nav>", "</nav></form>", after: true)),
            ("nested-heading", nested("<h2><div>", "</div></h2>")),
            ("nested-time", nested("<time><span>", "</span></time>", inner: "12 May 2020 " + survivor)),
            ("nested-paragraph", nested("<p><span>", "</span></p>", inner: Self.survivor)),
            ("nested-figure", nested("<figure><div class=\"share\">", "</div></figure>", after: true)),
            ("unclosed-div", page(survivor + repeated("<div>x", size / 6))),
            ("stray-end-tags", page(repeated("<div>", size / 12) + survivor + repeated("</span>", size / 12))),
            (
                "deep-then-wide",
                page(repeated(repeated("<div>", 500) + "word, " + repeated("</div>", 500), size / 5_500) + survivor)
            ),
            ("attributes", page("<div\(attributes)>\(Self.survivor)</div>")),
            ("repeated-attributes", page("<div" + repeated(" class=\"a\"", size / 10) + ">\(Self.survivor)</div>")),
            (
                "attributes-legacy-charset",
                page("<div\(attributes)>\(Self.survivor)</div>", head: "<meta charset=\"windows-1251\">") + [0xCF]
            ),
            ("tiny-paragraphs", flood("<p>a</p>")),
            ("line-breaks", flood("a<br>")),
            ("entities", flood("&amp;&lt;&eacute;&#x263A;")),
            ("whitespace", page(survivor + "<p>a" + repeated(" \n\t", size / 3) + "b</p>")),
            ("one-word", page(survivor + "<p>" + repeated("word", size / 4) + "</p>")),
            ("comments", flood("<!-- c -->")),
            ("meta-tags", page(survivor, head: repeated("<meta name=\"k\" content=\"v\">", size / 28))),
            ("links", flood("<a href=\"/x\">link</a> ")),
            ("times", flood("<time datetime=\"2020-01-01\">Jan 1</time> ")),
            ("asides", flood("<aside><time>2020-01-01</time></aside>")),
            ("title-parts", page(survivor, head: "<title>" + repeated("a b c - ", size / 8) + "</title>")),
            ("title-dates", page(survivor, head: "<title>" + repeated("1.1.", size / 4) + "</title>")),
            ("long-class", page("<div class=\"" + repeated("share ", size / 6) + "\">\(Self.survivor)</div>")),
            (
                "long-meta",
                page(survivor, head: "<meta property=\"og:title\" content=\"" + repeated("a - ", size / 4) + "\">")
            ),
            (
                "json-ld-deep",
                page(
                    survivor,
                    head: "<script type=\"application/ld+json\">" + repeated("[", size / 2) + repeated("]", size / 2)
                        + "</script>")
            ),
            ("combining-marks", page(survivor + "<p>" + repeated("e\u{301}", size / 3) + "</p>")),
            ("unclosed-drawings", page(survivor + repeated("<svg><g>", size / 8))),
            ("html-one-line", page("<p>" + Self.survivor + repeated(" word", 6 * size / 5) + "</p>")),
        ]
        members.sort { $0.0 < $1.0 }
        return members.map { HostileInput(name: "html-" + $0.0, fileName: $0.0 + ".html", bytes: $0.1) }
    }

    /// The plain-text shapes: wire copy as no sender meant it.
    public static func text(size: Int) -> [HostileInput] {
        let survivor = Self.survivor
        let members: [(String, String)] = [
            ("one-line", survivor + repeated(" word", 6 * size / 5)),
            ("tiny-paragraphs", survivor + "\n\n" + repeated("a\n\n", size / 3)),
            ("blank-lines", "Title\n" + repeated("\n", size) + survivor + "\n"),
            ("one-word", survivor + "\n\n" + repeated("word", size / 4)),
            ("digits", survivor + "\n\n" + repeated("1", size)),
            ("capitals", survivor + "\n\n" + repeated("ABC DEF ", size / 8)),
            ("parentheses", survivor + "\n\n" + repeated("(", size / 2) + "x" + repeated(")", size / 2)),
            ("dateline-prefixes", repeated("WASHINGTON (AP) - ", size / 18) + survivor + "\n"),
            ("date-headers", repeated("Published: Dec 12, 2016\n", size / 24) + survivor + "\n"),
            ("long-words", survivor + "\n\n" + repeated(repeated("a", 100_000) + " ", size / 100_000)),
            ("run-on-lines", survivor + "\n" + repeated(repeated("word ", 24) + "word\n", size / 125)),
            ("wrapped-lines", survivor + "\n" + repeated("a\n", size / 2)),
            ("spaces", survivor + repeated(" ", size) + "end.\n"),
            ("trailer-lines", "Title\n\n" + survivor + "\n" + repeated("(END)\n", size / 6)),
            ("furniture-lines", "Title\n\n" + survivor + "\n" + repeated("Read more: x\n", size / 13)),
            (
                "credit-lines",
                "Title\n\n" + survivor + "\n" + repeated("(Reporting by Jane Doe; Editing by John Roe)\n", size / 45)
            ),
            (
                "cited-agencies",
                survivor + " " + repeated("told IRNA according to Reuters, Press TV reported ", size / 50)
            ),
            ("hyphens", survivor + "\n\n" + repeated("-", size)),
            ("combining-marks", survivor + "\n\n" + repeated("e\u{301}", size / 3)),
        ]
        return members.sorted { $0.0 < $1.0 }.map {
            HostileInput(name: "text-" + $0.0, fileName: $0.0 + ".txt", bytes: Array($0.1.utf8))
        }
    }

    /// An article page of ordinary markup (head and metadata, navigation, the article's paragraphs with links,
    /// a sidebar, a footer) whose article runs on to about `size` bytes: what a hostile page's cost is compared with.
    public static func ordinaryHTML(size: Int) -> [UInt8] {
        var generator = SplitMix64(seed: 11)
        let head = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks resume in the capital | The Daily</title>
            <meta property="og:title" content="Talks resume in the capital">
            <meta property="article:published_time" content="2023-11-07T10:52:50+01:00">
            <meta name="author" content="Jane Doe"><link rel="canonical" href="https://example.com/2023/11/07/talks">
            <script>window.dataLayer = [{"page": "article"}];</script><style>.nav { display: flex }</style></head>
            <body><header class="site-header"><nav class="menu"><ul>
            """ + repeated("<li><a href=\"/section\">Section</a></li>", 12) + """
                </ul></nav></header><main><article class="article-body" itemprop="articleBody">
                <h1>Talks resume in the capital</h1><div class="byline">By Jane Doe</div>
                <time datetime="2023-11-07T10:52:50+01:00">7 November 2023</time>
                """
        let tail = """
            </article><aside class="sidebar"><h3>Most read</h3><ul>
            """ + repeated("<li><a href=\"/story\">Another story of the day</a></li>", 10) + """
                </ul></aside></main><footer class="footer"><p>© The Daily</p></footer></body></html>
                """
        var body = "<p>\(survivor)</p>"
        let room = size - head.utf8.count - tail.utf8.count
        while body.utf8.count < room {
            let paragraph = generatedParagraph(generator: &generator)
            body +=
                "<p class=\"para\">" + paragraph.replacingFirst("officials", with: "<a href=\"/topic\">officials</a>")
                + "</p>\n"
        }
        return Array((head + body + tail).utf8)
    }

    /// A wire story of about `size` bytes: headline, dateline, paragraphs of news prose, credit line.
    public static func ordinaryText(size: Int) -> [UInt8] {
        var generator = SplitMix64(seed: 13)
        return Array(generatedStory(0, generator: &generator, length: size).utf8)
    }

    private static func repeated(_ piece: String, _ count: Int) -> String {
        String(repeating: piece, count: max(0, count))
    }
}

extension String {
    fileprivate func replacingFirst(_ word: String, with replacement: String) -> String {
        guard let range = range(of: word) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
