/// Turns the article's subtree into text: one paragraph per block element, whitespace inside a paragraph collapsed,
/// `<br>` a line break, `<pre>` lines kept; photo credits, teaser lines and repeated paragraphs left out.
enum HTMLTextRenderer {
    static func paragraphs(of tree: HTMLTree, below root: Int) -> [String] {
        var writer = ParagraphWriter()
        var preformatted = 0
        var stack: [(node: Int, leaving: Bool)] = [(root, false)]
        while let (node, leaving) = stack.popLast() {
            let element = tree[node]
            if element.isText {
                writer.add(element.text, preformatted: preformatted > 0)
                continue
            }
            let isBlock = HTMLContentHints.block.contains(element.tag)
            if leaving {
                if element.name == "pre" { preformatted -= 1 }
                if isBlock { writer.endParagraph() }
                continue
            }
            if HTMLContentHints.alwaysDropped.contains(element.tag) || isPhotoCredit(node, in: tree) { continue }
            if element.name == "br" {
                writer.lineBreak()
                continue
            }
            if isBlock { writer.endParagraph() }
            if element.name == "pre" { preformatted += 1 }
            stack.append((node, true))
            var child = element.lastChild
            while child >= 0 {
                stack.append((child, false))
                child = tree[child].previous
            }
        }
        writer.endParagraph()
        return withoutFurniture(writer.paragraphs)
    }

    /// A credit or copyright line inside a figure ("Photo: Reuters", "Credit: ...").
    private static func isPhotoCredit(_ node: Int, in tree: HTMLTree) -> Bool {
        let match = tree.classAndID(of: node)
        guard HTMLContentHints.matches(HTMLContentHints.credit, in: match) else { return false }
        return tree[node].name == "figcaption" || tree.hasAncestor(node, named: "figure", maxDepth: 6)
    }

    /// Drops teaser lines and any paragraph already given.
    static func withoutFurniture(_ paragraphs: [String]) -> [String] {
        var seen: Set<String> = []
        return paragraphs.filter { paragraph in
            if isTeaser(paragraph) { return false }
            return seen.insert(paragraph).inserted
        }
    }

    static func isTeaser(_ paragraph: String) -> Bool {
        guard paragraph.count <= HTMLContentHints.teaserMaximumLength else { return false }
        let lowered = paragraph.lowercased()
        return HTMLContentHints.teaserPrefixes.contains(where: lowered.hasPrefix)
    }
}

/// Accumulates text into paragraphs, collapsing whitespace as it goes.
private struct ParagraphWriter {
    var paragraphs: [String] = []
    private var current = String.UnicodeScalarView()
    private var pendingSpace = false

    mutating func add(_ text: String, preformatted: Bool) {
        for scalar in text.unicodeScalars {
            if preformatted && scalar == "\n" {
                lineBreak()
            } else if HTMLTree.isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace, let last = current.last, last != "\n" { current.append(" ") }
                pendingSpace = false
                current.append(scalar)
            }
        }
    }

    /// A `<br>`; two in a row end the paragraph, as pages use them to separate paragraphs.
    mutating func lineBreak() {
        pendingSpace = false
        guard let last = current.last else { return }
        if last == "\n" {
            endParagraph()
        } else {
            current.append("\n")
        }
    }

    mutating func endParagraph() {
        while let last = current.last, last == "\n" || last == " " { current.removeLast() }
        if !current.isEmpty { paragraphs.append(String(current)) }
        current = String.UnicodeScalarView()
        pendingSpace = false
    }
}
