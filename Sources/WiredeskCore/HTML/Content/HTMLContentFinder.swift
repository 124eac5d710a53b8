/// Finds the block of a page that holds the article, in the manner of Mozilla Readability: paragraphs score their
/// ancestors by length and commas, boxes are weighted by tag, class and id hints and discounted by link density,
/// the best box is widened to related siblings, and what is left of page furniture inside it is cleaned away.
///
/// When a pass yields too little text, the next one runs with fewer rules, as a page with odd class names may
/// otherwise lose its text: class weights off first (page builders name every box "widget"), then unlikely boxes
/// kept instead, then both, then conditional cleaning off too.
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

    var tree: HTMLTree
    let rules: Rules
    let tags = HTMLCommonTags()
    let title: String?
    let parsed: ParsedMarks
    let budget: ExtractionBudget
    var scores: [Int: Double] = [:]

    /// Runs passes with fewer and fewer rules until one finds enough text; the longest result otherwise. A spent
    /// `budget` stops the search (`Rejection.overBudget`).
    static func find(in tree: HTMLTree, title: String?, budget: ExtractionBudget = .unlimited) throws(Rejection)
        -> Result
    {
        let passes: [Rules] = [
            .all, [.stripUnlikely, .cleanConditionally], [.weightClasses, .cleanConditionally], [.cleanConditionally],
            [],
        ]
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
    struct ParsedMarks {
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
}
