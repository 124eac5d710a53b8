/// Everything a page states about itself, gathered in one walk over the whole document before any content is
/// removed: `<meta>` values, JSON-LD, headings, `<time>` elements, author and date boxes, addresses.
///
/// The choosers (title, date, byline) then weigh these facts against each other without walking the tree again.
struct HTMLPageFacts {
    var language: String?
    var documentTitle: String?
    /// `<meta>` contents by lower-cased `name`, `property`, `itemprop` or `http-equiv`; the first value wins.
    var meta: [String: String] = [:]
    var jsonLDScripts: [String] = []
    var links: [(rel: String, href: String)] = []
    /// The text of the first `<h1>` that holds any, of the first such inside the article markup (`<article>`,
    /// `<main>`, `articleBody`), and how many hold text: all the title rules ask, which spares reading every
    /// heading's text when headings nest in one another.
    var firstHeading: String?
    var firstArticleHeading: String?
    var headingCount = 0
    /// The texts of the first `headingsKept` `<h1>`s that hold any, in document order: a page's own headline may
    /// follow an `<h1>` of the site's name or section, and the title rules look for the one other sources repeat.
    var headings: [String] = []
    static let headingsKept = 4
    /// Characters beyond which an `<h1>`'s text is no headline (nested headings would each be read whole).
    static let longestHeading = 1000
    /// `<time>` and microdata date values: the value, whether the markup says it is the publication date, whether
    /// it says it is a modification date, and whether it sits inside the article markup.
    var times: [TimeFact] = []
    /// Texts of small elements whose class or id says "author" or "byline", and of `rel=author` links.
    var bylines: [String] = []
    /// Texts of small elements whose class or id says "date", "time", "published", ...
    var dateTexts: [DateText] = []
    /// `id`s of the document's outer boxes (`<html>`, `<body>`, `<article>`, `<main>`), where some systems write
    /// the article's date.
    var containerIDs: [String] = []

    struct TimeFact {
        var value: String
        var isPublished: Bool
        var isModified: Bool
        var inArticle: Bool
        /// Where it sits in `visibleText` (a UTF-8 offset), to weigh it by its distance from the headline.
        var offset = 0
        /// Inside navigation, a sidebar, comments or a list of related stories: not the article's own date.
        var inAside = false
    }

    struct DateText {
        var text: String
        var published: Bool
        var offset = 0
        var inAside = false
    }

    static let dateBoxWords: HTMLClassWords = [
        "date", "time", "publish", "posted", "dateline", "datum", "byline", "meta", "article-info", "submitted",
        "created", "zeit", "fecha", "data",
    ]
    static let publishedWords: HTMLClassWords = [
        "publish", "posted", "created", "pubdate", "veroeffentlicht", "erschienen",
    ]
    static let modifiedWords: HTMLClassWords = ["modif", "updated", "update", "aktualisiert", "edited", "changed"]
    /// Class or id words of boxes whose dates belong to other pages or to the reader's visit: related stories,
    /// sidebars, comments, menus and footers.
    static let asideWords: HTMLClassWords = [
        "related", "sidebar", "widget", "comment", "recommend", "teaser", "popular", "footer", "navbar",
        "navigation", "menu", "breadcrumb", "most-read", "mostread",
    ]
    static let bylineWords: HTMLClassWords = ["byline", "author"]
    /// The lists above, searched together in one pass, in the order of `ClassWordList`.
    static let classWordLists = HTMLClassWordLists([
        dateBoxWords, publishedWords, modifiedWords, asideWords, bylineWords,
    ])

    enum ClassWordList: UInt32 {
        case dateBox, published, modified, aside, byline

        var bit: UInt32 { 1 << rawValue }
    }

    static let asideTags: HTMLTagSet = ["nav", "aside", "footer", "menu"]

