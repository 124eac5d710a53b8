import WiredeskText

/// Turns the article's subtree into text: one paragraph per block element, whitespace inside a paragraph collapsed,
/// `<br>` a line break, `<pre>` lines kept, a table row one line with its cells apart; photo credits, teaser lines
/// and paragraphs copied from elsewhere on the page left out.
enum HTMLTextRenderer {
    /// A spent `budget` stops the walk (`Rejection.overBudget`).
    static func paragraphs(of tree: HTMLTree, below root: Int, budget: ExtractionBudget = .unlimited) throws(Rejection)
        -> [String]
    {
        var writer = ParagraphWriter()
        var preformatted = 0
        var stack: [(node: Int, leaving: Bool)] = [(root, false)]
        var step = 0
        while let (node, leaving) = stack.popLast() {
            step += 1
            try budget.check(atStep: step)
            let element = tree[node]
            if element.isText {
                writer.add(tree.text(of: node), preformatted: preformatted > 0)
                continue
            }
            // The cells of a row are one line, as a table reads across: a row of figures or of days of the week
            // stays together, and cells repeating a value ("Rest", "30 min") are not taken for repeated paragraphs.
            let isCell = HTMLContentHints.cells.contains(element.tag)
            let isBlock = !isCell && HTMLContentHints.block.contains(element.tag)
            if leaving {
                if tree.name(of: node) == "pre" { preformatted -= 1 }
                if isBlock {
                    writer.endParagraph()
                    writer.container = element.parent
                }
                continue
            }
            if HTMLContentHints.alwaysDropped.contains(element.tag) || isPhotoCredit(node, in: tree) { continue }
            if tree.name(of: node) == "br" {
                writer.lineBreak()
                continue
            }
            if isBlock {
                writer.endParagraph()
                writer.container = element.parent
            }
            if isCell { writer.separateCell() }
            if tree.name(of: node) == "pre" { preformatted += 1 }
            stack.append((node, true))
            var child = element.lastChild
            while child >= 0 {
                stack.append((child, false))
                child = tree[child].previous
            }
        }
        writer.endParagraph()
        return withoutFurniture(writer.paragraphs, containers: sectionsOfOneKind(writer.containers, in: tree))
    }

    /// A credit or copyright line inside a figure ("Photo: Reuters", "Credit: ...").
    private static func isPhotoCredit(_ node: Int, in tree: HTMLTree) -> Bool {
        let match = tree.classAndID(of: node)
        guard HTMLContentHints.matches(HTMLContentHints.credit, in: match) else { return false }
        return tree.name(of: node) == "figcaption" || tree.hasAncestor(node, named: "figure", maxDepth: 6)
    }

    /// Each container as the first of its kind among its siblings (same tag, class and id): the sections a text is
    /// cut into (`<div>` after `<div>`, `<section class="chapter">` after another) count as one box, while a
    /// standfirst, a pull quote or a copy for small screens, each named for what it is, stay boxes of their own.
    private static func sectionsOfOneKind(_ containers: [Int], in tree: HTMLTree) -> [Int] {
        var first: [String: Int] = [:]
        return containers.map { container in
            guard container > HTMLTree.root else { return container }
            let key = "\(tree[container].parent) \(tree.name(of: container)) \(tree.classAndID(of: container))"
            if let found = first[key] { return found }
            first[key] = container
            return container
        }
    }

    /// Drops teaser lines and paragraphs already given. With `containers` (the element each paragraph's block sits
    /// in), a paragraph repeated among the blocks of one element is kept: a refrain, a chorus, a line of verse said
    /// again belong to the text, while a copy in another box (a standfirst shown again as the lead, a second
    /// rendering of a block for small screens) is furniture.
    static func withoutFurniture(_ paragraphs: [String], containers: [Int]? = nil) -> [String] {
        // Keyed by a hash of the UTF-8 bytes: `String`'s own hashing normalises Unicode first, which costs more
        // than the rest of the rendering; equal keys are then compared as strings. Each distinct text keeps the
        // set of elements it was seen in, so a text repeated many times costs one look-up each.
        var seen: [UInt64: [(text: String, containers: Set<Int>)]] = [:]
        var kept: [String] = []
        for (index, paragraph) in paragraphs.enumerated() where !isTeaser(paragraph) {
            let key = byteHash(paragraph)
            let container = containers.map { $0[index] } ?? -1
            if let found = seen[key]?.firstIndex(where: { $0.text == paragraph }) {
                guard containers != nil, seen[key]![found].containers.contains(container) else {
                    seen[key]![found].containers.insert(container)
                    continue
                }
            } else {
                seen[key, default: []].append((paragraph, [container]))
            }
            kept.append(paragraph)
        }
        return kept
    }

