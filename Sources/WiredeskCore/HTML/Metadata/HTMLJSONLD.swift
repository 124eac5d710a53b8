import Foundation

/// What a page's schema.org JSON-LD blocks say about its article: headline, dates, authors, body, publisher.
///
/// Publishers fill these for search engines, so they are usually the most exact statement of the metadata; the
/// object describing the article (`NewsArticle`, `BlogPosting`, ...) is preferred over a `WebPage` one.
struct HTMLJSONLD: Equatable {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var articleBody: String?
    var publisher: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
        "report", "liveblogposting", "socialmediaposting", "posting", "satiricalarticle", "advertisercontentarticle",
    ]
    static let pageTypes: Set<String> = ["webpage", "itempage", "aboutpage", "medicalwebpage", "collectionpage"]
    /// Other schema.org creative works a page may be the publication of (a recipe, a review, a forum thread, a
    /// question, a how-to): their dates are the page's when no article or page object states one; their names and
    /// texts are left to the article's and the page's objects.
    static let workTypes: Set<String> = [
        "recipe", "review", "criticreview", "discussionforumposting", "qapage", "faqpage", "question", "howto",
        "creativework", "podcastepisode",
    ]

    /// Reads the scripts' texts; blocks that are not valid JSON (even after escaping stray control characters)
    /// are skipped.
    init(scripts: [String]) {
        var articles: [[String: Any]] = []
        var pages: [[String: Any]] = []
        var works: [[String: Any]] = []
        for script in scripts {
            guard let root = Self.parse(script) else { continue }
            for object in Self.objects(in: root) {
                let types = Self.types(of: object)
                if !types.isDisjoint(with: Self.articleTypes) {
                    articles.append(object)
                } else if !types.isDisjoint(with: Self.pageTypes) {
                    pages.append(object)
                } else if !types.isDisjoint(with: Self.workTypes) {
                    works.append(object)
                }
            }
        }
        for object in articles + pages {
            headline = headline ?? Self.string(object["headline"]) ?? Self.string(object["name"])
            datePublished = datePublished ?? Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
            dateModified = dateModified ?? Self.string(object["dateModified"])
            if authors.isEmpty { authors = Self.names(object["author"]) }
            articleBody = articleBody ?? Self.string(object["articleBody"])
            publisher = publisher ?? Self.names(object["publisher"]).first
        }
        for object in works {
            datePublished = datePublished ?? Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
            dateModified = dateModified ?? Self.string(object["dateModified"])
        }
    }

    private static func parse(_ script: String) -> Any? {
        var trimmed = String(script.trimmingWhitespace())
        // Some pages wrap the JSON in a CDATA section, which HTML leaves as literal text.
        if trimmed.hasPrefix("<![CDATA["), trimmed.hasSuffix("]]>") {
            trimmed = String(trimmed.dropFirst(9).dropLast(3))
        }
        if let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) { return value }
        // Raw line breaks and tabs inside strings are the commonest defect of hand-written JSON-LD.
        let repaired = trimmed.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : String($0) }.joined()
        return try? JSONSerialization.jsonObject(with: Data(repaired.utf8))
    }

    /// Every object of the document: top-level ones, array members and `@graph` members, in document order. Read
    /// with a stack of values still to look at rather than by recursion, so that no nesting reaches the stack's end.
    private static func objects(in value: Any) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var pending: [Any] = [value]
        while let next = pending.popLast() {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
                continue
            }
            guard let object = next as? [String: Any] else { continue }
            result.append(object)
            // Pushed in reverse: `@graph` members come out before the main entity's.
            if let entity = object["mainEntity"] as? [String: Any] { pending.append(entity) }
            if let graph = object["@graph"] { pending.append(graph) }
        }
        return result
    }

    private static func types(of object: [String: Any]) -> Set<String> {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return Set(types.compactMap { ($0 as? String)?.lowercased() }) }
        return []
    }

    /// The first non-empty string of `value`: the string itself, or the first one an array holds, however deep.
    private static func string(_ value: Any?) -> String? {
        var pending: [Any] = value.map { [$0] } ?? []
        while let next = pending.popLast() {
            if let text = next as? String {
                let trimmed = String(text.trimmingWhitespace())
                if !trimmed.isEmpty { return trimmed }
            } else if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            }
        }
        return nil
    }

    /// Names of a person or organisation value: a string, an object with `name`, or an array of either, however deep.
    private static func names(_ value: Any?) -> [String] {
        var result: [String] = []
        var pending: [Any] = value.map { [$0] } ?? []
        while let next = pending.popLast() {
            if let text = next as? String {
                if let name = string(text) { result.append(name) }
            } else if let object = next as? [String: Any] {
                if let name = string(object["name"]) { result.append(name) }
            } else if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            }
        }
        return result
    }
}