    /// A spent `budget` stops the walk (`Rejection.overBudget`).
    init(tree: HTMLTree, budget: ExtractionBudget = .unlimited) throws(Rejection) {
        var articleDepth = 0
        var invisibleDepth = 0
        // Entering a box pushes its closing entry, which carries what the box opened.
        var stack: [(node: Int, closing: Scope?)] = [(HTMLTree.root, nil)]
        let classWordLists = Self.classWordLists
        let invisible = Self.invisible
        let asideTags = Self.asideTags
        let block = HTMLContentHints.block
        var step = 0
        while let (node, closing) = stack.popLast() {
            step += 1
            try budget.check(atStep: step)
            let element = tree[node]
            if element.isText {
                if invisibleDepth == 0 { appendVisibleText(tree.text(of: node)) }
                continue
            }
            if let closing {
                if closing.article { articleDepth -= 1 }
                if closing.invisible { invisibleDepth -= 1 }
                if closing.aside {
                    asideDepth -= 1
                    if asideDepth == 0 { asideRanges.append(asideStart..<visibleText.utf8.count) }
                }
                continue
            }
            let marks = Marks(
                itemprop: tree.attribute(.itemprop, of: node)?.lowercased() ?? "",
                classWords: classWordLists.hits(in: tree.classAndID(of: node)))
            let scope = Scope(
                article: element.tag == tags.article || element.tag == tags.main || marks.itemprop == "articlebody",
                invisible: invisible.contains(element.tag),
                aside: asideTags.contains(element.tag) || marks.has(.aside))
            if scope.invisible { invisibleDepth += 1 }
            if scope.article { articleDepth += 1 }
            if scope.aside {
                if asideDepth == 0 { asideStart = visibleText.utf8.count }
                asideDepth += 1
            }
            record(node, in: tree, inArticle: articleDepth > 0, marks: marks)
            stack.append((node, scope))
            if block.contains(element.tag) { appendVisibleText(" ") }
            var child = element.lastChild
            while child >= 0 {
                stack.append((child, nil))
                child = tree[child].previous
            }
        }
        // A box around the headline is the article's, whatever its class says (`<div class="with-sidebar">`).
        if let heading = firstHeadingOffset { asideRanges.removeAll { $0.contains(heading) } }
        for index in times.indices { times[index].inAside = isAside(times[index].offset) }
        for index in dateTexts.indices { dateTexts[index].inAside = isAside(dateTexts[index].offset) }
    }

    /// The element's `itemprop`, and which of the class-word lists its class and id hit (bits in the order of
    /// `classWordLists`).
    private struct Marks {
        var itemprop: String
        var classWords: UInt32

        func has(_ list: ClassWordList) -> Bool { classWords & list.bit != 0 }
    }

    /// What an element opened, undone when the walk leaves it.
    private struct Scope {
        var article: Bool
        var invisible: Bool
        var aside: Bool
    }