    /// FNV-1a over the UTF-8 bytes.
    private static func byteHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    static func isTeaser(_ paragraph: String) -> Bool {
        // Most paragraphs start with an ASCII character no prefix starts with.
        if let first = paragraph.utf8.first, first < 0x80, !teaserFirstBytes.contains(first | 0x20) { return false }
        // The prefixes are short: lower-casing the paragraph's head and counting its characters only when one
        // matches spares both on every long paragraph.
        let head = String(paragraph.prefix(teaserHeadLength)).lowercased()
        guard HTMLContentHints.teaserPrefixes.contains(where: head.hasPrefix) else { return false }
        return paragraph.count <= HTMLContentHints.teaserMaximumLength
    }

    /// The first bytes of the teaser prefixes (lower-case letters, or the lead byte of one past ASCII).
    static let teaserFirstBytes = Set(HTMLContentHints.teaserPrefixes.compactMap(\.utf8.first))

    /// Characters of a paragraph compared with the teaser prefixes: more than the longest of them.
    static let teaserHeadLength = (HTMLContentHints.teaserPrefixes.map(\.count).max() ?? 0) + 8
}

/// Accumulates text into paragraphs, collapsing whitespace as it goes, on UTF-8 bytes: runs of other characters are
/// copied whole.
private struct ParagraphWriter {
    var paragraphs: [String] = []
    /// The element holding each paragraph's block, as `withoutFurniture` compares them.
    var containers: [Int] = []
    /// The element the text now written sits in, as the renderer sets it on entering and leaving blocks.
    var container = -1
    private var currentContainer = -1
    private var current: [UInt8] = []
    private var pendingSpace = false
    /// A table cell began: the next text, if the line holds some already, is set apart by a bar.
    private var pendingCell = false

    mutating func add(_ text: String, preformatted: Bool) {
        text.withBytes { utf8 in
            var offset = 0
            while offset < utf8.count {
                if preformatted && utf8[offset] == 0x0A {
                    lineBreak()
                    offset += 1
                    continue
                }
                let space = HTMLTree.spaceLength(utf8, at: offset)
                if space > 0 {
                    pendingSpace = true
                    offset += space
                    continue
                }
                let start = offset
                repeat {
                    offset += HTMLTree.scalarLength(lead: utf8[offset])
                } while offset < utf8.count && HTMLTree.spaceLength(utf8, at: offset) == 0
                if pendingCell, let last = current.last, last != 0x0A {
                    current.append(contentsOf: [0x20, 0x7C, 0x20])
                } else if pendingSpace, let last = current.last, last != 0x0A {
                    current.append(0x20)
                }
                pendingSpace = false
                pendingCell = false
                if current.isEmpty { currentContainer = container }
                current.append(contentsOf: utf8.view(start..<min(offset, utf8.count)))
            }
        }
    }

    /// A table cell: its text goes on the row's line, after a bar when the row holds text already.
    mutating func separateCell() {
        pendingCell = true
    }

    /// A `<br>`; two in a row end the paragraph, as pages use them to separate paragraphs.
    mutating func lineBreak() {
        pendingSpace = false
        pendingCell = false
        guard let last = current.last else { return }
        if last == 0x0A {
            endParagraph()
        } else {
            current.append(0x0A)
        }
    }

    mutating func endParagraph() {
        while let last = current.last, last == 0x0A || last == 0x20 { current.removeLast() }
        if !current.isEmpty {
            paragraphs.append(String(decoding: current, as: UTF8.self))
            containers.append(currentContainer)
        }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingCell = false
    }
}
