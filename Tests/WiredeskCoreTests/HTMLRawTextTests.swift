import Foundation
import Testing
import WiredeskText

@testable import WiredeskCore

/// Leaving scripts, styles, drawings, unread and repeated attributes and repeated blanks out before libxml2 parses must
/// change nothing else: the tree of
/// the filtered page equals the tree of the page as written, once what was dropped is set aside.
struct HTMLRawTextTests {
    /// The ranges found in `page`, as text.
    static func dropped(_ page: String) -> [String] {
        let bytes = Array(page.utf8)
        return bytes.withBytes { buffer in
            HTMLRawText.droppableRanges(in: buffer).map { String(decoding: buffer[$0], as: UTF8.self) }
        }
    }

    /// The tree in document order, indented by depth: elements with their attributes, and texts, except those of
    /// scripts and styles that are not JSON-LD, and what drawings hold.
    static func outline(_ page: String, keepingUnreadMarkup: Bool) throws -> String {
        try outline(Array(page.utf8), keepingUnreadMarkup: keepingUnreadMarkup)
    }

    static func outline(_ page: [UInt8], keepingUnreadMarkup: Bool) throws -> String {
        let input = try HTMLCharset.input(for: page, libxmlKnows: HTMLTree.libxmlKnowsCharset)
        let tree = HTMLTree.parse(input, keepingUnreadMarkup: keepingUnreadMarkup)
        var lines: [String] = []
        tree.walk(below: HTMLTree.root) { node in
            if tree.name(of: node) == "svg" {
                lines.append("<svg>")
                return false
            }
            var depth = 0
            var ancestor = tree[node].parent
            while ancestor > HTMLTree.root {
                depth += 1
                ancestor = tree[ancestor].parent
            }
            let indent = String(repeating: " ", count: depth)
            if tree[node].isText {
                let parent = tree[node].parent
                let raw = tree.name(of: parent) == "script" || tree.name(of: parent) == "style"
                let jsonLD = tree.attribute(.type, of: parent)?.lowercased().contains("ld+json") == true
                if !raw || jsonLD {
                    let text = tree.text(of: node)
                    lines.append(indent + "#" + (isPreformatted(node, in: tree) ? text : Self.collapsingBlanks(text)))
                }
            } else {
                let attributes = HTMLAttribute.allCases.compactMap { attribute in
                    tree.attribute(attribute, of: node).map { "\(attribute.name)=\($0)" }
                }.joined(separator: " ")
                lines.append(indent + "<\(tree.name(of: node)) \(attributes)>")
            }
            return true
        }
        return lines.joined(separator: "\n")
    }

