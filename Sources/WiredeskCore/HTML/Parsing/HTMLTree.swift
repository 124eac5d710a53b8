import WiredeskText

/// A compact, mutable copy of a parsed HTML document: elements and text in one array, linked by indices.
///
/// libxml2 parses; the extraction rules then remove, rename and wrap nodes many times, which is cheaper and safer on
/// Swift values than on C pointers. Index 0 is the document root; a removed node is only unlinked.
struct HTMLTree {
    /// An element or text node's place in the tree and its tag: plain values, so that the copies the content search
    /// edits cost no reference counting per node.
    struct Node {
        /// The number of the node's name, which the rules test instead of the string.
        fileprivate(set) var tag: HTMLTag
        var parent = -1
        var firstChild = -1
        var lastChild = -1
        var previous = -1
        var next = -1

        var isText: Bool { tag == .text }
    }

    /// What libxml2 read for each node, by index: names, texts and attributes never change after parsing, so every
    /// edited copy of the tree shares them. Nodes added later (wrappers) have none.
    final class Content {
        /// Lower-case tag names; `#text` for text and `#root` for the document.
        let names: [String]
        let texts: [String]
        /// The kept attributes (`HTMLAttribute`) of all elements, one after another: node `i`'s are those from
        /// `attributeStarts[i]` to `attributeStarts[i + 1]`.
        let attributeKeys: [UInt8]
        let attributeValues: [String]
        let attributeStarts: [Int32]
        /// `class` and `id` together, lower-cased: what the content hints are matched against, read many times.
        let classAndIDs: [String]

        init(_ builder: ContentBuilder) {
            names = builder.names
            texts = builder.texts
            attributeKeys = builder.attributeKeys
            attributeValues = builder.attributeValues
            attributeStarts = builder.attributeStarts + [Int32(builder.attributeKeys.count)]
            classAndIDs = builder.classAndIDs
        }
    }

    /// `Content` while the parse fills it.
    struct ContentBuilder {
        var names: [String] = ["#root"]
        var texts: [String] = [""]
        var attributeKeys: [UInt8] = []
        var attributeValues: [String] = []
        var attributeStarts: [Int32] = [0]
        var classAndIDs: [String] = [""]

        init(capacity: Int) {
            names.reserveCapacity(capacity)
            texts.reserveCapacity(capacity)
            attributeStarts.reserveCapacity(capacity)
            attributeKeys.reserveCapacity(capacity)
            attributeValues.reserveCapacity(capacity)
            classAndIDs.reserveCapacity(capacity)
        }

        /// A text node.
        mutating func appendText(_ text: String) {
            names.append("#text")
            texts.append(text)
            attributeStarts.append(Int32(attributeKeys.count))
            classAndIDs.append("")
        }

