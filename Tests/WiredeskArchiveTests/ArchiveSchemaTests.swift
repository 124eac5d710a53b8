import Foundation
import GRDB
import Testing
import WiredeskTestSupport

@testable import WiredeskArchive

struct ArchiveSchemaTests {
    @Test func bandsOfAnOlderArchiveAreKeptWithoutTheirForeignKey() throws {
        let directory = try TemporaryDirectory()
        let folder = "\(directory.path)/archive"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let older = try DatabaseQueue(path: "\(folder)/\(Archive.databaseFileName)")
        try ArchiveSchema.migrator.migrate(older, upTo: "v2: near-duplicate bands and received times")
        try older.write { db in
            try db.execute(
                sql: """
                    INSERT INTO articles (id, body, word_count, content_hash, ingested_at) VALUES (7, 'x', 1, 'h', 'now');
                    INSERT INTO near_duplicate_bands (bucket, key, article_id, day) VALUES (2500, -42, 7, 20001);
                    INSERT INTO archive_settings (name, value) VALUES ('near_duplicates.shingle_size', '3');
                    """)
        }
        try older.close()

        let archive = try Archive(folder: folder)
        try archive.database.read { db in
            let band = try Row.fetchOne(db, sql: "SELECT bucket, key, article_id, day FROM near_duplicate_bands")
            #expect(band == ["bucket": 2_500, "key": -42, "article_id": 7, "day": 20_001])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(near_duplicate_bands)").isEmpty)
        }
    }
}
