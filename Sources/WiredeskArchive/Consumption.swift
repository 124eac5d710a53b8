public import Foundation
public import WiredeskCore
public import WiredeskSystem

/// One inbox file, read and hashed, on its way into the archive: what the `files` row and, for an article, the
/// `articles` row are made of.
public struct Consumption: Sendable {
    /// Path relative to the inbox, escaped where it is not valid UTF-8 (`files.name`).
    public var name: String
    /// The inbox subfolder the file came from, `nil` at the top level.
    public var feed: String?
    public var sha256: String
    public var size: Int
    public var receivedAt: Date
    /// Path of the stored original, relative to the archive folder.
    public var storedAs: String
    public var identity: FileIdentity?
    public var result: Result<ExtractedArticle, Rejection>
    /// The article's near-duplicate signature and lookup (``Archive/nearDuplicateProbe(for:receivedAt:)``), when
    /// near-duplicate detection is on.
    public var nearDuplicates: NearDuplicateProbe?

    public init(
        name: String,
        feed: String?,
        sha256: String,
        size: Int,
        receivedAt: Date,
        storedAs: String,
        identity: FileIdentity?,
        result: Result<ExtractedArticle, Rejection>,
        nearDuplicates: NearDuplicateProbe? = nil
    ) {
        self.nearDuplicates = nearDuplicates
        self.name = name
        self.feed = feed
        self.sha256 = sha256
        self.size = size
        self.receivedAt = receivedAt
        self.storedAs = storedAs
        self.identity = identity
        self.result = result
    }
}

/// What committing a consumption did: the `files.status` it recorded and the article it points at.
public enum ConsumptionOutcome: Sendable, Equatable {
    case ingested(articleID: Int64)
    case duplicate(articleID: Int64)
    case rejected(reason: String)

    /// The value of `files.status`.
    public var status: String {
        switch self {
        case .ingested: "ingested"
        case .duplicate: "duplicate"
        case .rejected: "rejected"
        }
    }
}