    /// Whether the visible text at `offset` sits in navigation, a sidebar, comments or related stories: a binary
    /// search, as the stretches are in order and apart.
    func isAside(_ offset: Int) -> Bool {
        var low = 0
        var high = asideRanges.count
        while low < high {
            let middle = (low + high) / 2
            if asideRanges[middle].upperBound <= offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < asideRanges.count && asideRanges[low].contains(offset)
    }

    /// The elements `record` reads.
    private let tags = HTMLCommonTags()

    private mutating func record(_ node: Int, in tree: HTMLTree, inArticle: Bool, marks: Marks) {
        let tag = tree[node].tag
        switch tag {
        case tags.html:
            language = language ?? tree.attribute(.lang, of: node) ?? tree.attribute(.xmlLang, of: node)
            if let id = tree.attribute(.id, of: node) { containerIDs.append(id) }
        case tags.body, tags.article, tags.main:
            if let id = tree.attribute(.id, of: node) { containerIDs.append(id) }
        case tags.title where documentTitle == nil:
            documentTitle = tree.innerText(of: node)
        case tags.meta:
            guard let content = tree.attribute(.content, of: node) else { break }
            var collapsed: String?
            // RDFa's `property` and microdata's `itemprop` hold lists of names ("og:title twitter:title"): the
            // content is stated under each.
            for key in [HTMLAttribute.name, .property, .itemprop, .httpEquiv] {
                guard let names = tree.attribute(key, of: node)?.lowercased() else { continue }
                for name in names.split(whereSeparator: \.isWhitespace) where meta[String(name)] == nil {
                    collapsed = collapsed ?? HTMLTree.collapsingSpaces(content)
                    meta[String(name)] = collapsed
                }
            }
        case tags.link:
            if let rel = tree.attribute(.rel, of: node)?.lowercased(), let href = tree.attribute(.href, of: node) {
                links.append((rel, href))
            }
        case tags.script:
            if let type = tree.attribute(.type, of: node), HTMLContentHints.contains(type.lowercased(), "ld+json") {
                jsonLDScripts.append(tree.textContent(of: node))
            }
        case tags.h1:
            // A heading's text is empty exactly when its summary has no length.
            if tree.textLength(of: node) > 0 {
                headingCount += 1
                let keep = headings.count < Self.headingsKept && tree.textLength(of: node) < Self.longestHeading
                if keep || firstHeading == nil || (inArticle && firstArticleHeading == nil) {
                    let text = tree.innerText(of: node)
                    firstHeading = firstHeading ?? text
                    if inArticle { firstArticleHeading = firstArticleHeading ?? text }
                    if keep { headings.append(text) }
                }
            }
            if firstHeadingOffset == nil { firstHeadingOffset = visibleText.utf8.count }
        default:
            break
        }
        recordDates(node, tag: tag, in: tree, inArticle: inArticle, marks: marks)
        recordByline(node, tag: tag, in: tree, marks: marks)
    }

    /// Page text outside `<head>`, scripts and styles, in document order, with blocks separated by spaces; and where
    /// in it (a UTF-8 offset) the first `<h1>` starts. Dates printed near the headline are the article's own.
    private(set) var visibleText = ""
    private(set) var firstHeadingOffset: Int?
    /// How many boxes of `asideWords` or `asideTags` enclose the node being read, and where the outermost began.
    private var asideDepth = 0
    private var asideStart = 0
    /// Stretches of `visibleText` in such boxes (except one holding the headline).
    private(set) var asideRanges: [Range<Int>] = []

    static let invisible: HTMLTagSet = ["head", "script", "style", "noscript", "template", "svg"]

    private mutating func appendVisibleText(_ text: String) {
        if let last = visibleText.utf8.last, last == 0x20, text.utf8.first == 0x20 {
            visibleText += text.dropFirst()
        } else {
            visibleText += text
        }
    }

    /// The visible text from `before` bytes ahead of the first `<h1>` to `after` bytes past it (rounded to whole
    /// characters), with the UTF-8 offset of its start; `nil` when the page has no `<h1>`.
    func textAroundHeading(before: Int, after: Int) -> (text: Substring, start: Int)? {
        guard let offset = firstHeadingOffset else { return nil }
        let utf8 = visibleText.utf8
        var start = utf8.index(utf8.startIndex, offsetBy: max(0, offset - before))
        while start > utf8.startIndex, UTF8.isContinuation(utf8[start]) { start = utf8.index(before: start) }
        var end = utf8.index(utf8.startIndex, offsetBy: min(utf8.count, offset + after))
        while end < utf8.endIndex, UTF8.isContinuation(utf8[end]) { end = utf8.index(after: end) }
        return (visibleText[start..<end], utf8.distance(from: utf8.startIndex, to: start))
    }

    private mutating func recordDates(_ node: Int, tag: HTMLTag, in tree: HTMLTree, inArticle: Bool, marks: Marks) {
        let itemprop = marks.itemprop
        let rawProperty = tree.attribute(.property, of: node)
        // Most elements carry none of the marks below.
        guard tag == tags.time || !itemprop.isEmpty || rawProperty != nil || marks.has(.dateBox) else { return }
        let itempropWords = itemprop.isEmpty ? 0 : Self.classWordLists.hits(in: itemprop)
        let isPublished =
            marks.has(.published) || itempropWords & ClassWordList.published.bit != 0 || itemprop == "datecreated"
            || tree.attribute(.pubdate, of: node) != nil
        let isModified = !isPublished && (marks.has(.modified) || itempropWords & ClassWordList.modified.bit != 0)
        // RDFa (`property="schema:dateCreated"`) states dates as microdata does.
        let property = rawProperty?.lowercased() ?? ""
        let isRDFaDate =
            tag != tags.meta && (property.hasSuffix("datepublished") || property.hasSuffix("datecreated"))
        let offset = visibleText.utf8.count
        let inAside = false
        if tag == tags.time || itemprop.hasPrefix("date") || itemprop == "uploaddate" || isRDFaDate {
            let value = timeValue(node, isTime: tag == tags.time, in: tree)
            if !value.isEmpty {
                let label = isPublished || isModified ? nil : precedingLabel()
                times.append(
                    TimeFact(
                        value: value, isPublished: isPublished || label == .publication,
                        isModified: isModified || label == .revision, inArticle: inArticle,
                        offset: offset, inAside: inAside))
            }
        }
        if marks.has(.dateBox), tag != tags.time, tag != tags.meta, tag != tags.script, tag != tags.html,
            tag != tags.body, dateTexts.count < 40
        {
            let length = tree.textLength(of: node)
            let published = isPublished && !isModified
            if length > 5 && length < Self.longestDateText {
                let text = tree.innerText(of: node, spacingElements: true)
                dateTexts.append(DateText(text: text, published: published, offset: offset, inAside: inAside))
            } else if let title = tree.attribute(.title, of: node) {
                dateTexts.append(DateText(text: title, published: published, offset: offset, inAside: inAside))
            }
        }
    }

    /// How many bytes of visible text before a date element are read for a label of its own.
    static let labelReach = 40

    /// What the visible text just before the element being read labels it as: a revision ("Updated: <time>",
    /// "Aktualisiert am <time>") or the publication ("Published <time>", "Veröffentlicht am <time>"), the label
    /// readers see saying what the markup does not; the label nearest the element wins. Only the text after the
    /// last digit counts, so that "Updated 6 May 2020, first published <time>" labels the first date alone.
    private func precedingLabel() -> DateLabel? {
        let utf8 = visibleText.utf8
        var tail = Array(utf8.suffix(Self.labelReach))
        if let lastDigit = tail.lastIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            tail.removeSubrange(...lastDigit)
        }
        guard tail.count >= 3 else { return nil }
        let before = Array(String(decoding: tail, as: UTF8.self).lowercased().utf8)
        // Where the last of `labels` to occur in the tail ends, in bytes.
        func lastEnd(_ labels: [String]) -> Int? {
            var best: Int?
            for label in labels {
                let word = Array(label.utf8)
                guard word.count <= before.count else { continue }
                for start in stride(from: before.count - word.count, through: 0, by: -1)
                where before[start..<(start + word.count)].elementsEqual(word) {
                    best = max(best ?? 0, start + word.count)
                    break
                }
            }
            return best
        }
        switch (lastEnd(HTMLDateParser.revisionLabels), lastEnd(Self.publicationLabels)) {
        case (let revision?, let publication?): return revision > publication ? .revision : .publication
        case (.some, nil): return .revision
        case (nil, .some): return .publication
        case (nil, nil): return nil
        }
    }

