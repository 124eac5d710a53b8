import Foundation
import GRDB
import Testing
import WiredeskArchive
import WiredeskCore
import WiredeskSystem
import WiredeskTestSupport

@Suite struct ArchiveTests {
    let directory: TemporaryDirectory
    let archive: Archive

    init() throws {
        directory = try TemporaryDirectory()
        archive = try Archive(folder: "\(directory.path)/archive")
    }

    func consumption(
        name: String,
        body: String,
        title: String? = nil,
        sources: [ArticleSource] = [],
        feed: String? = nil
    ) throws -> Consumption {
        let bytes = Array(body.utf8)
        let sha = Archive.sha256(of: bytes)
        let article = Article(title: title, body: body, agency: "Xinhua", sources: sources)
        return Consumption(
            name: name,
            feed: feed,
            sha256: sha,
            size: bytes.count,
            receivedAt: Date(timeIntervalSince1970: 1_700_000_000),
            storedAs: try archive.storeOriginal(bytes, sha256: sha),
            identity: FileIdentity(device: 1, inode: UInt64(name.count), changeTimeNanoseconds: 42),
            result: .success(
                ExtractedArticle(article: article, contentHash: ContentFingerprint.contentHash(of: article)))
        )
    }

    @Test func opensInWALModeWithTheContractSchema() throws {
        let (journal, tables) = try archive.openDatabaseFile().read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
            )
        }
        #expect(journal == "wal")
        #expect(tables.isSuperset(of: ["articles", "files", "article_sources", "articles_fts"]))
        let articleColumns = try archive.openDatabaseFile().read { db in try db.columns(in: "articles").map(\.name) }
        #expect(
            Set(articleColumns).isSuperset(of: [
                "id", "title", "body", "dateline", "place", "published", "agency", "byline", "language", "feed",
                "word_count", "content_hash", "duplicate_of", "similarity", "ingested_at",
            ]))
        let fileColumns = try archive.openDatabaseFile().read { db in try db.columns(in: "files").map(\.name) }
        #expect(
            Set(fileColumns).isSuperset(of: [
                "id", "name", "sha256", "size", "received_at", "status", "reason", "article_id", "stored_as",
            ]))
    }

    @Test func reopeningAnExistingArchiveKeepsItsRows() throws {
        _ = try archive.commit([try consumption(name: "a.txt", body: "One story about the harbour.")])
        let reopened = try Archive(folder: archive.folder)
        #expect(try reopened.rowCount("articles") == 1)
    }

    @Test func exactDuplicatePointsAtTheFirstArticle() throws {
        let first = try consumption(name: "a.txt", body: "Rain fell on the capital, officials said.")
        let variant = try consumption(name: "feed/b.txt", body: "RAIN  fell on the capital -- officials said!")
        let outcomes = try archive.commit([first, variant])
        guard case .ingested(let id) = outcomes[0] else {
            Issue.record("first file not ingested: \(outcomes[0])")
            return
        }
        #expect(outcomes[1] == .duplicate(articleID: id))
        let rows = try archive.openDatabaseFile().read { db in
            try Row.fetchAll(db, sql: "SELECT name, status, article_id FROM files ORDER BY id")
        }
        #expect(rows.map { $0["status"] as String } == ["ingested", "duplicate"])
        #expect(rows.map { $0["article_id"] as Int64 } == [id, id])
        #expect(try archive.rowCount("articles") == 1)
    }

    @Test func anArticleIsFoundByItsContentHash() throws {
        let first = try consumption(name: "a.txt", body: "Rain fell on the capital, officials said.")
        guard case .success(let extracted) = first.result else { return }
        #expect(try archive.articleID(contentHash: extracted.contentHash) == nil)
        let outcomes = try archive.commit([first])
        let id = try #require(try archive.articleID(contentHash: extracted.contentHash))
        #expect(outcomes == [.ingested(articleID: id)])
    }

    @Test func differentArticlesAreKeptApart() throws {
        let outcomes = try archive.commit([
            try consumption(name: "a.txt", body: "Rain fell on the capital on Monday."),
            try consumption(name: "b.txt", body: "Rain fell on the capital on Tuesday."),
        ])
        #expect(outcomes.allSatisfy { if case .ingested = $0 { true } else { false } })
    }

    @Test func rejectionIsRecordedWithItsReasonAndOriginal() throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]
        let sha = Archive.sha256(of: bytes)
        let stored = try archive.storeOriginal(bytes, sha256: sha)
        let rejected = Consumption(
            name: "logo.png", feed: nil, sha256: sha, size: bytes.count, receivedAt: Date(), storedAs: stored,
            identity: nil, result: .failure(.binary(kind: "PNG image"))
        )
        #expect(try archive.commit([rejected]) == [.rejected(reason: "binary: PNG image")])
        let row = try archive.openDatabaseFile().read { db in try Row.fetchOne(db, sql: "SELECT * FROM files") }
        #expect(row?["status"] == "rejected")
        #expect(row?["reason"] == "binary: PNG image")
        #expect(row?["article_id"] == nil as Int64?)
        let storedPath = "\(archive.folder)/\(row?["stored_as"] as String? ?? "")"
        #expect(FileManager.default.contents(atPath: storedPath) == Data(bytes))
    }

    @Test func originalsAreContentAddressedAndStoredOnce() throws {
        let bytes = Array("the same bytes".utf8)
        let sha = Archive.sha256(of: bytes)
        let first = try archive.storeOriginal(bytes, sha256: sha)
        let second = try archive.storeOriginal(bytes, sha256: sha)
        #expect(first == second)
        #expect(first == "originals/\(sha.prefix(2))/\(sha)")
        let folder = "\(archive.folder)/originals/\(sha.prefix(2))"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [sha])
    }

    @Test func sourcesAndFullTextSearch() throws {
        let sources = [
            ArticleSource(name: "Xinhua", role: .agency), ArticleSource(name: "Press TV", role: .cited),
            ArticleSource(name: "Press TV", role: .cited),
        ]
        _ = try archive.commit([
            try consumption(name: "a.txt", body: "The harbour reopened after the storm.", sources: sources)
        ])
        let (sourceRows, hits) = try archive.openDatabaseFile().read { db in
            (
                try Row.fetchAll(db, sql: "SELECT name, role FROM article_sources ORDER BY role"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'")
            )
        }
        #expect(
            sourceRows.map { "\($0["name"] as String)/\($0["role"] as String)" } == ["Xinhua/agency", "Press TV/cited"])
        #expect(hits == 1)
        // The index matches the articles' texts, and still follows a deletion.
        try archive.openDatabaseFile().write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
            try db.execute(sql: "DELETE FROM files; DELETE FROM articles")
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'") == 0)
        }
    }

    @Test func replayIsRecognisedOnlyForTheSameFileOnDisk() throws {
        let original = try consumption(name: "a.txt", body: "Markets closed higher on Friday.")
        _ = try archive.commit([original])
        let identity = try #require(original.identity)
        #expect(try archive.isReplay(sha256: original.sha256, name: "a.txt", identity: identity))
        var rewritten = identity
        rewritten.changeTimeNanoseconds += 1
        #expect(try archive.isReplay(sha256: original.sha256, name: "a.txt", identity: rewritten))
        var newDrop = identity
        newDrop.inode += 1
        #expect(try !archive.isReplay(sha256: original.sha256, name: "a.txt", identity: newDrop))
        #expect(try !archive.isReplay(sha256: original.sha256, name: "b.txt", identity: identity))
    }
}
