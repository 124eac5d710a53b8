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
    private let parsed: ParsedMarks
    private let budget: ExtractionBudget
    private var scores: [Int: Double] = [:]

    /// Runs passes with fewer and fewer rules until one finds enough text; the longest result otherwise. A spent
    /// `budget` stops the search (`Rejection.overBudget`).
    static func find(in tree: HTMLTree, title: String?, budget: ExtractionBudget = .unlimited) throws(Rejection)
        -> Result
    {
        let passes: [Rules] = [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []]
        let parsed = try ParsedMarks(tree, budget: budget)
        // A pass keeps a part of the page's text in its order, never more: one that kept all of it cannot be
        // beaten, and the passes after it are spared (a short page would otherwise run them all).
        let pageText = tree.textLength(of: HTMLTree.root)
        var best: Result?
        for rules in passes {
            var finder = HTMLContentFinder(tree: tree, rules: rules, title: title, parsed: parsed, budget: budget)
            let result = try finder.run()
            if result.textLength >= min(enoughText, pageText) { return result }
            if best == nil || result.textLength > best!.textLength { best = result }
        }
        return best!
    }

    private init(tree: HTMLTree, rules: Rules, title: String?, parsed: ParsedMarks, budget: ExtractionBudget) {
        self.tree = tree
        // The pass edits its own copy and adds wrappers: copied once, with room for them, rather than copied and
        // then grown.
        self.tree.reserveForEdits()
        self.rules = rules
        self.title = title
        self.parsed = parsed
        self.budget = budget
    }

    /// What the preparing pass asks of a node's ancestors and descendants, found for every node of the parsed tree
    /// at once, one walk down and one up, rather than by a walk per node: a page nesting thousands of boxes would
    /// otherwise cost a walk through thousands of boxes for each. Every pass starts from the parsed tree and edits
    /// a node's subtree only once it has read the node, and what it edits above (a `<div>` unwrapped or renamed,
    /// inline runs wrapped in a `<p>`) adds or takes away no `<table>` or `<code>`, so the marks hold when read.
    private struct ParsedMarks {
        /// Per node: bit 0, a `<table>` encloses it; bit 1, a `<code>`; bits 2 and 3, how many `<p>` below it hold
        /// more than 80 characters, counted up to 3.
        private let marks: [UInt8]
        private static let inTable: UInt8 = 1
        private static let inCode: UInt8 = 2

        init(_ tree: HTMLTree, budget: ExtractionBudget) throws(Rejection) {
            var marks = [UInt8](repeating: 0, count: tree.nodes.count)
            let table = HTMLTag("table")
            let code = HTMLTag("code")
            let paragraph = HTMLTag("p")
            var node = tree.following(HTMLTree.root, within: HTMLTree.root)
            var step = 0
            while node >= 0 {
                let parent = tree[node].parent
                var enclosing = marks[parent] & (Self.inTable | Self.inCode)
                if tree[parent].tag == table { enclosing |= Self.inTable }
                if tree[parent].tag == code { enclosing |= Self.inCode }
                marks[node] = enclosing
                step += 1
                try budget.check(atStep: step)
                node = tree.following(node, within: HTMLTree.root)
            }
            for (step, node) in tree.postorder(below: HTMLTree.root).enumerated() {
                try budget.check(atStep: step)
                let parent = tree[node].parent
                var count = Int(marks[node] >> 2)
                if tree[node].tag == paragraph, tree.textLength(of: node) > 80 { count += 1 }
                let total = min(3, Int(marks[parent] >> 2) + count)
                marks[parent] = marks[parent] & 3 | UInt8(total) << 2
            }
            self.marks = marks
        }

        func isInTable(_ node: Int) -> Bool { node < marks.count && marks[node] & Self.inTable != 0 }
        func isInCode(_ node: Int) -> Bool { node < marks.count && marks[node] & Self.inCode != 0 }
        /// `<p>` elements below `node` with more than 80 characters of text, up to 3.
        func longParagraphs(below node: Int) -> Int { node < marks.count ? Int(marks[node] >> 2) : 0 }
    }

    private mutating func run() throws(Rejection) -> Result {
        let paragraphs = try prepareAndCollectParagraphs()
        tree.refreshTextSummaries()
        let candidates = try scoreAncestors(of: paragraphs)
        let top = chooseTopCandidate(from: candidates)
        let article = gatherSiblings(of: top)
        tree.refreshTextSummaries()
        try clean(article)
        return Result(tree: tree, article: article, textLength: tree.textLength(of: article))
    }

    // MARK: Preparing

    /// One pass in document order removes hidden and unlikely boxes, turns text-only `<div>`s into paragraphs and
    /// collects the elements whose text will be scored.
    private mutating func prepareAndCollectParagraphs() throws(Rejection) -> [Int] {
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
        }
        if Self.emptiable.contains(tree[node].tag) && isWithoutContent(node) { return true }
        return false
    }

    /// A box that carries a `<nav>`/`<header>`/... tag but clearly holds running text (several long paragraphs); a
    /// `<form>`, which some site builders wrap around the whole page, needs only one.
    private func holdsWholeArticle(_ node: Int) -> Bool {
        parsed.longParagraphs(below: node) >= (tree[node].tag == tags.form ? 1 : 3)
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
    private mutating func scoreAncestors(of paragraphs: [Int]) throws(Rejection) -> [Int] {
        var candidates: [Int] = []
        // Which nodes are still in the document, from one walk rather than one climb per paragraph.
        var attached = [Bool](repeating: false, count: tree.nodes.count)
        var node = tree.following(HTMLTree.root, within: HTMLTree.root)
        var step = 0
        while node >= 0 {
            attached[node] = true
            step += 1
            try budget.check(atStep: step)
            node = tree.following(node, within: HTMLTree.root)
        }
        for (step, paragraph) in paragraphs.enumerated() where attached[paragraph] {
            try budget.check(atStep: step)
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

    private mutating func clean(_ article: Int) throws(Rejection) {
        let dataTables = try markDataTables(in: article)
        let enclosing = EnclosingMarks(tree, below: article, dataTables: dataTables)
        // Most articles hold no form or table: their passes are skipped.
        var present = HTMLTagSet()
        tree.walk(below: article) { node in
            present.insert(tree[node].tag)
            return true
        }
        if present.contains(HTMLTag("form")) {
            try cleanConditionally(article, tag: "form", dataTables: dataTables, enclosing: enclosing)
        }
        if present.contains(HTMLTag("fieldset")) {
            try cleanConditionally(article, tag: "fieldset", dataTables: dataTables, enclosing: enclosing)
        }
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
        if present.contains(HTMLTag("table")) {
            try cleanConditionally(article, tag: "table", dataTables: dataTables, enclosing: enclosing)
        }
        try cleanConditionally(article, tag: "ul", dataTables: dataTables, enclosing: enclosing)
        try cleanConditionally(article, tag: "div", dataTables: dataTables, enclosing: enclosing)
        try removeEmptyParagraphs(in: article)
    }

    /// Paragraphs left without text or media. Whether a paragraph holds media is folded up from its children, in
    /// one pass, rather than looked for below every paragraph; removing an empty paragraph changes neither the text
    /// nor the media of one around it.
    private mutating func removeEmptyParagraphs(in article: Int) throws(Rejection) {
        tree.refreshTextSummaries()
        var folds = FoldStack<Bool>()
        var empty: [Int] = []
        for (step, node) in tree.postorder(below: article).enumerated() {
            try budget.check(atStep: step)
            var hasMedia = false
            folds.popChildren(of: node, in: tree) { _, holdsMedia in hasMedia = hasMedia || holdsMedia }
            folds.push(hasMedia || Self.media.contains(tree[node].tag))
            if tree[node].tag == tags.p, !hasMedia, tree.textLength(of: node) == 0 { empty.append(node) }
        }
        for node in empty { tree.remove(node) }
    }

    /// Small boxes whose class or id says "share" inside the article's top-level blocks.
    private mutating func removeShareBoxes(in article: Int) {
        tree.refreshTextSummaries()
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

    /// What a table holds below it, folded up from its children's, as `isDataTable` asks.
    private struct TableParts {
        var holdsTable = false
        /// A caption, column, header or footer: the markup of a table of data.
        var holdsStructure = false
        var rows = 0
        /// The most `<td>` children any row below has.
        var columns = 0
    }

    private static let tableStructure: HTMLTagSet = ["caption", "col", "colgroup", "tfoot", "thead", "th"]

    /// Tables that hold data rather than layout: their cells stay whatever their links or images. What each table
    /// holds is folded up the article in one pass, so tables nested in tables are not each searched again.
    private func markDataTables(in article: Int) throws(Rejection) -> Set<Int> {
        var result: Set<Int> = []
        var folds = FoldStack<TableParts>()
        let table = HTMLTag("table")
        let row = HTMLTag("tr")
        let cell = HTMLTag("td")
        for (step, node) in tree.postorder(below: article).enumerated() {
            try budget.check(atStep: step)
            var parts = TableParts()
            folds.popChildren(of: node, in: tree) { child, childParts in
                let tag = tree[child].tag
                parts.holdsTable = parts.holdsTable || childParts.holdsTable || tag == table
                parts.holdsStructure =
                    parts.holdsStructure || childParts.holdsStructure || Self.tableStructure.contains(tag)
                parts.rows += childParts.rows + (tag == row ? 1 : 0)
                parts.columns = max(parts.columns, childParts.columns)
                if tag == row {
                    parts.columns = max(parts.columns, tree.children(of: child).filter { tree[$0].tag == cell }.count)
                }
            }
            folds.push(parts)
            if tree[node].tag == table, isDataTable(node, parts) { result.insert(node) }
        }
        return result
    }

    private func isDataTable(_ table: Int, _ parts: TableParts) -> Bool {
        if tree.attribute(.role, of: table) == "presentation" { return false }
        if tree.attribute(.datatable, of: table) == "0" { return false }
        if tree.attribute(.summary, of: table) != nil { return true }
        if parts.holdsTable { return false }
        if parts.holdsStructure { return true }
        let (rows, columns) = (parts.rows, parts.columns)
        if rows == 1 || columns == 1 { return false }
        if rows >= 10 || columns > 4 { return true }
        return rows * columns > 10
    }

    /// Per node of the article: whether a data table or `<code>` encloses it (its boxes are never cleaned), and
    /// whether a `<figure>` does. Cleaning only removes nodes, so what encloses the others stays as it was.
    private struct EnclosingMarks {
        private let marks: [UInt8]

        init(_ tree: HTMLTree, below article: Int, dataTables: Set<Int>) {
            var marks = [UInt8](repeating: 0, count: tree.nodes.count)
            let code = HTMLTag("code")
            let figure = HTMLTag("figure")
            tree.walk(below: article) { node in
                let parent = tree[node].parent
                var enclosing = marks[parent]
                if tree[parent].tag == code || dataTables.contains(parent) { enclosing |= 1 }
                if tree[parent].tag == figure { enclosing |= 2 }
                marks[node] = enclosing
                return true
            }
            self.marks = marks
        }

        func isKept(_ node: Int) -> Bool { marks[node] & 1 != 0 }
        func isInFigure(_ node: Int) -> Bool { marks[node] & 2 != 0 }
    }

    /// What conditional cleaning reads of a box's descendants, folded up from its children's.
    private struct BoxContents {
        var paragraphs: Int32 = 0
        var images: Int32 = 0
        var items: Int32 = 0
        var inputs: Int32 = 0
        /// Embedded objects and frames.
        var embeds: Int32 = 0
        /// Text length of the lists below, a list inside a list counted again.
        var listLength = 0
        /// Text length of the headings below, likewise.
        var headingLength = 0
    }

    /// Removes boxes of `tag` that look like furniture: negative hints, more list items or inputs than paragraphs,
    /// many images, short text with links, or a high link density.
    ///
    /// One pass reaches every node after its descendants, removes it or not, and folds what it holds (text
    /// summary, counts) into its parent's: each box is judged on what is left below it, as when every box is
    /// measured anew after the cleaning of those inside it, at the cost of one visit per node.
    private mutating func cleanConditionally(
        _ article: Int, tag: String, dataTables: Set<Int>, enclosing: EnclosingMarks
    ) throws(Rejection) {
        guard rules.contains(.cleanConditionally) else { return }
        let target = HTMLTag(tag)
        let embeds: HTMLTagSet = ["embed", "object", "iframe"]
        var folds = FoldStack<BoxContents>()
        for (step, node) in tree.postorder(below: article).enumerated() {
            try budget.check(atStep: step)
            var contents = BoxContents()
            folds.popChildren(of: node, in: tree) { child, below in
                let childTag = tree[child].tag
                contents.paragraphs += below.paragraphs + (childTag == tags.p ? 1 : 0)
                contents.images += below.images + (childTag == Self.image ? 1 : 0)
                contents.items += below.items + (childTag == Self.item ? 1 : 0)
                contents.inputs += below.inputs + (childTag == Self.input ? 1 : 0)
                contents.embeds += below.embeds + (embeds.contains(childTag) ? 1 : 0)
                contents.listLength +=
                    below.listLength + (Self.lists.contains(childTag) ? tree.textLength(of: child) : 0)
                contents.headingLength +=
                    below.headingLength + (Self.headings.contains(childTag) ? tree.textLength(of: child) : 0)
            }
            // The children are up to date: a summary this pass made stale is folded from theirs, once.
            if tree.summaries[node].isStale { tree.resummarize(node) }
            if tree[node].tag == target, !(target == Self.table && dataTables.contains(node)), !enclosing.isKept(node),
                shouldRemoveConditionally(node, tag: tag, contents: contents, inFigure: enclosing.isInFigure(node))
            {
                tree.remove(node)
            } else {
                folds.push(contents)
            }
        }
        if tree.summaries[article].isStale { tree.resummarize(article) }
    }

    private static let image = HTMLTag("img")
    private static let item = HTMLTag("li")
    private static let input = HTMLTag("input")
    private static let table = HTMLTag("table")

    private func shouldRemoveConditionally(_ node: Int, tag: String, contents: BoxContents, inFigure: Bool) -> Bool {
        let weight = classWeight(node)
        if weight < 0 { return true }
        let summary = tree.summary(of: node)
        guard summary.commas < 10 else { return false }
        let contentLength = summary.length
        var isList = tag == "ul" || tag == "ol"
        if !isList, contentLength > 0 {
            isList = Double(contents.listLength) / Double(contentLength) > 0.9
        }
        let paragraphs = Double(contents.paragraphs)
        let images = Double(contents.images)
        let items = Double(contents.items - 100)
        let inputs = Double(contents.inputs)
        let embeds = contents.embeds
        let headingDensity = contentLength > 0 ? Double(contents.headingLength) / Double(contentLength) : 0
        let linkDensity = tree.linkDensity(of: node)
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
            return images != Double(contents.items)
        }
        return remove
    }
}

/// Values folded up a tree in `postorder(below:)`: each node's value is pushed after its children's, which are then
/// the last ones on the stack, in document order, one per child the node still has.
private struct FoldStack<Value> {
    private var values: [Value] = []

    /// Calls `body` with each child of `node` and its value, in document order, and takes the values off the stack.
    mutating func popChildren(of node: Int, in tree: HTMLTree, _ body: (_ child: Int, _ value: Value) -> Void) {
        var count = 0
        var child = tree[node].firstChild
        while child >= 0 {
            count += 1
            child = tree[child].next
        }
        var position = values.count - count
        child = tree[node].firstChild
        while child >= 0 {
            body(child, values[position])
            position += 1
            child = tree[child].next
        }
        values.removeLast(count)
    }

    mutating func push(_ value: Value) {
        values.append(value)
    }
}
