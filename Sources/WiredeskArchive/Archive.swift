public import Foundation
import GRDB
import Synchronization
public import WiredeskCore
public import WiredeskSystem

/// A wiredesk archive folder: the SQLite database `wiredesk.db` (WAL) and the stored originals.
///
/// It records consumptions in the order the contract requires — the original is already stored when
/// ``commit(_:)`` runs, and one transaction writes the `articles`, `article_sources` and `files` rows of a batch —
/// so whoever unlinks inbox files after `commit` returns never loses one.
///
/// Its users see operations (store an original, commit a batch, probe for near-duplicates, look an article up), never
/// the database: the order above holds only while every write goes through here.
public final class Archive: Sendable {
    public static let databaseFileName = "wiredesk.db"

    public let folder: String
    let database: DatabasePool
    let originals: OriginalStore
    let nearDuplicates: NearDuplicateIndex
    /// Articles whose near-duplicate bands were (re)built on opening: an older archive, or a new shingle size.
    public let reindexedArticles: Int
    /// Bloom filters of the band keys of the periods probed last, read by the probes and kept up to date by commits.
    private let recentBands = Mutex<RecentBandFilter?>(nil)

    /// Opens (creating when needed) the archive in `folder` and brings its schema up to date.
    ///
    /// `synchronous = FULL`: in WAL mode, NORMAL may lose the last transactions on power loss, after wiredesk has
    /// already unlinked their inbox files; FULL makes every commit durable before `commit` returns.
    public init(
        folder: String,
        nearDuplicatePolicy: NearDuplicatePolicy = NearDuplicatePolicy(),
        busyTimeout: TimeInterval = 30
    ) throws {
        self.folder = folder
        try FileIO.makeDirectories(folder)
        try FileIO.makeDirectories("\(folder)/originals")
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // A page cache of up to 64 MiB a connection (SQLite's default is 2 MiB), so that the recent stretch of
            // the near-duplicate bands, where every new article looks and writes, stays in memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // A statement that writes many rows keeps a journal of the pages it changes, so it can be undone alone:
            // in memory, not in a temporary file.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // Checkpoints after about 40 MB of log rather than 4 MB: a page that several commits in a row change (the
            // current stretch of the near-duplicate bands, the full-text index) is copied into the database once,
            // not after every commit.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        database = try DatabasePool(path: "\(folder)/\(Self.databaseFileName)", configuration: configuration)
        try ArchiveSchema.migrator.migrate(database)
        originals = OriginalStore(archiveFolder: folder)
        nearDuplicates = NearDuplicateIndex(policy: nearDuplicatePolicy)
        let nearDuplicates = self.nearDuplicates
        reindexedArticles = try database.write { db in try nearDuplicates.prepare(in: db) }
    }

