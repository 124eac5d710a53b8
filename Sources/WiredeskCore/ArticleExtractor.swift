public import Foundation

/// The whole decode → clean → extract pipeline for one file: bytes in, an article (or the reason there is none) out.
///
/// It is pure: the caller reads the file and passes the time it was received (its mtime), which dates a dateline
/// that gives only a month and a day, and the feed it came in by, whose configured agency (`feedAgencies`) issued a
/// story that names none. The daemon and `wiredesk extract` both go through here, so what `extract`
/// prints is what `run` archives.
public struct ArticleExtractor: Sendable {
    public var maxFileBytes: Int
    public var feedAgencies: FeedAgencies

    public init(maxFileBytes: Int = 32 * 1024 * 1024, feedAgencies: FeedAgencies = FeedAgencies()) {
        self.maxFileBytes = maxFileBytes
        self.feedAgencies = feedAgencies
    }

    /// Extracts the article of one file; `budget` lets the caller stop a long extraction (`Rejection.overBudget`, or
    /// `.interrupted` when it withdraws the budget).
    public func extract(
        _ bytes: [UInt8],
        fileName: String,
        feed: String? = nil,
        receivedAt: Date,
        budget: ExtractionBudget = .unlimited
    ) -> Result<ExtractedArticle, Rejection> {
        Result { () throws(Rejection) -> ExtractedArticle in
            try extractOrThrow(bytes, fileName: fileName, feed: feed, receivedAt: receivedAt, budget: budget)
        }
    }

    private func extractOrThrow(
        _ bytes: [UInt8],
        fileName: String,
        feed: String?,
        receivedAt: Date,
        budget: ExtractionBudget
    ) throws(Rejection) -> ExtractedArticle {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxFileBytes else { throw .tooLarge(size: bytes.count, limit: maxFileBytes) }
        if let kind = ContentSniffer.binaryKind(of: bytes) { throw .binary(kind: kind) }

        let article: Article
        if ContentSniffer.isHTML(bytes, fileName: fileName) {
            let page = try HTMLExtractor.extract(bytes, budget: budget)
            var hints = page.hints
            hints.feedAgency = feedAgencies.agency(of: feed)
            article = WireCopyParser.parse(text: page.body, receivedAt: receivedAt, hints: hints)
        } else {
            let text = try TextDecoder.decode(bytes)
            guard text.contains(where: { !$0.isWhitespace }) else { throw .whitespaceOnly }
            try budget.check()
            article = WireCopyParser.parse(
                text: text, receivedAt: receivedAt, hints: ArticleHints(feedAgency: feedAgencies.agency(of: feed)))
        }
        try budget.check()
        guard article.body.contains(where: { !$0.isWhitespace }) else { throw .noText }
        return ExtractedArticle(article: article, contentHash: ContentFingerprint.contentHash(of: article))
    }
}

/// An article together with the hash that recognises exact duplicates of it (`articles.content_hash`).
public struct ExtractedArticle: Sendable, Equatable {
    public var article: Article
    public var contentHash: String

    public init(article: Article, contentHash: String) {
        self.article = article
        self.contentHash = contentHash
    }
}

/// Metadata a container format already states (an HTML page's `<title>`, its publish date), which the wire-copy
/// parser prefers over what it would infer from the text alone; and the agency of the feed a file came by, which it
/// takes only when the text names none.
public struct ArticleHints: Sendable, Equatable {
    public var title: String?
    public var published: String?
    public var byline: String?
    public var language: String?
    public var siteName: String?
    /// The agency configured for the file's feed (`FeedAgencies`): the last evidence of who issued the story.
    public var feedAgency: String?

    public init(
        title: String? = nil,
        published: String? = nil,
        byline: String? = nil,
        language: String? = nil,
        siteName: String? = nil,
        feedAgency: String? = nil
    ) {
        self.title = title
        self.published = published
        self.byline = byline
        self.language = language
        self.siteName = siteName
        self.feedAgency = feedAgency
    }
}
