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
    /// `<h1>` texts, and whether each sits inside the article markup (`<article>`, `<main>`, `articleBody`).
    var headings: [(text: String, inArticle: Bool)] = []
    /// `<time>` and microdata date values: the value, whether the markup says it is the publication date, whether
    /// it says it is a modification date, and whether it sits inside the article markup.
    var times: [TimeFact] = []
    /// Texts of small elements whose class or id says "author" or "byline", and of `rel=author` links.
    var bylines: [String] = []
    /// Texts of small elements whose class or id says "date", "time", "published", ...
    var dateTexts: [(text: String, published: Bool)] = []

    struct TimeFact {
        var value: String
        var isPublished: Bool
        var isModified: Bool
        var inArticle: Bool
    }

    static let dateBoxWords = [
        "date", "time", "publish", "posted", "dateline", "datum", "byline", "meta", "article-info", "submitted",
        "created", "zeit", "fecha", "data",
    ]
    static let publishedWords = ["publish", "posted", "created", "pubdate", "veroeffentlicht", "erschienen"]
    static let modifiedWords = ["modif", "updated", "update", "aktualisiert", "edited", "changed"]

    init(tree: HTMLTree) {
        var articleDepth = 0
        var invisibleDepth = 0
        var stack: [(node: Int, leaving: Bool)] = [(HTMLTree.root, false)]
        while let (node, leaving) = stack.popLast() {
            let element = tree[node]
            if element.isText {
                if invisibleDepth == 0 { appendVisibleText(element.text) }
                continue
            }
            let opensArticle =
                element.name == "article" || element.name == "main"
                || tree.attribute("itemprop", of: node)?.lowercased() == "articlebody"
            let isInvisible = Self.invisible.contains(element.name)
            if leaving {
                if opensArticle { articleDepth -= 1 }
                if isInvisible { invisibleDepth -= 1 }
                continue
            }
            if isInvisible { invisibleDepth += 1 }
            if opensArticle { articleDepth += 1 }
            record(node, in: tree, inArticle: articleDepth > 0)
            stack.append((node, true))
            if HTMLContentHints.block.contains(element.name) { appendVisibleText(" ") }
            var child = element.lastChild
            while child >= 0 {
                stack.append((child, false))
                child = tree[child].previous
            }
        }
    }

    private mutating func record(_ node: Int, in tree: HTMLTree, inArticle: Bool) {
        let name = tree[node].name
        switch name {
        case "html":
            language = language ?? tree.attribute("lang", of: node) ?? tree.attribute("xml:lang", of: node)
        case "title" where documentTitle == nil:
            documentTitle = tree.innerText(of: node)
        case "meta":
            guard let content = tree.attribute("content", of: node) else { break }
            for key in ["name", "property", "itemprop", "http-equiv"] {
                if let value = tree.attribute(key, of: node)?.lowercased(), meta[value] == nil {
                    meta[value] = HTMLTree.collapsingSpaces(content)
                }
            }
        case "link":
            if let rel = tree.attribute("rel", of: node)?.lowercased(), let href = tree.attribute("href", of: node) {
                links.append((rel, href))
            }
        case "script":
            if tree.attribute("type", of: node)?.lowercased().contains("ld+json") == true {
                jsonLDScripts.append(tree.textContent(of: node))
            }
        case "h1":
            let text = tree.innerText(of: node)
            if !text.isEmpty { headings.append((text, inArticle)) }
            if firstHeadingOffset == nil { firstHeadingOffset = visibleText.utf8.count }
        default:
            break
        }
        recordDates(node, name: name, in: tree, inArticle: inArticle)
        recordByline(node, name: name, in: tree)
    }

    /// Page text outside `<head>`, scripts and styles, in document order, with blocks separated by spaces; and where
    /// in it (a UTF-8 offset) the first `<h1>` starts. Dates printed near the headline are the article's own.
    private(set) var visibleText = ""
    private(set) var firstHeadingOffset: Int?

    static let invisible: Set<String> = ["head", "script", "style", "noscript", "template", "svg"]

    private mutating func appendVisibleText(_ text: String) {
        if let last = visibleText.utf8.last, last == 0x20, text.utf8.first == 0x20 {
            visibleText += text.dropFirst()
        } else {
            visibleText += text
        }
    }

    /// Up to `length` bytes of visible text after the first `<h1>`, or `nil` when the page has none.
    func textAfterHeading(length: Int) -> Substring? {
        guard let offset = firstHeadingOffset else { return nil }
        let utf8 = visibleText.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: min(length, utf8.count - offset))
        return Substring(visibleText[start..<end])
    }

    private mutating func recordDates(_ node: Int, name: String, in tree: HTMLTree, inArticle: Bool) {
        let itemprop = tree.attribute("itemprop", of: node)?.lowercased() ?? ""
        let match = tree.classAndID(of: node)
        let markers = itemprop + " " + match + " " + (tree.attribute("pubdate", of: node) != nil ? "pubdate" : "")
        let isPublished = HTMLContentHints.matches(Self.publishedWords, in: markers) || itemprop == "datecreated"
        let isModified = !isPublished && HTMLContentHints.matches(Self.modifiedWords, in: markers)
        // RDFa (`property="schema:dateCreated"`) states dates as microdata does.
        let property = tree.attribute("property", of: node)?.lowercased() ?? ""
        let isRDFaDate = name != "meta" && (property.hasSuffix("datepublished") || property.hasSuffix("datecreated"))
        if name == "time" || itemprop.hasPrefix("date") || itemprop == "uploaddate" || isRDFaDate {
            let value =
                tree.attribute("datetime", of: node) ?? tree.attribute("content", of: node)
                ?? tree.innerText(of: node)
            if !value.isEmpty {
                times.append(
                    TimeFact(value: value, isPublished: isPublished, isModified: isModified, inArticle: inArticle))
            }
        }
        if name != "time", name != "meta", name != "script", name != "html", name != "body",
            HTMLContentHints.matches(Self.dateBoxWords, in: match), dateTexts.count < 40
        {
            let length = tree.textLength(of: node)
            if length > 5 && length < 200 {
                dateTexts.append((tree.innerText(of: node), isPublished && !isModified))
            } else if let title = tree.attribute("title", of: node) {
                dateTexts.append((title, isPublished && !isModified))
            }
        }
    }

    private mutating func recordByline(_ node: Int, name: String, in tree: HTMLTree) {
        guard bylines.count < 10, name != "meta", name != "link", name != "html", name != "body" else { return }
        let rel = tree.attribute("rel", of: node)?.lowercased() ?? ""
        let itemprop = tree.attribute("itemprop", of: node)?.lowercased() ?? ""
        let match = tree.classAndID(of: node)
        guard rel == "author" || itemprop == "author" || HTMLContentHints.matches(["byline", "author"], in: match)
        else { return }
        let length = tree.textLength(of: node)
        if length > 2 && length < 100 { bylines.append(tree.innerText(of: node)) }
    }

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
