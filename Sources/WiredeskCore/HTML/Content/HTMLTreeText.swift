import WiredeskText

/// Text measurements of a subtree, as the content scoring needs them: visible length with whitespace runs counted
/// once, share of it inside links, commas.
extension HTMLTree {
    /// The text below `index` with runs of whitespace collapsed to one space, trimmed; with `spacingElements`, text
    /// nodes are kept apart by a space too (date boxes write `Mai<span>06</span>2018`).
    func innerText(of index: Int, spacingElements: Bool = false) -> String {
        var bytes: [UInt8] = []
        var pendingSpace = false
        // Works on UTF-8 bytes, copying runs of non-space characters whole: scalar by scalar, appending to a
        // `String` cost more than all the scoring that reads these texts.
        func add(_ text: String) {
            text.withBytes { utf8 in
                var offset = 0
                while offset < utf8.count {
                    let space = HTMLTree.spaceLength(utf8, at: offset)
                    if space > 0 {
                        pendingSpace = !bytes.isEmpty
                        offset += space
                        continue
                    }
                    let start = offset
                    repeat {
                        offset += HTMLTree.scalarLength(lead: utf8[offset])
                    } while offset < utf8.count && HTMLTree.spaceLength(utf8, at: offset) == 0
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(contentsOf: utf8.view(start..<min(offset, utf8.count)))
                }
            }
        }
        if nodes[index].isText {
            add(text(of: index))
        } else {
            walk(below: index) { node in
                if nodes[node].isText {
                    add(text(of: node))
                    if spacingElements { pendingSpace = !bytes.isEmpty }
                }
                return true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Length in UTF-16 units of `innerText(of:)`, from the node's summary.
    func textLength(of index: Int) -> Int {
        summary(of: index).length
    }

    /// The summary of `index`'s subtree: the stored one, or, when an edit below made it stale, one folded from the
    /// summaries of its children (descending only into stale ones), without recursion.
    func summary(of index: Int) -> HTMLTextSummary {
        guard summaries[index].isStale else { return summaries[index] }
        var result = HTMLTextSummary()
        foldStale(index) { _, summary in result = summary }
        return result
    }

    /// Brings every stale summary up to date, after a batch of edits and before many reads.
    mutating func refreshTextSummaries() {
        guard summaries[HTMLTree.root].isStale else { return }
        var folded: [(Int, HTMLTextSummary)] = []
        foldStale(HTMLTree.root) { node, summary in folded.append((node, summary)) }
        for (node, summary) in folded { summaries[node] = summary }
    }

    /// Folds the stale node `index` from its children's summaries, and stale children first in the same way; calls
    /// `folded` with each stale node and its new summary, children before parents.
    private func foldStale(_ index: Int, _ folded: (Int, HTMLTextSummary) -> Void) {
        var frames = [(node: index, child: nodes[index].firstChild, summary: HTMLTextSummary(clean: ()))]
        while !frames.isEmpty {
            let top = frames.count - 1
            let child = frames[top].child
            if child >= 0 {
                frames[top].child = nodes[child].next
                if summaries[child].isStale {
                    frames.append((child, nodes[child].firstChild, HTMLTextSummary(clean: ())))
                } else {
                    frames[top].summary.append(summaries[child])
                }
                continue
            }
            var (node, _, summary) = frames.removeLast()
            if nodes[node].tag == HTMLTree.link { summary.linked = Double(summary.length) * linkWeight(of: node) }
            folded(node, summary)
            if let parent = frames.indices.last { frames[parent].summary.append(summary) }
        }
    }

    /// Summaries of the nodes just copied from libxml2, where every child comes after its parent: one pass from the
    /// last node to the first.
    mutating func summarizeCopiedNodes() {
        for index in nodes.indices.reversed() where summaries[index].isStale {
            summaries[index] = fold(index) { summaries[$0] }
        }
    }

    /// Sets the summary of `index` from its children's, which must be up to date (as after a pass that reaches each
    /// node after its children: `postorder(below:)`), and returns it.
    @discardableResult
    mutating func resummarize(_ index: Int) -> HTMLTextSummary {
        let summary = nodes[index].isText ? summaries[index] : fold(index) { summaries[$0] }
        summaries[index] = summary
        return summary
    }

    /// Marks the summaries of `index` and its ancestors stale; a stale node's ancestors already are.
    mutating func markStale(from index: Int) {
        var current = index
        while current >= 0, !summaries[current].isStale {
            summaries[current].isStale = true
            current = nodes[current].parent
        }
    }

    /// The summary of an element from those of its children.
    private func fold(_ index: Int, children summary: (Int) -> HTMLTextSummary) -> HTMLTextSummary {
        var result = HTMLTextSummary(clean: ())
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(summary(child))
            child = nodes[child].next
        }
        if nodes[index].tag == HTMLTree.link { result.linked = Double(result.length) * linkWeight(of: index) }
        return result
    }

    /// In-page anchors (`href="#..."`) count for less, since tables of contents and footnote marks are part of an
    /// article.
    private func linkWeight(of index: Int) -> Double {
        attribute(.href, of: index)?.hasPrefix("#") == true ? 0.3 : 1
    }

    /// Bytes of the UTF-8 sequence that `lead` starts (1 for a stray continuation byte, so scans always advance).
    @inline(__always)
    static func scalarLength(lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Bytes of the space character (as `isSpace` defines them) at `offset` of `utf8`, or 0 when none starts there.
    @inline(__always)
    static func spaceLength(_ utf8: ByteView, at offset: Int) -> Int {
        let byte = utf8[offset]
        if byte < 0x80 {
            return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D ? 1 : 0
        }
        guard byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF else { return 0 }
        guard offset + 1 < utf8.count else { return 0 }
        let second = utf8[offset + 1]
        if byte == 0xC2 { return second == 0xA0 ? 2 : 0 }
        guard offset + 2 < utf8.count else { return 0 }
        let third = utf8[offset + 2]
        switch (byte, second) {
        case (0xE2, 0x80): return third <= 0x8A || third == 0xAF ? 3 : 0  // U+2000...U+200A, U+202F
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        case (0xEF, 0xBB): return third == 0xBF ? 3 : 0  // U+FEFF
        default: return 0
        }
    }

    /// Share of the text that sits inside links; in-page anchors (`href="#..."`) count for less, since tables of
    /// contents and footnote marks are part of an article.
    func linkDensity(of index: Int) -> Double {
        let summary = summary(of: index)
        guard summary.length > 0 else { return 0 }
        var linked = summary.linked
        if name(of: index) == "a" {
            // Only links inside the node count, not the node itself.
            linked = 0
            var child = nodes[index].firstChild
            while child >= 0 {
                linked += self.summary(of: child).linked
                child = nodes[child].next
            }
        }
        return linked / Double(summary.length)
    }

    /// `text` trimmed, with inner runs of whitespace collapsed to one space.
    static func collapsingSpaces(_ text: String) -> String {
        return text.withBytes { utf8 in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var offset = 0
            var pendingSpace = false
            while offset < utf8.count {
                let space = spaceLength(utf8, at: offset)
                if space > 0 {
                    pendingSpace = !bytes.isEmpty
                    offset += space
                    continue
                }
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                let end = offset + scalarLength(lead: utf8[offset])
                bytes.append(contentsOf: utf8.view(offset..<min(end, utf8.count)))
                offset = end
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar.value)
    }

    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Commas, including the Arabic, CJK and full-width ones, which separate clauses as the ASCII comma does.
    static func commaCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in isComma(scalar.value) ? count + 1 : count }
    }

    @inline(__always)
    static func isComma(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2C, 0x060C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001: true
        default: false
        }
    }
}

/// What the content scoring needs to know of a subtree's text, combinable from its children's: the length of its
/// text with whitespace runs counted once and trimmed (in UTF-16 units), whether whitespace borders it, and how much
/// of it sits in links.
struct HTMLTextSummary {
    var length = 0
    /// Whitespace before the first other character; for a subtree without other characters, any whitespace.
    var leadingSpace = false
    /// Whitespace after the last other character; for a subtree without other characters, any whitespace.
    var trailingSpace = false
    /// Length inside links, weighted.
    var linked = 0.0
    /// Commas, as `HTMLTree.commaCount` counts them.
    var commas = 0
    /// Set when an edit below the node changed its subtree; the fields are then out of date.
    var isStale = true

