/// The agency a feed's stories come from, for copy that does not say it: many agencies send their stories without
/// an `(Agency)` tag in the dateline or a sign-off (a customer's own feed of one agency, an agency's domestic service),
/// and the folder the files arrive in is then the only evidence. The text wins where it names an agency: a feed may
/// carry another agency's story.
public struct FeedAgencies: Sendable, Equatable {
    /// Agency by feed name (`files.feed`: the first folder below the inbox), as configured.
    public private(set) var agencyByFeed: [String: String]

    /// Maps each feed to its agency; an agency that the catalog knows is recorded by its canonical name
    /// (`"reuters"` → `Reuters`), another as written.
    public init(_ agencyByFeed: [String: String] = [:]) {
        self.agencyByFeed = agencyByFeed.mapValues { AgencyCatalog.canonicalName($0) ?? $0 }
    }

    /// Reads `feed=agency` entries (the configuration's form), or names the first entry that is not one.
    public init(entries: [String]) throws(InvalidEntry) {
        var pairs: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else { throw InvalidEntry(entry: entry) }
            let feed = String(entry[..<equals].trimmingWhitespace())
            let agency = String(entry[entry.index(after: equals)...].trimmingWhitespace())
            guard !feed.isEmpty, !agency.isEmpty, !feed.contains("/") else { throw InvalidEntry(entry: entry) }
            pairs[feed] = agency
        }
        self.init(pairs)
    }

    public var isEmpty: Bool { agencyByFeed.isEmpty }

    /// The agency of `feed`, or `nil` when the feed has none configured (or the file came to the inbox's top level).
    public func agency(of feed: String?) -> String? {
        feed.flatMap { agencyByFeed[$0] }
    }

    /// An entry that is not `feed=agency` with both sides named.
    public struct InvalidEntry: Error, Equatable, CustomStringConvertible {
        public var entry: String

        public init(entry: String) {
            self.entry = entry
        }

        public var description: String { "\"\(entry)\" is not feed=agency" }
    }
}
