public import GRDB
public import WiredeskCore

/// How near-duplicates are recognised: the settings `nearDuplicates.*` of the configuration.
public struct NearDuplicatePolicy: Sendable, Equatable {
    public var enabled: Bool
    /// Smallest Jaccard similarity of word shingles for two articles to be one story.
    public var threshold: Double
    /// Words per shingle.
    public var shingleSize: Int
    /// Look-alikes further apart than this (publication dates, else received dates) are not merged.
    public var windowDays: Int
    /// Smallest share of the figures of one text found in the other.
    public var numberAgreement: Double

    public init(
        enabled: Bool = true,
        threshold: Double = 0.6,
        shingleSize: Int = 3,
        windowDays: Int = 7,
        numberAgreement: Double = 0.8
    ) {
        self.enabled = enabled
        self.threshold = threshold
        self.shingleSize = shingleSize
        self.windowDays = windowDays
        self.numberAgreement = numberAgreement
    }
}

/// The archive's index of near-duplicates: MinHash LSH bands in the table `near_duplicate_bands`, looked up by key,
/// so finding candidates costs a few indexed reads whatever the archive's size; every candidate is verified on
/// its text (shingle Jaccard, agreeing figures, time window) before anything is merged.
public struct NearDuplicateIndex: Sendable {
    public let policy: NearDuplicatePolicy

    /// Above this similarity a swapped name is a correction of the same story; below it, two texts that each name
    /// something the other does not are different stories told from one template.
    static let nameChangeThreshold = 0.85

    /// Candidates checked at most, those sharing the most bands first.
    static let candidateLimit = 24

    public init(policy: NearDuplicatePolicy) {
        self.policy = policy
    }

    /// Brings the band index in line with the policy: an archive made before the index existed, or with another
    /// shingle size, has its bands (re)computed from the stored texts, once.
    /// Returns the number of articles indexed.
    @discardableResult
    public func prepare(in db: Database) throws -> Int {
        let stored = try String.fetchOne(
            db, sql: "SELECT value FROM archive_settings WHERE name = 'near_duplicates.shingle_size'")
        // With detection off, articles arrive without bands: say so, and the next run with it on rebuilds them.
        let wanted = policy.enabled ? String(policy.shingleSize) : "off"
        guard stored != wanted else { return 0 }
        try db.execute(
            sql: "INSERT OR REPLACE INTO archive_settings (name, value) VALUES ('near_duplicates.shingle_size', ?)",
            arguments: [wanted])
        guard policy.enabled else { return 0 }
        try db.execute(sql: "DELETE FROM near_duplicate_bands")
        var indexed = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT id, title, body FROM articles ORDER BY id")
        while let row = try rows.next() {
            let signature = NearDuplicateSignature(
                title: row["title"], body: row["body"], shingleSize: policy.shingleSize)
            try index(articleID: row["id"], signature: signature, in: db)
            indexed += 1
        }
        return indexed
    }

    /// The signature of an article's text under this policy, or `nil` when detection is off.
    public func signature(of article: Article) -> NearDuplicateSignature? {
        guard policy.enabled else { return nil }
        return NearDuplicateSignature(title: article.title, body: article.body, shingleSize: policy.shingleSize)
    }

    /// A verified earlier article of the same story: its cluster's first article and the similarity.
    public struct Match: Sendable, Equatable {
        public var root: Int64
        public var similarity: Double
    }

    /// Finds the story `articleID` repeats, marks it (`duplicate_of`, `similarity`) and indexes its bands.
    @discardableResult
    public func record(articleID: Int64, signature: NearDuplicateSignature, date: String, in db: Database) throws
        -> Match?
    {
        let match = try bestMatch(for: signature, date: date, excluding: articleID, in: db)
        if let match {
            try db.execute(
                sql: "UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?",
                arguments: [match.root, match.similarity, articleID]
            )
        }
        try index(articleID: articleID, signature: signature, in: db)
        return match
    }

    func index(articleID: Int64, signature: NearDuplicateSignature, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO near_duplicate_bands (key, article_id) VALUES (?, ?)")
        for key in signature.bandKeys {
            try statement.execute(arguments: [key, articleID])
        }
    }

    /// The ids of earlier articles sharing at least one band with `signature`, most shared bands first.
    public func candidates(for signature: NearDuplicateSignature, excluding articleID: Int64?, in db: Database) throws
        -> [Int64]
    {
        let keys = signature.bandKeys
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ",")
        var arguments = StatementArguments(keys)
        arguments += [articleID ?? -1, Self.candidateLimit]
        return try Int64.fetchAll(
            db,
            sql: """
                SELECT article_id FROM near_duplicate_bands WHERE key IN (\(placeholders)) AND article_id != ?
                GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT ?
                """,
            arguments: arguments
        )
    }

    func bestMatch(for signature: NearDuplicateSignature, date: String, excluding articleID: Int64, in db: Database)
        throws -> Match?
    {
        var best: Match?
        for candidate in try candidates(for: signature, excluding: articleID, in: db) {
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT title, body, coalesce(duplicate_of, id) AS root,
                            abs(julianday(?) - julianday(substr(coalesce(published, received_at, ingested_at), 1, 10)))
                                AS days
                        FROM articles WHERE id = ?
                        """,
                    arguments: [date, candidate]
                )
            else { continue }
            if let days: Double = row["days"], days > Double(policy.windowDays) { continue }
            let other = NearDuplicateSignature(
                title: row["title"], body: row["body"], shingleSize: policy.shingleSize, minHashes: false)
            let similarity = signature.jaccard(with: other)
            guard similarity >= policy.threshold,
                signature.numberAgreement(with: other) >= policy.numberAgreement,
                similarity >= Self.nameChangeThreshold || !signature.namesConflict(with: other)
            else { continue }
            if similarity > best?.similarity ?? 0 { best = Match(root: row["root"], similarity: similarity) }
        }
        return best
    }
}