    /// An element's summary before anything is known of its children.
    init() {}

    /// The summary of nothing, up to date.
    init(clean: Void) {
        isStale = false
    }

    init(text: String) {
        isStale = false
        text.withBytes { utf8 in
            var offset = 0
            var pendingSpace = false
            while offset < utf8.count {
                let lead = utf8[offset]
                // Most text is ASCII letters: no space, no comma, one unit.
                if lead > 0x2C && lead < 0x80 {
                    if pendingSpace && length > 0 { length += 1 }
                    pendingSpace = false
                    length += 1
                    offset += 1
                    continue
                }
                var scalar = UInt32(lead)
                var size = 1
                if lead >= 0xC0 {
                    size = HTMLTree.scalarLength(lead: lead)
                    scalar = offset + size <= utf8.count ? Self.decode(utf8, at: offset, size: size) : 0xFFFD
                }
                offset += size
                if HTMLTree.isSpace(scalar) {
                    if length == 0 { leadingSpace = true }
                    pendingSpace = true
                    continue
                }
                if pendingSpace && length > 0 { length += 1 }
                pendingSpace = false
                length += size == 4 ? 2 : 1
                if HTMLTree.isComma(scalar) { commas += 1 }
            }
            trailingSpace = pendingSpace
        }
    }

    @inline(__always)
    private static func decode(_ utf8: ByteView, at offset: Int, size: Int) -> UInt32 {
        let lead = UInt32(utf8[offset])
        switch size {
        case 2: return (lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F)
        case 3:
            return (lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F)
        default:
            return (lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12 | UInt32(utf8[offset + 2] & 0x3F) << 6
                | UInt32(utf8[offset + 3] & 0x3F)
        }
    }

    /// The summary of this text followed by `other`'s.
    mutating func append(_ other: HTMLTextSummary) {
        linked += other.linked
        commas += other.commas
        if other.length == 0 {
            trailingSpace = trailingSpace || other.leadingSpace
            if length == 0 { leadingSpace = trailingSpace }
            return
        }
        if length == 0 {
            leadingSpace = leadingSpace || other.leadingSpace
            length = other.length
            trailingSpace = other.trailingSpace
            return
        }
        length += other.length + (trailingSpace || other.leadingSpace ? 1 : 0)
        trailingSpace = other.trailingSpace
    }
}
