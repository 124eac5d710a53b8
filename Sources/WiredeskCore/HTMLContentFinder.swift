/// Finds the block of a page that holds the article, in the manner of Mozilla Readability: paragraphs score their
/// ancestors by length and commas, boxes are weighted by tag, class and id hints and discounted by link density,
/// the best box is widened to related siblings, and what is left of page furniture inside it is cleaned away.
///
/// When a pass yields too little text, the next one runs with fewer rules (unlikely boxes kept, class weights off,
/// conditional cleaning off), as a page with odd class names may otherwise lose its text.
struct HTMLContentFinder {
    struct Rules: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Rules(rawValue: 1)
        static let weightClasses = Rules(rawValue: 2)
        static let cleanConditionally = Rules(rawValue: 4)
        static let all: Rules = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    /// Boxes removed when they hold nothing but whitespace and line breaks.
    static let emptiable: HTMLTagSet = ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"]
    static let headings: HTMLTagSet = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let lists: HTMLTagSet = ["ul", "ol"]
    static let media: HTMLTagSet = ["img", "embed", "object", "iframe"]

    /// Below this many characters of text a pass is retried with fewer rules.
    static let enoughText = 500

    /// The tree (edited) and the element that now holds the article's blocks.
    struct Result {
        var tree: HTMLTree
        var article: Int
        var textLength: Int
    }

    private var tree: HTMLTree
    private let rules: Rules
    private let tags = HTMLCommonTags()
    private let title: String?
    private var scores: [Int: Double] = [:]

    /// Runs passes with fewer and fewer rules until one finds enough text; the longest result otherwise.
    static func find(in tree: HTMLTree, title: String?) -> Result {
        let passes: [Rules] = [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []]
        var best: Result?
        for rules in passes {
            var finder = HTMLContentFinder(tree: tree, rules: rules, title: title)
            let result = finder.run()
            if result.textLength >= enoughText { return result }
            if best == nil || result.textLength > best!.textLength { best = result }
        }
        return best!
    }

    private init(tree: HTMLTree, rules: Rules, title: String?) {
        self.tree = tree
        // The pass edits its own copy and adds wrappers: copied once, with room for them, rather than copied and
        // then grown.
        self.tree.reserveForEdits()
        self.rules = rules
        self.title = title
    }

    private mutating func run() -> Result {
        let paragraphs = prepareAndCollectParagraphs()
        tree.refreshTextSummaries()
        let candidates = scoreAncestors(of: paragraphs)
        let top = chooseTopCandidate(from: candidates)
        let article = gatherSiblings(of: top)
        tree.refreshTextSummaries()
        clean(article)
        return Result(tree: tree, article: article, textLength: tree.textLength(of: article))
    }

    // MARK: Preparing

    /// One pass in document order removes hidden and unlikely boxes, turns text-only `<div>`s into paragraphs and
    /// collects the elements whose text will be scored.
    private mutating func prepareAndCollectParagraphs() -> [Int] {
        var paragraphs: [Int] = []
        var removeTitleHeader = title != nil
        var removedByline = false
        var node = tree.following(HTMLTree.root, within: HTMLTree.root)
        while node >= 0 {
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
                !tree.hasAncestor(node, named: "table"), !tree.hasAncestor(node, named: "code"),
                tag != tags.body, tag != tags.a, tag != tags.html, tag != tags.article, tag != tags.main,
                !HTMLContentHints.contains(tree.attribute(.itemprop, of: node)?.lowercased() ?? "", "articlebody")
            {
                return true
            }
            if let role = tree.attribute(.role, of: node), HTMLContentHints.unlikelyRoles.contains(role) {
                return true
            }
        }
        if Self.emptiable.contains(tree[node].tag) && isWithoutContent(node) { return true }
        return false
    }