    /// Runs of ASCII blanks as one space: how every rule reads text outside preformatted elements.
    static func collapsingBlanks(_ text: String) -> String {
        var result = ""
        var inRun = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if !inRun { result.append(" ") }
                inRun = true
            } else {
                result.unicodeScalars.append(scalar)
                inRun = false
            }
        }
        return result
    }

    static func isPreformatted(_ node: Int, in tree: HTMLTree) -> Bool {
        var ancestor = tree[node].parent
        while ancestor > HTMLTree.root {
            if ["pre", "textarea", "listing", "xmp", "plaintext"].contains(tree.name(of: ancestor)) { return true }
            ancestor = tree[ancestor].parent
        }
        return false
    }

    static let cases: [(page: String, dropped: [String])] = [
        ("<p>a</p><script>var x = '<p>b</p>';</script><p>c</p>", ["var x = '<p>b</p>';"]),
        ("<style>p { color: red }</style><STYLE media=print>b{}</STYLE >", ["p { color: red }", "media=print", "b{}"]),
        ("<SCRIPT type='text/javascript'>if (a < b) {}</Script>x", ["if (a < b) {}"]),
        ("<script type=\"application/ld+json\">{\"a\": \"</p><script>\"}</script><p>t</p>", []),
        ("<script type=application/ld+json>{}</script><script>x()</script>", ["x()"]),
        ("<!-- <script>hidden</script> --><p>t</p>", []),
        ("<!--><script>a()</script><!---><style>b</style>", ["b"]),
        ("<!----><script>a()</script>", ["a()"]),
        ("<!-- one --!><script>a()</script>", ["a()"]),
        ("a<!-- x -->b<!-- unclosed <script>c</script>", []),
        (
            "<svg viewBox='0 0 1 1'><path d='M0 0'/><g><circle r=1></circle></g></svg><p>t</p>",
            ["viewBox='0 0 1 1'", "<path d='M0 0'/><g><circle r=1></circle></g>"]
        ),
        ("<svg><title>Share</title><path d='M0 0'/></svg><p>t</p>", ["d='M0 0'"]),
        ("<div><svg><use href='#i'/></div><p>t</p><svg></svg>", []),
        ("<svg><path d='M0 0'></svg><p>t</p>", ["d='M0 0'"]),
        ("<svg><!-- </svg> --><feGaussianBlur/></svg>", ["<!-- </svg> --><feGaussianBlur/>"]),
        ("<SVG><svg><g/></svg><text>a</text></Svg>b<svg/>c<svgx>d</svgx>", ["<svg><g/></svg><text>a</text>"]),
        // Drawings nested in one that is kept are settled by the probe of the outer one.
        ("<svg><g><svg><path d='M0'/></svg></g><p>x</p>", ["<path d='M0'/>"]),
        ("<svg><g><svg><g><svg><g><p>t</p>", []),
        ("<svg><svg><svg></svg></svg><i>x</i>", ["<svg></svg>"]),
        ("<div data-x=\"<script>y()</script>\">text</div>", ["data-x=\"<script>y()</script>\""]),
        (
            "<img srcset='a.jpg 1x, b.jpg 2x' alt=\"a photograph\" src=/a.jpg data-lazy=/b.jpg/c.jpg/d.jpg>",
            ["srcset='a.jpg 1x, b.jpg 2x'", "alt=\"a photograph\"", "src=/a.jpg", "data-lazy=/b.jpg/c.jpg/d.jpg"]
        ),
        (
            "<a HREF=\"https://example.com/long/path\" Class=\"one two three four\" data-track='short'>x</a>",
            ["data-track='short'"]
        ),
        ("<div title='a > b <script>'>text</div><script>z</script>", ["z"]),
        ("<script src=a.js /><p>after</p><script>q</script>", ["src=a.js", "q"]),
        ("<div class=a CLASS=b id=c class=d x=1 hidden>t</div>", ["CLASS=b", "class=d", "x=1"]),
        (
            "<div x=\"1\"class=a y='2'id=b>t</div><input disabled/><p z = 'q'>u",
            ["x=\"1\"", "y='2'", "disabled", "z = 'q'"]
        ),
        ("<scripts>not a script</scripts><script-x>nor this</script-x>", []),
        ("<script>a = '</scr' + 'ipt>';</script>", ["a = '</scr' + 'ipt>';"]),
        ("<script>unclosed <p>text", ["unclosed <p>text"]),
        ("<div class=\"open>text<script>x</script>", []),
        ("<div \" class=a>t</div><script>x</script>", ["x"]),
        ("<!DOCTYPE html <script>><p>t</p><?php echo '<script>' ?><script>k</script>", ["k"]),
        ("<p>1 < 2</p>< script>no</script>", ["</script>"]),
        ("<div>a</span >b</div></b><b></b></B x>", ["</span >", "</b>"]),
        ("x</p>y</br>z</BODY></html >", []),
        ("<div> </q>b</div><div>a</q> </div>", ["</q>"]),
        ("<![CDATA[ <b> ]]></b><? <i>x</i><?php <u> ?></u>", ["</u>"]),
        ("<script></script><style></style>", []),
        ("<p>a  \n\t b</p>\n\n  <div>c</div>", [" \n\t ", "\n  "]),
        ("<pre>a  \n  b</pre>x  y<TEXTAREA>c  d</textarea>e  f", [" ", " "]),
    ]

    @Test(arguments: cases)
    func findsTheBodiesLibxml2WouldReadAsRawText(page: String, dropped: [String]) {
        #expect(Self.dropped(page) == dropped)
    }

    @Test(arguments: cases)
    func leavesTheRestOfTheTreeAsItWas(page: String, dropped: [String]) throws {
        let document = "<html><head><title>T</title></head><body>\(page)</body></html>"
        #expect(
            try Self.outline(document, keepingUnreadMarkup: false) == Self.outline(document, keepingUnreadMarkup: true))
    }

    /// Pages stitched from pieces that are hard to scan (quotes, comments, raw text, stray `<`): every sequence of
    /// three.
    @Test func leavesTheRestOfGeneratedPagesAsTheyWere() throws {
        let pieces = [
            "<p class=\"a\">text</p>", "<script>if (a < b && c > d) { s = '<div>'; }</script>",
            "<style>.x > p { content: \"<\" }</style>", "<!-- note <p> -->", "<!-->", "<div title='x<script>'>",
            "</div>", "<script type=\"application/ld+json\">{\"headline\": \"<b>H</b>\"}</script>", "1 < 2 ",
            "<br/>", "<script src=x />", "<img alt=\"a > b\" src=y>", "<SCRIPT>X</SCRIPT>", "<a href=/z>z</a>",
            "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<span data-q='\"'>q</span>", "&amp; &lt;script&gt;",
            "<svg width=2><path d='M0 0'/></svg>", "<svg/>", "<svg><g>", "</g></svg>", "<svg><title>t</title></svg>",
            "  \n  words  \t apart\n", "<pre> a  b </pre>", "<textarea>", "<div class=a CLASS='b' data-x=1 id=c>",
            "<a href=/x\"y\" HREF=/z title>", "</span>", "<b>", "</b>", "</p>", " </q>x", "<![CDATA[ <i> ]]>", "<? <i>",
        ]
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let document = "<html><body>\(first)\(second)\(third)</body></html>"
                    #expect(
                        try Self.outline(document, keepingUnreadMarkup: false)
                            == Self.outline(document, keepingUnreadMarkup: true), "\(document)")
                }
            }
        }
    }

    /// The same on whole pages.
    @Test(arguments: HTMLPageTests.pages)
    func leavesTheRestOfWholePagesAsTheyWere(_ page: HTMLPageTests.Page) throws {
        #expect(
            try Self.outline(page.bytes, keepingUnreadMarkup: false)
                == Self.outline(page.bytes, keepingUnreadMarkup: true))
    }

    /// The shared page corpora, when `WIREDESK_CORPUS` names their folder (`.ci/run` sets it when they are there):
    /// the same on every page of html-dev, html-more-dev and dates-dev.
    static let sharedCorpus = ProcessInfo.processInfo.environment["WIREDESK_CORPUS"].map(URL.init(fileURLWithPath:))

    @Test(.enabled(if: sharedCorpus != nil, "WIREDESK_CORPUS names no corpus folder"))
    func leavesTheRestOfTheCorpusPagesAsTheyWere() throws {
        let corpus = try #require(Self.sharedCorpus)
        var pages = 0
        for set in ["html-dev", "html-more-dev", "dates-dev"] {
            let folder = corpus.appendingPathComponent(set)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let source = folder.appendingPathComponent(name).appendingPathComponent("source.html")
                guard let data = FileManager.default.contents(atPath: source.path) else { continue }
                pages += 1
                #expect(
                    try Self.outline(Array(data), keepingUnreadMarkup: false)
                        == Self.outline(Array(data), keepingUnreadMarkup: true), "\(set)/\(name)")
            }
        }
        #expect(pages > 0, "no page below \(corpus.path)")
    }
}
