/// The first step of `HTMLContentFinder`: unlikely boxes dropped, phrasing runs wrapped into paragraphs, and the
/// paragraphs that will score their ancestors collected.
extension HTMLContentFinder {
    /// One pass in document order removes hidden and unlikely boxes, turns text-only `<div>`s into paragraphs and
    /// collects the elements whose text will be scored.
    mutating func prepareAndCollectParagraphs() throws(Rejection) -> [Int] {
        var paragraphs: [Int] = []
        var removeTitleHeader = title != nil
        var removedByline = false
        var node = tree.following(HTMLTree.root, within: HTMLTree.root)
        var step = 0
        while node >= 0 {
            step += 1
            try budget.check(atStep: step)
            if tree[node].isText {
                node = tree.following(node, within: HTMLTree.root)
                continue
            }
            let tag = tree[node].tag
            let match = tree.classAndID(of: node)
            if shouldDrop(node, tag: tag, match: match) {
                node = removeAndFollow(node)
                continue
            }
            if !removedByline && isByline(node, match: match) {
                removedByline = true
                node = removeAndFollow(node)
                continue
            }
            if removeTitleHeader && headerDuplicatesTitle(node) {
                removeTitleHeader = false
                node = removeAndFollow(node)
                continue
            }
            if HTMLContentHints.scored.contains(tree[node].tag) { paragraphs.append(node) }
            if tag == tags.div {
                wrapPhrasingRuns(in: node)
                let children = tree.elementChildren(of: node)
                if children.count == 1, tree[children[0]].tag == tags.p, !hasOwnText(node),
                    tree.linkDensity(of: node) < 0.25
                {
                    let paragraph = children[0]
                    tree.unwrap(node)
                    paragraphs.append(paragraph)
                    node = paragraph
                } else if !containsBlock(node) {
                    tree.rename(node, to: "p")
                    paragraphs.append(node)
                }
            }
            node = tree.following(node, within: HTMLTree.root)
        }
        return paragraphs
    }

    private func shouldDrop(_ node: Int, tag: HTMLTag, match: String) -> Bool {
        if HTMLContentHints.alwaysDropped.contains(tree[node].tag) { return true }
        if !isProbablyVisible(node) { return true }
        if tree.attribute(.ariaModal, of: node) == "true" && tree.attribute(.role, of: node) == "dialog" {
            return true
        }
        if HTMLContentHints.furniture.contains(tree[node].tag) && !holdsWholeArticle(node) { return true }
        if rules.contains(.stripUnlikely) {
            if HTMLContentHints.matches(HTMLContentHints.unlikely, in: match),
                !HTMLContentHints.matches(HTMLContentHints.okMaybe, in: match),
                !parsed.isInTable(node), !parsed.isInCode(node),
                tag != tags.body, tag != tags.a, tag != tags.html, tag != tags.article, tag != tags.main,
                !HTMLContentHints.contains(tree.attribute(.itemprop, of: node)?.lowercased() ?? "", "articlebody")
            {
                return true
            }
            if let role = tree.attribute(.role, of: node), HTMLContentHints.unlikelyRoles.contains(role) {
                return true
            }
            if isAuthorBox(node, tag: tag, match: match) { return true }
        }
        if Self.emptiable.contains(tree[node].tag) && isWithoutContent(node) { return true }
        return false
    }

    /// A box that carries a `<nav>`/`<header>`/... tag but clearly holds running text (several long paragraphs); a
    /// `<form>`, which some site builders wrap around the whole page, needs only one.
    private func holdsWholeArticle(_ node: Int) -> Bool {
        parsed.longParagraphs(below: node) >= (tree[node].tag == tags.form ? 1 : 3)
    }

    /// The box about the writer that blogs and magazines put under a post (a photo, a name, a few lines of
    /// biography): its class or id, or its schema.org `itemprop`, names the author, and it holds more than a byline
    /// (which `isByline` takes, under 100 characters); a box named so by its class only, not running text too. The
    /// page's own frame is never one, whatever its classes (some themes mark `<body>` with the author's name).
    private func isAuthorBox(_ node: Int, tag: HTMLTag, match: String) -> Bool {
        guard tag != tags.body, tag != tags.html, tag != tags.article, tag != tags.main else { return false }
        guard tree.textLength(of: node) >= 100 else { return false }
        // The schema.org property marks a person, however long the biography; a class word may be a page's frame.
        if HTMLContentHints.contains(tree.attribute(.itemprop, of: node)?.lowercased() ?? "", "author") { return true }
        return HTMLContentHints.contains(match, "author") && !holdsWholeArticle(node)
    }

