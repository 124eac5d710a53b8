import GRDB
import GRDBSQLite
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
///
/// The lookup and verification against what is already committed run where the article is extracted, on every core,
/// through ``probe(_:day:in:)``; the commit then only compares the article with those its own batch added, and with any
/// committed after its probe was made, before it writes the bands.
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
    func prepare(in db: Database) throws -> Int {
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
        var bands: [NearDuplicateBatch.Band] = []
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
            bands += NearDuplicateBatch.Band.rows(of: signature, articleID: row["id"], day: day)
            indexed += 1
            if indexed % 4_096 == 0 {
                try writeBands(bands, in: db)
                bands.removeAll(keepingCapacity: true)
            }
        }
        try writeBands(bands, in: db)
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

        /// The closer of two matches (the earlier one on a tie).
        func closer(than other: Match?) -> Match {
            guard let other, other.similarity >= similarity else { return self }
            return other
        }
    }

    /// Looks up the story of a new article among the committed articles, with a read of its own: candidates from
    /// the bands, each verified on its text. What it finds is kept in the probe, which
    /// ``match(for:in:committedThrough:db:)`` completes when the article is committed.
    func probe(_ signature: NearDuplicateSignature, day: Int, in db: Database) throws -> NearDuplicateProbe {
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM articles")) ?? 0
        let match = try bestMatch(for: signature, day: day, after: 0, through: last, in: db)
        return NearDuplicateProbe(signature: signature, day: day, match: match, checkedThrough: last)
    }

    /// The story a new article repeats, found before its row is written (so that `duplicate_of` and `similarity`
    /// go in with it): what its probe found, then what the probe did not see — articles committed after it was made,
    /// up to `committedThrough` (the last id before this batch), from the bands, and the earlier articles of this
    /// batch, in memory. ``NearDuplicateBatch/add(articleID:root:probe:)`` then adds the article to the batch.
    func match(
        for probe: NearDuplicateProbe,
        in batch: NearDuplicateBatch,
        committedThrough: Int64,
        db: Database
    ) throws -> Match? {
        var best = probe.match
        if committedThrough > probe.checkedThrough,
            let later = try bestMatch(
                for: probe.signature, day: probe.day, after: probe.checkedThrough, through: committedThrough, in: db)
        {
            best = later.closer(than: best)
        }
        if let inBatch = batch.bestMatch(for: probe, verifiedBy: self) { best = inBatch.closer(than: best) }
        return best
    }

    /// Rows written by one statement of ``writeBands(_:in:)``.
    static let bandRowsPerStatement = 128

    static func insertBandsSQL(rows: Int) -> String {
        "INSERT OR IGNORE INTO near_duplicate_bands (bucket, key, article_id, day) VALUES "
            + Array(repeating: "(?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    static let insertBandsChunkSQL = insertBandsSQL(rows: bandRowsPerStatement)

    /// Writes bands in key order, many rows to a statement, bound through SQLite's own calls: a statement per row,
    /// or values boxed for binding, would cost more than writing the rows.
    func writeBands(_ bands: [NearDuplicateBatch.Band], in db: Database) throws {
        let rows = bands.sorted { ($0.bucket, $0.key, $0.articleID) < ($1.bucket, $1.key, $1.articleID) }
        var start = 0
        while start < rows.count {
            let count = min(Self.bandRowsPerStatement, rows.count - start)
            let statement = try db.cachedStatement(
                sql: count == Self.bandRowsPerStatement ? Self.insertBandsChunkSQL : Self.insertBandsSQL(rows: count))
            let handle = statement.sqliteStatement
            sqlite3_reset(handle)
            for (offset, row) in rows[start..<(start + count)].enumerated() {
                let first = Int32(offset * 4)
                sqlite3_bind_int64(handle, first + 1, Int64(row.bucket))
                sqlite3_bind_int64(handle, first + 2, row.key)
                sqlite3_bind_int64(handle, first + 3, row.articleID)
                sqlite3_bind_int64(handle, first + 4, Int64(row.day))
            }
            let code = sqlite3_step(handle)
            sqlite3_reset(handle)
            guard code == SQLITE_DONE else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
            }
            start += count
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
        return CivilDay.daysSinceEpoch(year: year, month: month, day: dayOfMonth)
    }

    /// Whether two days are close enough for their articles to be one story.
    func withinWindow(_ day: Int, _ other: Int) -> Bool { abs(day - other) <= max(policy.windowDays, 0) }

    /// The ids of articles after `after` and up to `through`, within the time window of `day`, that share at least one
    /// band with `signature`, most shared bands first.
    func candidates(
        for signature: NearDuplicateSignature,
        day: Int,
        after: Int64,
        through: Int64,
        in db: Database
    ) throws -> [Int64] {
        let keys = signature.bandKeys
        let keyList = Array(repeating: "?", count: keys.count).joined(separator: ",")
        let window = max(policy.windowDays, 0)
        // The window's periods up to the latest one indexed: the end of the window of a story from today lies in the
        // future, where no period has bands yet.
        guard
            let latest = try Int.fetchOne(db.cachedStatement(sql: "SELECT max(bucket) FROM near_duplicate_bands")),
            Self.bucket(of: day - window) <= latest
        else { return [] }
        // A bounded window reads its few periods key by key; a very long one scans its periods' rows.
        let buckets = Array(Self.bucket(of: day - window)...min(Self.bucket(of: day + window), latest))
        let bucketFilter =
            buckets.count <= 8
            ? "bucket IN (\(Array(repeating: "?", count: buckets.count).joined(separator: ",")))"
            : "bucket BETWEEN ? AND ?"
        var arguments = StatementArguments(buckets.count <= 8 ? buckets : [buckets.first!, buckets.last!])
        arguments += StatementArguments(keys)
        arguments += [day - window, day + window, after, through, Self.candidateLimit]
        return try Int64.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT article_id FROM near_duplicate_bands
                    WHERE \(bucketFilter) AND key IN (\(keyList)) AND day BETWEEN ? AND ? AND article_id > ?
                        AND article_id <= ?
                    GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT ?
                    """),
            arguments: arguments
        )
    }

    /// The closest verified match among the committed candidates after `after` and up to `through`.
    func bestMatch(
        for signature: NearDuplicateSignature,
        day: Int,
        after: Int64,
        through: Int64,
        in db: Database
    ) throws -> Match? {
        guard through > after else { return nil }
        var best: Match?
        for candidate in try candidates(for: signature, day: day, after: after, through: through, in: db) {
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT title, body, coalesce(duplicate_of, id) AS root FROM articles WHERE id = ?"),
                    arguments: [candidate]
                )
            else { continue }
            let other = NearDuplicateSignature(
                title: row["title"], body: row["body"], shingleSize: policy.shingleSize, minHashes: false)
            guard let similarity = verifiedSimilarity(signature, other) else { continue }
            best = Match(root: row["root"], similarity: similarity).closer(than: best)
        }
        return best
    }

    /// The similarity of two texts when verification finds them one story: close enough, with agreeing figures, and,
    /// unless very close, without names swapped under another headline; `nil` otherwise.
    func verifiedSimilarity(_ signature: NearDuplicateSignature, _ other: NearDuplicateSignature) -> Double? {
        let similarity = signature.jaccard(with: other)
        guard similarity >= policy.threshold,
            signature.numberAgreement(with: other) >= policy.numberAgreement,
            similarity >= Self.nameChangeThreshold || !signature.namesConflict(with: other)
        else { return nil }
        return similarity
    }
}

/// A new article's near-duplicate signature and what its lookup among the committed articles found.
public struct NearDuplicateProbe: Sendable {
    public var signature: NearDuplicateSignature
    /// The article's day (``NearDuplicateIndex/day(of:)``): its publication date, else the day it was received.
    public var day: Int
    /// The closest verified match among the articles up to `checkedThrough`.
    public var match: NearDuplicateIndex.Match?
    /// The last article id the lookup saw: 0 when none was made, and the commit looks the article up whole.
    public var checkedThrough: Int64

    public init(
        signature: NearDuplicateSignature, day: Int, match: NearDuplicateIndex.Match? = nil, checkedThrough: Int64 = 0
    ) {
        self.signature = signature
        self.day = day
        self.match = match
        self.checkedThrough = checkedThrough
    }
}

/// The articles a commit has added so far, kept in memory with their signatures: each next article of the batch is
/// compared with those it shares a band with, as it would be with them once committed.
public struct NearDuplicateBatch: Sendable {
    /// A row of `near_duplicate_bands`.
    public struct Band: Sendable {
        var bucket: Int
        var key: Int64
        var articleID: Int64
        var day: Int

        /// The rows of an article's bands.
        static func rows(of signature: NearDuplicateSignature, articleID: Int64, day: Int) -> [Band] {
            let bucket = NearDuplicateIndex.bucket(of: day)
            return signature.bandKeys.map { Band(bucket: bucket, key: $0, articleID: articleID, day: day) }
        }
    }

    private var members: [(id: Int64, root: Int64, probe: NearDuplicateProbe)] = []
    /// For each band key, the last of `keyLinks` naming it; each link names the previous one, `-1` ending the chain.
    private var lastLinkByKey: [Int64: Int] = [:]
    private var keyLinks: [(member: Int, previous: Int)] = []
    /// The bands of the batch's articles, not yet written.
    private(set) var bands: [Band] = []

    public init() {}

    /// Adds a recorded article, whose cluster's first article is `root`, with the bands to write.
    public mutating func add(articleID: Int64, root: Int64, probe: NearDuplicateProbe) {
        for key in probe.signature.bandKeys {
            keyLinks.append((members.count, lastLinkByKey.updateValue(keyLinks.count, forKey: key) ?? -1))
        }
        bands += Band.rows(of: probe.signature, articleID: articleID, day: probe.day)
        members.append((articleID, root, probe))
    }

    /// The closest verified match among the batch's articles within the window, checking at most
    /// `NearDuplicateIndex.candidateLimit` of those sharing the most bands.
    func bestMatch(for probe: NearDuplicateProbe, verifiedBy index: NearDuplicateIndex) -> NearDuplicateIndex.Match? {
        guard !members.isEmpty else { return nil }
        var shared: [Int: Int] = [:]
        for key in probe.signature.bandKeys {
            var link = lastLinkByKey[key] ?? -1
            while link >= 0 {
                let member = keyLinks[link].member
                if index.withinWindow(members[member].probe.day, probe.day) { shared[member, default: 0] += 1 }
                link = keyLinks[link].previous
            }
        }
        let candidates = shared.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(
            NearDuplicateIndex.candidateLimit)
        var best: NearDuplicateIndex.Match?
        for (member, _) in candidates {
            guard let similarity = index.verifiedSimilarity(probe.signature, members[member].probe.signature) else {
                continue
            }
            best = NearDuplicateIndex.Match(root: members[member].root, similarity: similarity).closer(than: best)
        }
        return best
    }
}