        /// An element whose attributes were appended to `attributeKeys` and `attributeValues` since
        /// `attributesStart`.
        mutating func appendElement(name: String, attributesStart: Int32) {
            names.append(name)
            texts.append("")
            attributeStarts.append(attributesStart)
            var classAndID = ""
            for index in Int(attributesStart)..<attributeKeys.count
            where attributeKeys[index] == HTMLAttribute.className.key || attributeKeys[index] == HTMLAttribute.id.key {
                if classAndID.isEmpty {
                    classAndID = attributeValues[index]
                } else {
                    classAndID += " " + attributeValues[index]
                }
            }
            // Most class names are lower-case ASCII already; lower-casing would only copy them.
            let isLowerASCII = classAndID.withBytes { bytes in
                !bytes.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }
            }
            classAndIDs.append(isLowerASCII ? classAndID : classAndID.lowercased())
        }
    }

    static let root = 0
    static let link = HTMLTag("a")
    /// How deep elements nest at most: elements opened below an element this deep are attached to it, one after
    /// another, instead of nested further. The convention of Blink's HTML parser (`kMaximumHTMLParserDOMTreeDepth`,
    /// 512); no page a person reads nests this deep, while a rule that looks at a node's ancestors then costs at most
    /// this many steps, however deep a page nests its markup.
    static let maximumDepth = 512
    /// Set by the parse (`HTMLTreeParser.swift`) and the edits below.
    var nodes: [Node]
    var content = Content(ContentBuilder(capacity: 1))
    /// Text length and link share of each node's subtree, parallel to `nodes`; edits mark the summaries of the
    /// edited node's ancestors stale, and readers fold stale ones from their children's.
    var summaries: [HTMLTextSummary]

    init() {
        nodes = [Node(tag: .root)]
        summaries = [HTMLTextSummary()]
    }

    subscript(index: Int) -> Node { nodes[index] }

    // MARK: Editing

    /// Makes the node storage this copy's own, with room for a quarter more nodes.
    mutating func reserveForEdits() {
        let capacity = nodes.count + nodes.count / 4 + 16
        nodes.reserveCapacity(capacity)
        summaries.reserveCapacity(capacity)
    }

    /// Adds a new, empty element called `name` (one `HTMLTag` knows) as the last child of `parent`.
    @discardableResult
    mutating func appendElement(_ name: String, to parent: Int) -> Int {
        append(Node(tag: HTMLTag(name)), to: parent, text: "")
    }

    /// Adds `node` as the last child of `parent`; `text` is a text node's characters, for its summary.
    @discardableResult
    mutating func append(_ node: Node, to parent: Int, text: String) -> Int {
        let index = nodes.count
        summaries.append(node.isText ? HTMLTextSummary(text: text) : HTMLTextSummary())
        nodes.append(node)
        link(index, to: parent, after: nodes[parent].lastChild)
        return index
    }

    /// Inserts `child` (already unlinked) under `parent` right after `previous` (`-1`: as first child).
    private mutating func link(_ child: Int, to parent: Int, after previous: Int) {
        markStale(from: parent)
        let next = previous >= 0 ? nodes[previous].next : nodes[parent].firstChild
        nodes[child].parent = parent
        nodes[child].previous = previous
        nodes[child].next = next
        if previous >= 0 { nodes[previous].next = child } else { nodes[parent].firstChild = child }
        if next >= 0 { nodes[next].previous = child } else { nodes[parent].lastChild = child }
    }

    mutating func remove(_ index: Int) {
        let node = nodes[index]
        guard node.parent >= 0 else { return }
        markStale(from: node.parent)
        if node.previous >= 0 {
            nodes[node.previous].next = node.next
        } else {
            nodes[node.parent].firstChild = node.next
        }
        if node.next >= 0 {
            nodes[node.next].previous = node.previous
        } else {
            nodes[node.parent].lastChild = node.previous
        }
        nodes[index].parent = -1
        nodes[index].previous = -1
        nodes[index].next = -1
    }

    /// Renames an element to `name`, which `HTMLTag` must know.
    mutating func rename(_ index: Int, to name: String) {
        nodes[index].tag = HTMLTag(name)
        precondition(nodes[index].tag != .other, "\(name) needs a number in HTMLTag.knownNames")
    }

    /// Puts a new element called `name` where `child` was and moves `child` into it.
    @discardableResult
    mutating func wrap(_ child: Int, in name: String) -> Int {
        let parent = nodes[child].parent
        let previous = nodes[child].previous
        remove(child)
        let wrapper = nodes.count
        nodes.append(Node(tag: HTMLTag(name)))
        summaries.append(HTMLTextSummary())
        link(wrapper, to: parent, after: previous)
        link(child, to: wrapper, after: -1)
        return wrapper
    }

    /// Moves `child` (wherever it is) to the end of `parent`'s children.
    mutating func move(_ child: Int, toEndOf parent: Int) {
        remove(child)
        link(child, to: parent, after: nodes[parent].lastChild)
    }

    /// Replaces `index` by its children, in place.
    mutating func unwrap(_ index: Int) {
        let parent = nodes[index].parent
        guard parent >= 0 else { return }
        var anchor = index
        var child = nodes[index].firstChild
        while child >= 0 {
            let next = nodes[child].next
            remove(child)
            link(child, to: parent, after: anchor)
            anchor = child
            child = next
        }
        remove(index)
    }

    // MARK: Reading

    /// Lower-case tag name; `#text` for text and `#root` for the document.
    func name(of index: Int) -> String {
        let tag = nodes[index].tag
        if tag != .other { return tag.name }
        return index < content.names.count ? content.names[index] : ""
    }

    /// The characters of a text node; empty for elements.
    func text(of index: Int) -> String {
        index < content.texts.count ? content.texts[index] : ""
    }

    func attribute(_ attribute: HTMLAttribute, of index: Int) -> String? {
        let starts = content.attributeStarts
        guard index + 1 < starts.count else { return nil }
        let key = attribute.key
        for position in Int(starts[index])..<Int(starts[index + 1]) where content.attributeKeys[position] == key {
            return content.attributeValues[position]
        }
        return nil
    }

    /// `class` and `id` together, lower-cased: what the content hints are matched against.
    func classAndID(of index: Int) -> String {
        index < content.classAndIDs.count ? content.classAndIDs[index] : ""
    }

    func children(of index: Int) -> HTMLChildren {
        HTMLChildren(tree: self, cursor: nodes[index].firstChild)
    }

    func elementChildren(of index: Int) -> [Int] {
        children(of: index).filter { !nodes[$0].isText }
    }

    /// The node after `index` in document order inside the subtree of `scope`, skipping `index`'s own
    /// descendants when `descend` is false; `-1` at the end.
    func following(_ index: Int, within scope: Int, descend: Bool = true) -> Int {
        if descend, nodes[index].firstChild >= 0 { return nodes[index].firstChild }
        var current = index
        while current != scope, current >= 0 {
            if nodes[current].next >= 0 { return nodes[current].next }
            current = nodes[current].parent
        }
        return -1
    }

    /// Calls `visit` on every node below `scope` in document order; `visit` returns whether to enter the node.
    func walk(below scope: Int, _ visit: (Int) -> Bool) {
        var current = nodes[scope].firstChild
        while current >= 0 {
            let enter = visit(current)
            current = following(current, within: scope, descend: enter)
        }
    }

    /// The nodes below `scope`, each after all its descendants, siblings in document order: an order in which
    /// values folded from children are ready when their parent is reached.
    func postorder(below scope: Int) -> [Int] {
        var result: [Int] = []
        func firstLeaf(_ node: Int) -> Int {
            var node = node
            while nodes[node].firstChild >= 0 { node = nodes[node].firstChild }
            return node
        }
        guard nodes[scope].firstChild >= 0 else { return result }
        var node = firstLeaf(nodes[scope].firstChild)
        while node != scope {
            result.append(node)
            node = nodes[node].next >= 0 ? firstLeaf(nodes[node].next) : nodes[node].parent
        }
        return result
    }

    func descendants(of scope: Int, named names: HTMLTagSet) -> [Int] {
        var result: [Int] = []
        walk(below: scope) { index in
            if names.contains(nodes[index].tag) { result.append(index) }
            return true
        }
        return result
    }

    func isAttached(_ index: Int) -> Bool {
        var current = index
        while current != HTMLTree.root {
            current = nodes[current].parent
            if current < 0 { return false }
        }
        return true
    }

    func hasAncestor(_ index: Int, named name: String, maxDepth: Int = .max) -> Bool {
        var current = nodes[index].parent
        var depth = 0
        while current > HTMLTree.root, depth < maxDepth {
            if self.name(of: current) == name { return true }
            current = nodes[current].parent
            depth += 1
        }
        return false
    }

    /// All text below `index`, in document order, as written.
    func textContent(of index: Int) -> String {
        if nodes[index].isText { return text(of: index) }
        var result = ""
        walk(below: index) { node in
            if nodes[node].isText { result += text(of: node) }
            return true
        }
        return result
    }

    /// The first element of the document called `name`, or `-1`.
    func first(named name: String, below scope: Int = HTMLTree.root) -> Int {
        let tag = HTMLTag(name)
        var found = -1
        var current = nodes[scope].firstChild
        while current >= 0 {
            if nodes[current].tag == tag, self.name(of: current) == name {
                found = current
                break
            }
            current = following(current, within: scope)
        }
        return found
    }
}

/// The children of one node, in order, as a sequence of indices.
struct HTMLChildren: Sequence, IteratorProtocol {
    let tree: HTMLTree
    var cursor: Int

    mutating func next() -> Int? {
        guard cursor >= 0 else { return nil }
        defer { cursor = tree.nodes[cursor].next }
        return cursor
    }
}