    private func isProbablyVisible(_ node: Int) -> Bool {
        if let style = tree.attribute(.style, of: node), HTMLContentHints.styleHides(style) { return false }
        if tree.attribute(.hidden, of: node) != nil { return false }
        if tree.attribute(.ariaHidden, of: node) == "true",
            !HTMLContentHints.contains((tree.attribute(.className, of: node) ?? ""), "fallback-image")
        {
            return false
        }
        return true
    }

    private func isByline(_ node: Int, match: String) -> Bool {
        let rel = tree.attribute(.rel, of: node) ?? ""
        let itemprop = tree.attribute(.itemprop, of: node) ?? ""
        guard
            rel == "author" || HTMLContentHints.contains(itemprop, "author")
                || HTMLContentHints.matches(HTMLContentHints.byline, in: match)
        else { return false }
        let length = tree.textLength(of: node)
        return length > 0 && length < 100
    }

    /// A heading several times the title's length is not the title again, whatever its words (as
    /// `HTMLExtractor.withoutLeadingTitle` has it): headings nested in one another are then not each read whole.
    private func headerDuplicatesTitle(_ node: Int) -> Bool {
        guard let title, tree[node].tag == tags.h1 || tree[node].tag == tags.h2 else { return false }
        guard (1...(3 * title.utf8.count + 64)).contains(tree.textLength(of: node)) else { return false }
        return HTMLTitleSimilarity.similarity(title, tree.innerText(of: node)) > 0.75
    }

    private func isWithoutContent(_ node: Int) -> Bool {
        for child in tree.children(of: node) {
            if tree[child].isText {
                if tree.text(of: child).unicodeScalars.contains(where: { !HTMLTree.isSpace($0) }) { return false }
            } else if tree[child].tag != tags.br && tree[child].tag != tags.hr {
                return false
            }
        }
        return true
    }

    private func hasOwnText(_ node: Int) -> Bool {
        tree.children(of: node).contains { child in
            tree[child].isText && tree.text(of: child).unicodeScalars.contains(where: { !HTMLTree.isSpace($0) })
        }
    }

    private func containsBlock(_ node: Int) -> Bool {
        var found = false
        tree.walk(below: node) { child in
            if HTMLContentHints.blockInDiv.contains(tree[child].tag) { found = true }
            return !found
        }
        return found
    }

    /// Text and inline elements; `<a>`, `<del>` and `<ins>` when all they hold is, looked at without recursion.
    private func isPhrasing(_ node: Int) -> Bool {
        func kind(_ node: Int) -> (phrasing: Bool, container: Bool) {
            let tag = tree[node].tag
            if tree[node].isText || HTMLContentHints.phrasing.contains(tag) { return (true, false) }
            let isContainer = tag == tags.a || tag == tags.del || tag == tags.ins
            return (isContainer, isContainer)
        }
        guard kind(node).container else { return kind(node).phrasing }
        var containers = [node]
        while let container = containers.popLast() {
            for child in tree.children(of: container) {
                let (phrasing, isContainer) = kind(child)
                guard phrasing else { return false }
                if isContainer { containers.append(child) }
            }
        }
        return true
    }

    private func isWhitespace(_ node: Int) -> Bool {
        if tree[node].isText { return !tree.text(of: node).unicodeScalars.contains(where: { !HTMLTree.isSpace($0) }) }
        return tree[node].tag == tags.br
    }

    /// Inline runs inside a `<div>` that also holds blocks become paragraphs of their own.
    private mutating func wrapPhrasingRuns(in div: Int) {
        var paragraph = -1
        var child = tree[div].firstChild
        while child >= 0 {
            let next = tree[child].next
            if isPhrasing(child) {
                if paragraph >= 0 {
                    tree.move(child, toEndOf: paragraph)
                } else if !isWhitespace(child) {
                    paragraph = tree.wrap(child, in: "p")
                }
            } else if paragraph >= 0 {
                trimTrailingWhitespace(of: paragraph)
                paragraph = -1
            }
            child = next
        }
        if paragraph >= 0 { trimTrailingWhitespace(of: paragraph) }
    }

    private mutating func trimTrailingWhitespace(of node: Int) {
        while tree[node].lastChild >= 0, isWhitespace(tree[node].lastChild) { tree.remove(tree[node].lastChild) }
    }

    private mutating func removeAndFollow(_ node: Int) -> Int {
        let next = tree.following(node, within: HTMLTree.root, descend: false)
        tree.remove(node)
        return next
    }
}
