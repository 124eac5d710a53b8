import Testing

@testable import WiredeskCore

/// The tree's stored measurements (text length, commas, link share) against the texts they summarise, before and
/// after the edits the content search makes; and the searches that stand in for slower whole-text ones.
struct HTMLTreeTests {
    static func tree(_ body: String) throws -> HTMLTree {
        let page = "<!doctype html><html><head><title>T</title></head><body>\(body)</body></html>"
        return HTMLTree.parse(try HTMLCharset.input(for: Array(page.utf8), libxmlKnows: HTMLTree.libxmlKnowsCharset))
    }

    /// Every element's summary agrees with the text `innerText` builds.
    static func expectSummariesMatchText(_ tree: HTMLTree, _ comment: Comment) {
        tree.walk(below: HTMLTree.root) { node in
            let text = tree.innerText(of: node)
            #expect(tree.textLength(of: node) == text.utf16.count, comment)
            #expect(tree.summary(of: node).commas == HTMLTree.commaCount(text), comment)
            return true
        }
    }

    static let bodies = [
        "<div id='x'>  Alpha <b>beta</b>,gamma  <i> </i> delta </div><p>\u{A0}Epsilon、zeta\u{2003}</p>",
        "<div id='x'><span> </span><span>one</span><span> </span></div><p>two 😀, three</p><p></p>",
        "<div id='x'><a href='#n'>note</a> text <a href='/x'>link, more</a></div><ul><li>a</li><li> b </li></ul>",
    ]

    @Test(arguments: bodies)
    func summariesMatchTheTextAfterParsing(body: String) throws {
        Self.expectSummariesMatchText(try Self.tree(body), "\(body)")
    }

    @Test(arguments: bodies)
    func summariesMatchTheTextAfterEdits(body: String) throws {
        var tree = try Self.tree(body)
        let div = tree.first(named: "div")
        let firstChild = tree[div].firstChild
        let wrapper = tree.wrap(firstChild, in: "p")
        Self.expectSummariesMatchText(tree, "wrapped: \(body)")
        tree.unwrap(wrapper)
        Self.expectSummariesMatchText(tree, "unwrapped: \(body)")
        tree.move(tree[div].lastChild, toEndOf: tree.first(named: "body"))
        Self.expectSummariesMatchText(tree, "moved: \(body)")
        tree.remove(tree[div].firstChild)
        Self.expectSummariesMatchText(tree, "removed: \(body)")
        tree.refreshTextSummaries()
        Self.expectSummariesMatchText(tree, "refreshed: \(body)")
        #expect(!tree.summaries[HTMLTree.root].isStale)
    }

    @Test(arguments: [
        ("<div id='x'>plain text only</div>", 0.0),
        ("<div id='x'><a href='/a'>abcd</a>efgh</div>", 0.5),
        // In-page anchors count for less.
        ("<div id='x'><a href='#a'>abcd</a>efgh</div>", 0.15),
        // A link's own text is not counted for the link itself, only links inside it.
        ("<a id='x' href='/a'>abcd<a href='/b'>efgh</a></a>", 0.0),
    ])
    func measuresTheShareOfTextInLinks(body: String, expected: Double) throws {
        let tree = try Self.tree(body)
        var node = -1
        tree.walk(below: HTMLTree.root) { index in
            if tree.attribute(.id, of: index) == "x" { node = index }
            return node < 0
        }
        #expect(abs(tree.linkDensity(of: node) - expected) < 1e-9, "\(body)")
    }

    @Test(arguments: [
        // Dates far into a long text, after characters of every UTF-8 length: their offsets are UTF-16 offsets.
        (String(repeating: "Zeitung für Café 😀 ", count: 40) + "am 7. November 2023 erschienen", ["2023-11-07"]),
        (
            String(repeating: "x ", count: 300) + "Updated 2023-11-08, first 07.11.2023 and 1.2.23",
            ["2023-11-07", "2023-02-01"]
        ),
        ("no digits at all", []),
        ("version 2.5 and 10 items", []),
        ("2023年11月7日", ["2023-11-07"]),
    ])
    func findsDatesAnywhereInLongTexts(text: String, expected: [String]) {
        let found = HTMLDateParser.locatedDays(in: text)
        #expect(found.map(\.day.iso) == expected)
        for (location, day) in found {
            let start = String.Index(utf16Offset: location, in: text)
            #expect(text[start...].first?.isNumber == true, "\(day.iso) at \(location)")
        }
    }

    @Test(arguments: [
        ("story-date published", 0b011 as UInt32),
        ("sidebar", 0b100),
        ("", 0),
        ("nothing-here", 0),
    ])
    func searchesSeveralWordListsInOnePass(text: String, expected: UInt32) {
        let lists = HTMLClassWordLists([["date", "time"], ["publish"], ["sidebar", "widget"]])
        #expect(lists.hits(in: text) == expected)
    }
}

struct HTMLCommonTagsTests {
    /// A name missing from `HTMLTag.knownNames` would silently share `HTMLTag.other` and match every unknown element.
    @Test func everyCommonTagHasANumberOfItsOwn() {
        let tags = Mirror(reflecting: HTMLCommonTags()).children.compactMap { $0.value as? HTMLTag }
        #expect(tags.count == Mirror(reflecting: HTMLCommonTags()).children.count)
        #expect(!tags.contains(.other))
        #expect(Set(tags.map(\.rawValue)).count == tags.count)
    }
}
