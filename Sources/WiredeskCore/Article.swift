import WiredeskText

/// A news article as wiredesk archives it: the cleaned text and the metadata extracted from it.
///
/// Every field follows the archive's contract: `body` is NFC text whose paragraphs are separated by a blank line
/// and which starts with the lead sentence; `dateline` keeps the dateline as written while `place` holds its city
/// in normal case; `published` is an ISO 8601 date or date-time, `nil` when the file gives no date.
public struct Article: Sendable, Equatable {
    public var title: String?
    public var body: String
    public var dateline: String?
    public var place: String?
    public var published: String?
    /// Whether the year of `published` came only from when the file was received (its modification time): the text
    /// gave a month and a day and no year (`articles.published_inferred`).
    public var publishedYearInferred: Bool
    public var agency: String?
    public var byline: String?
    public var language: String?
    public var sources: [ArticleSource]

    public init(
        title: String? = nil,
        body: String,
        dateline: String? = nil,
        place: String? = nil,
        published: String? = nil,
        publishedYearInferred: Bool = false,
        agency: String? = nil,
        byline: String? = nil,
        language: String? = nil,
        sources: [ArticleSource] = []
    ) {
        self.title = title
        self.body = body
        self.dateline = dateline
        self.place = place
        self.published = published
        self.publishedYearInferred = publishedYearInferred
        self.agency = agency
        self.byline = byline
        self.language = language
        self.sources = sources
    }

    /// Number of words in the body, as counted for `articles.word_count`.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        WordCharacters.forEachScalar(in: body) { scalar, foldedASCII in
            let isWordScalar = foldedASCII != 0 || scalar.map(WordCharacters.isWordScalar) == true
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}

/// A news organisation named by an article: the agency that issued it or an outlet the text cites.
public struct ArticleSource: Sendable, Hashable {
    /// How the source relates to the article; the raw values are those of `article_sources.role`.
    public enum Role: String, Sendable, Hashable {
        case agency
        case cited
    }

    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