    enum DateLabel { case revision, publication }

    /// Words that label a date as the page's publication, as pages print them before it.
    static let publicationLabels = [
        // en, de, fr, es, it, pt, nl, sv, da, pl, ru
        "published", "posted", "veröffentlicht", "erschienen", "publié", "publicado", "pubblicato", "gepubliceerd",
        "publicerad", "udgivet", "opublikowano", "опубликовано",
    ]

    /// A `<time>`'s machine value, unless the text readers see states another whole date: that one is the
    /// publisher's own local day ("Publié le 29 juin 2019" over a `datetime` the system rewrote later or in UTC).
    ///
    /// The text is read only when it is short enough to be a date as printed (`longestDateText`): an element
    /// holding more is not a date, and `<time>` elements nested in one another are then not each read whole.
    private func timeValue(_ node: Int, isTime: Bool, in tree: HTMLTree) -> String {
        let length = tree.textLength(of: node)
        guard let machine = tree.attribute(.datetime, of: node) ?? tree.attribute(.content, of: node) else {
            return length < Self.longestDateText ? tree.innerText(of: node) : ""
        }
        // UTF-16 units never outnumber UTF-8 bytes: a text this long in units is too long in bytes.
        guard isTime, length < 80, case let text = tree.innerText(of: node), text.utf8.count < 80,
            let shown = HTMLDateParser.firstDay(in: text, monthFirst: language?.lowercased().hasPrefix("en") == true),
            let stated = HTMLDateParser.isoValue(machine), !stated.hasPrefix(shown.iso)
        else { return machine }
        return shown.iso
    }

    private mutating func recordByline(_ node: Int, tag: HTMLTag, in tree: HTMLTree, marks: Marks) {
        guard bylines.count < 10, tag != tags.meta, tag != tags.link, tag != tags.html, tag != tags.body else {
            return
        }
        let rel = tree.attribute(.rel, of: node)?.lowercased() ?? ""
        guard rel == "author" || marks.itemprop == "author" || marks.has(.byline)
        else { return }
        let length = tree.textLength(of: node)
        if length > 2 && length < 100 { bylines.append(tree.innerText(of: node)) }
    }

    /// Characters of text beyond which an element is not a date as printed.
    static let longestDateText = 200

    /// The value of the first of `keys` present among the `<meta>` tags.
    func meta(_ keys: [String]) -> String? {
        for key in keys {
            if let value = meta[key], !value.isEmpty { return value }
        }
        return nil
    }

    func link(_ rel: String) -> String? {
        links.first(where: { $0.rel.split(separator: " ").contains(Substring(rel)) })?.href
    }
}