    /// A box that carries a `<nav>`/`<header>`/... tag but clearly holds running text (several long paragraphs); a
    /// `<form>`, which some site builders wrap around the whole page, needs only one.
    private func holdsWholeArticle(_ node: Int) -> Bool {
        let needed = tree[node].tag == tags.form ? 1 : 3
        var longParagraphs = 0
        tree.walk(below: node) { child in
            if tree[child].tag == tags.p, tree.textLength(of: child) > 80 { longParagraphs += 1 }
            return longParagraphs < needed
        }
        return longParagraphs >= needed
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

    private func headerDuplicatesTitle(_ node: Int) -> Bool {
        guard let title, tree[node].tag == tags.h1 || tree[node].tag == tags.h2 else { return false }
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

    private func isPhrasing(_ node: Int) -> Bool {
        let tag = tree[node].tag
        if tree[node].isText || HTMLContentHints.phrasing.contains(tag) { return true }
        if tag == tags.a || tag == tags.del || tag == tags.ins {
            return tree.children(of: node).allSatisfy { isPhrasing($0) }
        }
        return false
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

    // MARK: Scoring

    private func classWeight(_ node: Int) -> Double {
        guard rules.contains(.weightClasses) else { return 0 }
        var weight = 0.0
        for attribute in [HTMLAttribute.className, .id] {
            guard let value = tree.attribute(attribute, of: node)?.lowercased(), !value.isEmpty else { continue }
            if HTMLContentHints.matches(HTMLContentHints.negative, in: value) { weight -= 25 }
            if HTMLContentHints.matches(HTMLContentHints.positive, in: value) { weight += 25 }
        }
        // Markup that says outright where the article text is.
        if HTMLContentHints.contains(tree.attribute(.itemprop, of: node)?.lowercased() ?? "", "articlebody") {
            weight += 25
        }
        return weight
    }

    private func initialScore(_ node: Int) -> Double {
        let base: Double =
            switch tree.name(of: node) {
            case "article": 10
            case "div": 5
            case "pre", "td", "blockquote": 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
            default: 0
            }
        return base + classWeight(node)
    }

    /// Each paragraph of 25 characters or more adds to its parent, half to its grandparent, and a third of the
    /// level to farther ancestors, up to five levels.
    private mutating func scoreAncestors(of paragraphs: [Int]) -> [Int] {
        var candidates: [Int] = []
        for paragraph in paragraphs where tree[paragraph].parent >= 0 && tree.isAttached(paragraph) {
            let summary = tree.summary(of: paragraph)
            let length = summary.length
            guard length >= 25 else { continue }
            let score = 2 + Double(summary.commas) + Double(min(length / 100, 3))
            var ancestor = tree[paragraph].parent
            var level = 0
            while ancestor > HTMLTree.root, level < 5 {
                if scores[ancestor] == nil {
                    scores[ancestor] = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += score / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        for candidate in candidates {
            scores[candidate, default: 0] *= 1 - tree.linkDensity(of: candidate)
        }
        return candidates
    }

    private func body() -> Int {
        let found = tree.first(named: "body")
        return found >= 0 ? found : HTMLTree.root
    }

    private mutating func chooseTopCandidate(from candidates: [Int]) -> Int {
        let ranked = candidates.sorted { scores[$0, default: 0] > scores[$1, default: 0] }.prefix(5)
        guard var top = ranked.first, tree.name(of: top) != "body" else {
            let body = body()
            let wrapper = tree.appendElement("div", to: body)
            for child in Array(tree.children(of: body)) where child != wrapper { tree.move(child, toEndOf: wrapper) }
            scores[wrapper] = initialScore(wrapper)
            return wrapper
        }
        let topScore = scores[top, default: 0]
        // Several near-equal candidates under one ancestor: the article is split into boxes; take the ancestor.
        let alternatives = ranked.dropFirst().filter { scores[$0, default: 0] / topScore >= 0.75 }.map {
            Set(ancestors(of: $0))
        }
        if alternatives.count >= 3 {
            var parent = tree[top].parent
            while parent > HTMLTree.root, tree.name(of: parent) != "body" {
                if alternatives.filter({ $0.contains(parent) }).count >= 3 {
                    top = parent
                    break
                }
                parent = tree[parent].parent
            }
        }
        if scores[top] == nil { scores[top] = initialScore(top) }
        // Climb while the parent scores better: the text is spread over siblings the parent holds.
        var parent = tree[top].parent
        var lastScore = scores[top, default: 0]
        let threshold = lastScore / 3
        while parent > HTMLTree.root, tree.name(of: parent) != "body" {
            guard let parentScore = scores[parent] else {
                parent = tree[parent].parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        parent = tree[top].parent
        while parent > HTMLTree.root, tree.name(of: parent) != "body", tree.elementChildren(of: parent).count == 1 {
            top = parent
            parent = tree[top].parent
        }
        if scores[top] == nil { scores[top] = initialScore(top) }
        return top
    }

    private func ancestors(of node: Int) -> [Int] {
        var result: [Int] = []
        var current = tree[node].parent
        while current > HTMLTree.root {
            result.append(current)
            current = tree[current].parent
        }
        return result
    }

    /// Siblings of the top box join the article when they score well, share its class, or are text paragraphs
    /// with few links.
    private mutating func gatherSiblings(of top: Int) -> Int {
        let article = tree.appendElement("div", to: HTMLTree.root)
        let parent = tree[top].parent
        guard parent >= 0 else {
            tree.move(top, toEndOf: article)
            return article
        }
        let topScore = scores[top, default: 0]
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute(.className, of: top) ?? ""
        for sibling in tree.elementChildren(of: parent) {
            var append = sibling == top
            if !append {
                var bonus = 0.0
                if !topClass.isEmpty, tree.attribute(.className, of: sibling) == topClass { bonus += topScore * 0.2 }
                if let score = scores[sibling], score + bonus >= threshold {
                    append = true
                } else if tree.name(of: sibling) == "p" {
                    let density = tree.linkDensity(of: sibling)
                    let text = tree.innerText(of: sibling)
                    let length = text.utf16.count
                    if length > 80 && density < 0.25 {
                        append = true
                    } else if length < 80, length > 0, density == 0,
                        HTMLContentHints.contains(text, ". ") || text.hasSuffix(".")
                    {
                        append = true
                    }
                }
            }
            if append { tree.move(sibling, toEndOf: article) }
        }
        return article
    }

    // MARK: Cleaning

    private mutating func clean(_ article: Int) {
        let dataTables = markDataTables(in: article)
        cleanConditionally(article, tag: "form", dataTables: dataTables)
        cleanConditionally(article, tag: "fieldset", dataTables: dataTables)
        for node in tree.descendants(of: article, named: ["object", "embed", "footer", "link", "aside"]) {
            tree.remove(node)
        }
        removeShareBoxes(in: article)
        for node in tree.descendants(of: article, named: ["iframe", "input", "textarea", "select", "button"]) {
            tree.remove(node)
        }
        for node in tree.descendants(of: article, named: ["h1", "h2"]) where classWeight(node) < 0 {
            tree.remove(node)
        }
        cleanConditionally(article, tag: "table", dataTables: dataTables)
        cleanConditionally(article, tag: "ul", dataTables: dataTables)
        cleanConditionally(article, tag: "div", dataTables: dataTables)
        for node in tree.descendants(of: article, named: ["p"]) {
            let hasMedia = !tree.descendants(of: node, named: Self.media).isEmpty
            if !hasMedia && tree.textLength(of: node) == 0 { tree.remove(node) }
        }
    }

    /// Small boxes whose class or id says "share" inside the article's top-level blocks.
    private mutating func removeShareBoxes(in article: Int) {
        for block in tree.elementChildren(of: article) {
            var doomed: [Int] = []
            tree.walk(below: block) { node in
                let match = tree.classAndID(of: node)
                if HTMLContentHints.contains(match, "share"), tree.textLength(of: node) < HTMLContentFinder.enoughText {
                    doomed.append(node)
                    return false
                }
                return true
            }
            for node in doomed { tree.remove(node) }
        }
    }

    /// Tables that hold data rather than layout: their cells stay whatever their links or images.
    private func markDataTables(in article: Int) -> Set<Int> {
        var result: Set<Int> = []
        for table in tree.descendants(of: article, named: ["table"]) where isDataTable(table) {
            result.insert(table)
        }
        return result
    }

    private func isDataTable(_ table: Int) -> Bool {
        if tree.attribute(.role, of: table) == "presentation" { return false }
        if tree.attribute(.datatable, of: table) == "0" { return false }
        if tree.attribute(.summary, of: table) != nil { return true }
        let inner = tree.descendants(of: table, named: ["caption", "col", "colgroup", "tfoot", "thead", "th", "table"])
        if inner.contains(where: { tree.name(of: $0) == "table" }) { return false }
        if !inner.isEmpty { return true }
        let rows = tree.descendants(of: table, named: ["tr"])
        let columns =
            rows.map { row in tree.elementChildren(of: row).filter { tree.name(of: $0) == "td" }.count }.max() ?? 0
        if rows.count == 1 || columns == 1 { return false }
        if rows.count >= 10 || columns > 4 { return true }
        return rows.count * columns > 10
    }

    /// Removes boxes of `tag` that look like furniture: negative hints, more list items or inputs than paragraphs,
    /// many images, short text with links, or a high link density.
    private mutating func cleanConditionally(_ article: Int, tag: String, dataTables: Set<Int>) {
        guard rules.contains(.cleanConditionally) else { return }
        var tags = HTMLTagSet()
        tags.insert(HTMLTag(tag))
        for node in tree.descendants(of: article, named: tags).reversed() where tree.isAttached(node) {
            if shouldRemoveConditionally(node, tag: tag, dataTables: dataTables) { tree.remove(node) }
        }
    }

    private func shouldRemoveConditionally(_ node: Int, tag: String, dataTables: Set<Int>) -> Bool {
        if tag == "table" && dataTables.contains(node) { return false }
        var ancestor = tree[node].parent
        while ancestor > HTMLTree.root {
            if dataTables.contains(ancestor) || tree.name(of: ancestor) == "code" { return false }
            ancestor = tree[ancestor].parent
        }
        let weight = classWeight(node)
        if weight < 0 { return true }
        let summary = tree.summary(of: node)
        guard summary.commas < 10 else { return false }
        let contentLength = summary.length
        var isList = tag == "ul" || tag == "ol"
        if !isList, contentLength > 0 {
            let listLength = tree.descendants(of: node, named: Self.lists).reduce(0) { $0 + tree.textLength(of: $1) }
            isList = Double(listLength) / Double(contentLength) > 0.9
        }
        var counts = [Int](repeating: 0, count: 128)
        tree.walk(below: node) { child in
            counts[Int(tree[child].tag.rawValue)] += 1
            return true
        }
        func count(_ name: String) -> Int { counts[Int(HTMLTag(name).rawValue)] }
        let paragraphs = Double(count("p"))
        let images = Double(count("img"))
        let items = Double(count("li") - 100)
        let inputs = Double(count("input"))
        let embeds = count("embed") + count("object") + count("iframe")
        let headingLength = tree.descendants(of: node, named: Self.headings).reduce(0) {
            $0 + tree.textLength(of: $1)
        }
        let headingDensity = contentLength > 0 ? Double(headingLength) / Double(contentLength) : 0
        let linkDensity = tree.linkDensity(of: node)
        let inFigure = tree.hasAncestor(node, named: "figure")
        let remove =
            (images > 1 && paragraphs / images < 0.5 && !inFigure)
            || (!isList && items > paragraphs)
            || (inputs > (paragraphs / 3).rounded(.down))
            || (!isList && headingDensity < 0.9 && contentLength < 25 && (images == 0 || images > 2) && !inFigure)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || (embeds == 1 && contentLength < 75) || embeds > 1
        if isList && remove {
            // A plain list of images is content (a gallery), not furniture.
            let children = tree.elementChildren(of: node)
            if children.contains(where: { tree.elementChildren(of: $0).count > 1 }) { return true }
            return images != Double(count("li"))
        }
        return remove
    }
}
