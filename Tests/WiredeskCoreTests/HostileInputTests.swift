import BenchmarkSupport
import Foundation
import Testing

@testable import WiredeskCore

/// Files shaped to make a careless rule cost more than linear time (`HostileInputs`: boxes nested tens of thousands
/// deep, a tag with tens of thousands of attributes, a megabyte on one line, hundreds of thousands of empty lines)
/// are extracted whole, and their text survives. The files are small for a benchmark but large enough that a
/// quadratic rule would keep the suite waiting for minutes.
@Suite struct HostileInputTests {
    static let members = Dictionary(
        uniqueKeysWithValues: HostileInputs.all(size: 384 << 10).map { ($0.name, $0) })

    @Test(arguments: members.keys.sorted())
    func keepsTheTextOfEveryShape(name: String) throws {
        let member = try #require(Self.members[name])
        let extracted = try ArticleExtractor().extract(member.bytes, fileName: member.fileName, receivedAt: Date())
            .get()
        #expect(extracted.article.body.contains(HostileInputs.survivor))
    }

    /// Elements nest no deeper than the limit, whatever the page: deeper ones are attached to the element at the
    /// limit, with their text, in order.
    @Test func nestsNoDeeperThanTheLimit() throws {
        let depth = 3 * HTMLTree.maximumDepth
        let page =
            "<html><body>" + (0..<depth).map { "<div>\($0) " }.joined() + String(repeating: "</div>", count: depth)
        let tree = HTMLTree.parse(
            try HTMLCharset.input(for: Array(page.utf8), libxmlKnows: HTMLTree.libxmlKnowsCharset))
        var deepest = 0
        tree.walk(below: HTMLTree.root) { node in
            var levels = 0
            var ancestor = tree[node].parent
            while ancestor >= 0 {
                levels += 1
                ancestor = tree[ancestor].parent
            }
            deepest = max(deepest, levels)
            return true
        }
        // Root, html, body and the divs up to the limit; the divs attached to the last one, and their text.
        #expect(deepest == HTMLTree.maximumDepth + 2)
        let text = tree.textContent(of: HTMLTree.root).split(separator: " ").map { Int($0) }
        #expect(text == (0..<depth).map { $0 })
    }

    /// A page nested a million deep: nothing in the parse or the extraction recurses per level, so nothing
    /// overflows the stack.
    @Test func extractsAPageNestedAMillionDeep() throws {
        let depth = 1_000_000
        let page = Array(
            ("<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(HostileInputs.survivor)</p>"
                + String(repeating: "</div>", count: depth) + "</body></html>").utf8)
        let extracted = try ArticleExtractor().extract(page, fileName: "deep.html", receivedAt: Date()).get()
        #expect(extracted.article.body == HostileInputs.survivor)
    }

    /// Of a tag's repeated attributes, the tree keeps the first, as libxml2 does, when the pre-filter has left the
    /// others out.
    @Test func keepsTheFirstOfRepeatedAttributes() throws {
        let attributes = (0..<20_000).map { " class=\"c\($0)\" data-\($0)=\"v\"" }.joined()
        let page = Array("<html><body><div id=\"box\"\(attributes)>text</div></body></html>".utf8)
        let tree = HTMLTree.parse(try HTMLCharset.input(for: page, libxmlKnows: HTMLTree.libxmlKnowsCharset))
        let box = tree.first(named: "div")
        #expect(tree.attribute(.id, of: box) == "box")
        #expect(tree.attribute(.className, of: box) == "c0")
    }
}
