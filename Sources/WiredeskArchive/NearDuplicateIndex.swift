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

/// The archive's index of near-duplicates: MinHash LSH bands in the table `near_duplicate_bands`, looked up by
/// period and key, so finding candidates costs a fixed number of indexed reads whatever the archive's size, and
/// inserting new bands touches only the current period's stretch of the table; every candidate is verified on its text
/// (shingle Jaccard, agreeing figures, names) before anything is merged.
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
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, title, body, substr(coalesce(published, received_at, ingested_at), 1, 10) AS date,
                    substr(coalesce(received_at, ingested_at), 1, 10) AS received
                FROM articles ORDER BY id
                """)
        while let row = try rows.next() {
            let signature = NearDuplicateSignature(
                title: row["title"], body: row["body"], shingleSize: policy.shingleSize)
            let day = Self.day(of: row["date"]) ?? Self.day(of: row["received"]) ?? 0
            try index(articleID: row["id"], signature: signature, day: day, in: db)
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
    ///
    /// `day` is the article's day (``day(of:)``): its publication date, else the day it was received.
    @discardableResult
    public func record(articleID: Int64, signature: NearDuplicateSignature, day: Int, in db: Database) throws
        -> Match?
    {
        let match = try bestMatch(for: signature, day: day, excluding: articleID, in: db)
        if let match {
            try db.execute(
                sql: "UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?",
                arguments: [match.root, match.similarity, articleID]
            )
        }
        try index(articleID: articleID, signature: signature, day: day, in: db)
        return match
    }

    func index(articleID: Int64, signature: NearDuplicateSignature, day: Int, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO near_duplicate_bands (bucket, key, article_id, day) VALUES (?, ?, ?, ?)")
        for key in signature.bandKeys {
            try statement.execute(arguments: [Self.bucket(of: day), key, articleID, day])
        }
    }

    /// The 8-day period a day belongs to (floor division, so days before 1970 work too).
    static func bucket(of day: Int) -> Int { day >> 3 }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian), `nil` when it is not one.
    public static func day(of date: String?) -> Int? {
        guard let date, date.utf8.count >= 10 else { return nil }
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(dayOfMonth)
        else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + dayOfMonth - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The ids of articles within the time window of `day` that share at least one band with `signature`, most
    /// shared bands first.
    public func candidates(
        for signature: NearDuplicateSignature,
        day: Int,
        excluding articleID: Int64?,
        in db: Database
    ) throws -> [Int64] {
        let keys = signature.bandKeys
        let keyList = Array(repeating: "?", count: keys.count).joined(separator: ",")
        let window = max(policy.windowDays, 0)
        // A bounded window reads its few periods key by key; a very long one scans its periods' rows.
        let buckets = Array(Self.bucket(of: day - window)...Self.bucket(of: day + window))
        let bucketFilter =
            buckets.count <= 8
            ? "bucket IN (\(Array(repeating: "?", count: buckets.count).joined(separator: ",")))"
            : "bucket BETWEEN ? AND ?"
        var arguments = StatementArguments(buckets.count <= 8 ? buckets : [buckets.first!, buckets.last!])
        arguments += StatementArguments(keys)
        arguments += [day - window, day + window, articleID ?? -1, Self.candidateLimit]
        return try Int64.fetchAll(
            db,
            sql: """
                SELECT article_id FROM near_duplicate_bands
                WHERE \(bucketFilter) AND key IN (\(keyList)) AND day BETWEEN ? AND ? AND article_id != ?
                GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT ?
                """,
            arguments: arguments
        )
    }

    func bestMatch(for signature: NearDuplicateSignature, day: Int, excluding articleID: Int64, in db: Database)
        throws -> Match?
    {
        var best: Match?
        for candidate in try candidates(for: signature, day: day, excluding: articleID, in: db) {
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT title, body, coalesce(duplicate_of, id) AS root FROM articles WHERE id = ?",
                    arguments: [candidate]
                )
            else { continue }
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
