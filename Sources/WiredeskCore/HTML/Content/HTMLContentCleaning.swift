/// The last step of `HTMLContentFinder`: what is left of page furniture inside the chosen box cleaned away (empty
/// paragraphs, share boxes, boxes that fail the conditional tests), data tables kept.
extension HTMLContentFinder {
    mutating func clean(_ article: Int) throws(Rejection) {
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
        /// A data table below: the box is the table's frame (a scrolling or captioned wrapper), kept with it.
        var holdsDataTable = false
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
                contents.holdsDataTable = contents.holdsDataTable || below.holdsDataTable || dataTables.contains(child)
            }
            // The children are up to date: a summary this pass made stale is folded from theirs, once.
            if tree.summaries[node].isStale { tree.resummarize(node) }
            if tree[node].tag == target, !(target == Self.table && dataTables.contains(node)), !enclosing.isKept(node),
                !contents.holdsDataTable,
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
