import Foundation
import GRDB
import Testing
import WiredeskCore
import WiredeskTestSupport

@testable import WiredeskArchive

struct ArchiveSchemaTests {
    let directory: TemporaryDirectory
    var folder: String { "\(directory.path)/archive" }

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// Makes the archive an older wiredesk left: its schema up to `migration`, with the rows `sql` writes.
    func makeOlderArchive(upTo migration: String, _ sql: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let older = try DatabaseQueue(path: "\(folder)/\(Archive.databaseFileName)")
        try ArchiveSchema.migrator.migrate(older, upTo: migration)
        try older.write { db in try db.execute(sql: sql) }
        try older.close()
    }

    /// Commits one article, as the daemon would, on top of the older rows.
    func commit(_ article: Article, to archive: Archive) throws {
        _ = try archive.commit([
            Consumption(
                name: "b.txt", feed: nil, sha256: "b", size: 1, receivedAt: Date(), storedAs: "b", identity: nil,
                result: .success(
                    ExtractedArticle(article: article, contentHash: ContentFingerprint.contentHash(of: article))))
        ])
    }

    @Test func bandsOfAnOlderArchiveAreKeptWithoutTheirForeignKey() throws {
        try makeOlderArchive(
            upTo: "v2: near-duplicate bands and received times",
            """
            INSERT INTO articles (id, body, word_count, content_hash, ingested_at) VALUES (7, 'x', 1, 'h', 'now');
            INSERT INTO near_duplicate_bands (bucket, key, article_id, day) VALUES (2500, -42, 7, 20001);
            INSERT INTO archive_settings (name, value) VALUES ('near_duplicates.shingle_size', '3');
            """)
        let archive = try Archive(folder: folder)
        try archive.openDatabaseFile().read { db in
            let band = try Row.fetchOne(db, sql: "SELECT bucket, key, article_id, day FROM near_duplicate_bands")
            #expect(band == ["bucket": 2_500, "key": -42, "article_id": 7, "day": 20_001])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(near_duplicate_bands)").isEmpty)
        }
    }
}

extension ArchiveSchemaTests {
    @Test func articlesIndexedByTheOlderTriggerAndByTheArchiveAreSearchedAlike() throws {
        try makeOlderArchive(
            upTo: "v3: near-duplicate bands without a foreign key",
            """
            INSERT INTO articles (body, word_count, content_hash, ingested_at)
            VALUES ('The harbour reopened.', 3, 'h1', 'now')
            """)

        let archive = try Archive(folder: folder)
        try commit(Article(title: "Storm", body: "The harbour closed again.", agency: "Xinhua"), to: archive)
        try archive.openDatabaseFile().write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'") == 2)
        }
    }
}

extension ArchiveSchemaTests {
    @Test func anInferredYearIsRecordedAndOlderArticlesReadNotInferred() throws {
        try makeOlderArchive(
            upTo: "v4: full-text rows of new articles written by the archive",
            """
            INSERT INTO articles (body, published, word_count, content_hash, ingested_at)
            VALUES ('The harbour reopened.', '2016-12-12', 3, 'h1', 'now')
            """)
        let archive = try Archive(folder: folder)
        try commit(
            Article(body: "The harbour closed again.", published: "2026-12-03", publishedYearInferred: true),
            to: archive)
        try archive.openDatabaseFile().read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT published, published_inferred FROM articles ORDER BY id")
            #expect(
                rows == [
                    ["published": "2016-12-12", "published_inferred": 0],
                    ["published": "2026-12-03", "published_inferred": 1],
                ])
        }
    }
}