    /// Whether this file, still in the inbox, was already recorded: a crash came between commit and unlink, or the
    /// writer rewrote the file with the same bytes after it was taken. Either way only the unlink is missing.
    ///
    /// The same name and bytes in another file (another inode) is a new drop, recorded as a duplicate.
    public func isReplay(sha256: String, name: String, identity: FileIdentity) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT EXISTS (SELECT 1 FROM files WHERE sha256 = ? AND name = ? AND source_device = ?
                            AND source_inode = ?)
                        """),
                arguments: [
                    sha256, name, Int64(bitPattern: identity.device), Int64(bitPattern: identity.inode),
                ]
            ) ?? false
        }
    }

    /// The article whose content hash (``ExtractedArticle/contentHash``) is `contentHash`, if one was archived.
    public func articleID(contentHash: String) throws -> Int64? {
        try database.read { db in
            try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM articles WHERE content_hash = ?"), arguments: [contentHash])
        }
    }

    /// How many articles are marked as repeating an earlier one (`duplicate_of` set): what a benchmark of
    /// near-duplicate detection counts, beside its timings.
    @_spi(Benchmarks) public func nearDuplicateCount() throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") ?? 0
        }
    }

    /// Records a batch of consumptions in one transaction and says, for each, what it became.
    public func commit(_ consumptions: [Consumption], now: Date = Date()) throws -> [ConsumptionOutcome] {
        let lastArticle = "SELECT max(id) FROM articles"
        let (outcomes, batch, committedThrough, lastID) = try database.write { db in
            var batch = NearDuplicateBatch()
            let committedThrough = try Int64.fetchOne(db.cachedStatement(sql: lastArticle)) ?? 0
            let outcomes = try consumptions.map { consumption in
                try record(consumption, at: now, batch: &batch, committedThrough: committedThrough, in: db)
            }
            try nearDuplicates.writeBands(batch.bands, in: db)
            return (outcomes, batch, committedThrough, try Int64.fetchOne(db.cachedStatement(sql: lastArticle)) ?? 0)
        }
        // Only once the batch is durable: a filter that counted a rolled-back batch would vouch for the ids that the
        // next articles take.
        recentBands.withLock { filter in
            if filter?.add(batch, committedThrough: committedThrough, lastID: lastID) == false { filter = nil }
        }
        return outcomes
    }

    /// The near-duplicate signature of a new article and its lookup among the committed articles, when detection is
    /// on; made before the commit, where the article is extracted. A lookup that fails is left to the commit.
    public func nearDuplicateProbe(for extracted: ExtractedArticle, receivedAt: Date) -> NearDuplicateProbe? {
        guard let signature = nearDuplicates.signature(of: extracted.article) else { return nil }
        let day = Self.clusterDay(published: extracted.article.published, receivedAt: receivedAt)
        if let covered = try? articlesWithoutCandidates(for: signature, day: day) {
            return NearDuplicateProbe(signature: signature, day: day, checkedThrough: covered)
        }
        let nearDuplicates = self.nearDuplicates
        // Without a transaction of its own: the probe reads only committed articles up to the last id it saw first,
        // and those rows do not change.
        return (try? database.unsafeRead { db in try nearDuplicates.probe(signature, day: day, in: db) })
            ?? NearDuplicateProbe(signature: signature, day: day)
    }

    /// The last article up to which the band filters show that no article shares a band with `signature` in its
    /// window; `nil` when some may, or the window spans more periods than the filters keep.
    private func articlesWithoutCandidates(for signature: NearDuplicateSignature, day: Int) throws -> Int64? {
        let window = max(nearDuplicates.policy.windowDays, 0)
        let periods = NearDuplicateIndex.bucket(of: day - window)...NearDuplicateIndex.bucket(of: day + window)
        return try recentBands.withLock { filter in
            if filter == nil { filter = try database.read { db in try RecentBandFilter(in: db) } }
            guard try filter!.mayHold(signature.bandKeys, in: periods, database: database) == false else { return nil }
            return filter!.coveredThrough
        }
    }

    private func record(
        _ consumption: Consumption,
        at now: Date,
        batch: inout NearDuplicateBatch,
        committedThrough: Int64,
        in db: Database
    ) throws -> ConsumptionOutcome {
        let outcome: ConsumptionOutcome
        switch consumption.result {
        case .failure(let rejection):
            outcome = .rejected(reason: rejection.reason)
        case .success(let extracted):
            if let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM articles WHERE content_hash = ?"),
                arguments: [extracted.contentHash]
            ) {
                outcome = .duplicate(articleID: existing)
            } else {
                let match = try consumption.nearDuplicates.flatMap { probe in
                    try nearDuplicates.match(for: probe, in: batch, committedThrough: committedThrough, db: db)
                }
                let id = try insertArticle(extracted, consumption: consumption, nearDuplicateOf: match, at: now, in: db)
                if let probe = consumption.nearDuplicates {
                    batch.add(articleID: id, root: match?.root ?? id, probe: probe)
                }
                outcome = .ingested(articleID: id)
            }
        }
        var articleID: Int64?
        var reason: String?
        switch outcome {
        case .ingested(let id), .duplicate(let id): articleID = id
        case .rejected(let why): reason = why
        }
        // Cached statements: preparing these anew for every file would cost about as much as running them.
        try db.cachedStatement(
            sql: """
                INSERT INTO files (name, sha256, size, received_at, status, reason, article_id, stored_as, feed,
                    source_device, source_inode, source_ctime_ns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                consumption.name, consumption.sha256, consumption.size, Timestamp.iso8601(consumption.receivedAt),
                outcome.status, reason, articleID, consumption.storedAs, consumption.feed,
                consumption.identity.map { Int64(bitPattern: $0.device) },
                consumption.identity.map { Int64(bitPattern: $0.inode) },
                consumption.identity?.changeTimeNanoseconds,
            ]
        )
        return outcome
    }

    /// The day an article belongs to for near-duplicate windows: its publication date, else when it was received.
    static func clusterDay(published: String?, receivedAt: Date) -> Int {
        NearDuplicateIndex.day(of: published) ?? NearDuplicateIndex.day(of: Timestamp.iso8601(receivedAt)) ?? 0
    }

    private func insertArticle(
        _ extracted: ExtractedArticle,
        consumption: Consumption,
        nearDuplicateOf match: NearDuplicateIndex.Match?,
        at now: Date,
        in db: Database
    ) throws -> Int64 {
        let article = extracted.article
        try db.cachedStatement(
            sql: """
                INSERT INTO articles (title, body, dateline, place, published, published_inferred, agency, byline,
                    language, feed, word_count, content_hash, ingested_at, received_at, duplicate_of, similarity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                article.title, article.body, article.dateline, article.place, article.published,
                article.publishedYearInferred, article.agency,
                article.byline, article.language, consumption.feed, article.wordCount, extracted.contentHash,
                Timestamp.iso8601(now), Timestamp.iso8601(consumption.receivedAt), match?.root, match?.similarity,
            ]
        )
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [id, article.title, article.body])
        let insertSource = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO article_sources (article_id, name, role) VALUES (?, ?, ?)")
        for source in Set(article.sources) {
            try insertSource.execute(arguments: [id, source.name, source.role.rawValue])
        }
        return id
    }
}

extension Archive {
    /// Takes the archive's exclusive lock (`ARCHIVE/wiredesk.lock`) for the life of the process, so that two daemons
    /// never consume into the same archive; returns the lock's descriptor.
    public func lockExclusively() throws -> FileDescriptor {
        let path = "\(folder)/wiredesk.lock"
        let descriptor = try FileDescriptor.open(path, [.readWrite, .create])
        do {
            guard try descriptor.lockExclusivelyIfFree(path: path) else { throw ArchiveError.locked(path: path) }
        } catch {
            descriptor.close()
            throw error
        }
        return descriptor
    }
}

/// Failures particular to the archive, beyond SQLite's and the system's own errors.
public enum ArchiveError: Error, CustomStringConvertible {
    case locked(path: String)

    public var description: String {
        switch self {
        case .locked(let path): "another wiredesk process is using this archive (lock held on \(path))"
        }
    }
}

/// Timestamps as the archive stores them: ISO 8601 in UTC with milliseconds, which sort as text.
public enum Timestamp {
    public static func iso8601(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
        )
    }
}
