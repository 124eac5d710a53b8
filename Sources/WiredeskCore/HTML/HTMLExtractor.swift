import Foundation

/// The article text and stated metadata of an HTML page.
///
/// `body` holds the main text only (no navigation, teasers or comments), one paragraph per block of the page,
/// separated by a blank line; `hints` carries what the page says about itself (headline, publication date,
/// author, language, site), which the wire-copy rules prefer over what they infer from the text.
public struct HTMLPage: Sendable, Equatable {
    /// Main text, paragraphs separated by a blank line.
    public var body: String
    public var hints: ArticleHints

    public init(body: String, hints: ArticleHints) {
        self.body = body
        self.hints = hints
    }
}

/// Extracts the main text and metadata of an article page with libxml2's HTML parser.
///
/// The bytes are decoded by wiredesk's own charset rules and handed to libxml2 with an explicit encoding; the
/// metadata is read from the whole document, then the block holding the article is found and rendered as text.
public enum HTMLExtractor {
    public static func extract(_ bytes: [UInt8], budget: ExtractionBudget = .unlimited) throws(Rejection) -> HTMLPage {
        let input = try HTMLCharset.input(for: bytes, libxmlKnows: HTMLTree.libxmlKnowsCharset)
        try budget.check()
        let tree = HTMLTree.parse(input, budget: budget)
        try budget.check()
        let facts = try HTMLPageFacts(tree: tree, budget: budget)
        let jsonLD = HTMLJSONLD(scripts: facts.jsonLDScripts)
        let siteName = (facts.meta(["og:site_name", "application-name"]) ?? jsonLD.publisher).map(
            HTMLTree.collapsingSpaces)
        let language = languageCode(facts: facts)
        let title = HTMLTitleChooser.choose(facts: facts, jsonLD: jsonLD, siteName: siteName)

        try budget.check()
        let content = try HTMLContentFinder.find(in: tree, title: title, budget: budget)
        try budget.check()
        var paragraphs = try HTMLTextRenderer.paragraphs(of: content.tree, below: content.article, budget: budget)
        try budget.check()
        if let structured = structuredBody(jsonLD, comparedTo: paragraphs) { paragraphs = structured }
        if let title { paragraphs = withoutLeadingTitle(paragraphs, title: title) }

        let hints = ArticleHints(
            title: title.map(TextDecoder.normalize),
            published: HTMLPublishedDateChooser.choose(facts: facts, jsonLD: jsonLD, monthFirst: language == "en"),
            byline: HTMLBylineChooser.choose(facts: facts, jsonLD: jsonLD).map(TextDecoder.normalize),
            language: language,
            siteName: siteName.map(TextDecoder.normalize)
        )
        return HTMLPage(body: TextDecoder.normalize(paragraphs.joined(separator: "\n\n")), hints: hints)
    }

    /// Decodes and parses `bytes` with libxml2 as `extract` does, then frees the document: the cost of libxml2's bare
    /// parse, which benchmarks print beside the whole extraction's. Not part of the library's API.
    @_spi(Benchmarks) public static func parseOnly(_ bytes: [UInt8]) throws(Rejection) {
        let input = try HTMLCharset.input(for: bytes, libxmlKnows: HTMLTree.libxmlKnowsCharset)
        HTMLTree.parseAndDiscard(input)
    }

    /// JSON-LD `articleBody`, split into paragraphs, when it is plain text and much longer than what the page's
    /// markup yielded (pages that render their text by script keep it only there).
    static func structuredBody(_ jsonLD: HTMLJSONLD, comparedTo paragraphs: [String]) -> [String]? {
        guard let body = jsonLD.articleBody, !body.contains("<") else { return nil }
        let extractedLength = paragraphs.reduce(0) { $0 + $1.count }
        guard body.count >= HTMLContentFinder.enoughText, body.count > 2 * extractedLength else { return nil }
        let split = body.split(whereSeparator: \.isNewline).map { HTMLTree.collapsingSpaces(String($0)) }
        return HTMLTextRenderer.withoutFurniture(split.filter { !$0.isEmpty })
    }

    /// The body must start with the lead, not with the headline again. A paragraph several times the headline's
    /// length is not it, whatever its words: splitting a long lead into words would cost more than the rest.
    static func withoutLeadingTitle(_ paragraphs: [String], title: String) -> [String] {
        let key = HTMLTitleSimilarity.words(title)
        let longest = 3 * title.utf8.count + 64
        return Array(paragraphs.drop { $0.utf8.count <= longest && HTMLTitleSimilarity.words($0) == key })
    }

    /// ISO 639-1 code of `<html lang>` (or the `Content-Language` and locale metadata): two lower-case letters.
    static func languageCode(facts: HTMLPageFacts) -> String? {
        let declared = [facts.language, facts.meta(["content-language", "language", "dc.language", "og:locale"])]
        for value in declared.compactMap({ $0 }) {
            let code = value.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter }.lowercased()
            if code.count == 2, code.allSatisfy(\.isASCII) { return code }
        }
        return nil
    }
}
