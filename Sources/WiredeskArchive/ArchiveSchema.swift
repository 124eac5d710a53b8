import GRDB

/// The archive's schema as a sequence of named migrations; the names are recorded in `grdb_migrations`, so an
/// archive made by an older wiredesk is brought up to date when a newer one opens it.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, files, sources, full-text index") { db in
            try db.create(table: "articles") { t in
                t.primaryKey("id", .integer)
                t.column("title", .text)
                t.column("body", .text).notNull()
                t.column("dateline", .text)
                t.column("place", .text)
                t.column("published", .text)
                t.column("agency", .text)
                t.column("byline", .text)
                t.column("language", .text)
                t.column("feed", .text)
                t.column("word_count", .integer).notNull()
                t.column("content_hash", .text).notNull().unique()
                t.column("duplicate_of", .integer).references("articles")
                t.column("similarity", .double)
                t.column("ingested_at", .text).notNull()
            }
            try db.create(indexOn: "articles", columns: ["published"])
            try db.create(indexOn: "articles", columns: ["agency"])
            try db.create(indexOn: "articles", columns: ["duplicate_of"])

            try db.create(table: "files") { t in
                t.primaryKey("id", .integer)
                t.column("name", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("received_at", .text).notNull()
                t.column("status", .text).notNull()
                    .check(sql: "status IN ('ingested', 'duplicate', 'rejected')")
                t.column("reason", .text)
                t.column("article_id", .integer).references("articles")
                t.column("stored_as", .text).notNull()
                t.column("feed", .text)
                // Where the inbox file was (device, inode, change time): tells a replay after a crash, where the
                // very same file is still in the inbox, from a new drop of the same bytes under the same name.
                t.column("source_device", .integer)
                t.column("source_inode", .integer)
                t.column("source_ctime_ns", .integer)
            }
            try db.create(indexOn: "files", columns: ["sha256"])
            try db.create(indexOn: "files", columns: ["article_id"])
            try db.create(indexOn: "files", columns: ["status"])

            try db.create(table: "article_sources", options: .withoutRowID) { t in
                t.column("article_id", .integer).notNull().references("articles", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("role", .text).notNull().check(sql: "role IN ('agency', 'cited')")
                t.primaryKey(["article_id", "name", "role"])
            }
            try db.create(indexOn: "article_sources", columns: ["name", "role"])

            try db.create(virtualTable: "articles_fts", using: FTS5()) { t in
                t.synchronize(withTable: "articles")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("body")
            }
        }
        migrator.registerMigration("v2: near-duplicate bands and received times") { db in
            try db.alter(table: "articles") { t in
                t.add(column: "received_at", .text)
            }
            try db.execute(sql: "UPDATE articles SET received_at = ingested_at")
            // One row per LSH band of each article's MinHash signature, keyed first by the article's 8-day period
            // (`bucket` = day >> 3): new articles' bands go into one small, cached stretch of the table however
            // large it grows, and a lookup reads the keys of the two or three periods of the time window.
            try db.create(table: "near_duplicate_bands", options: .withoutRowID) { t in
                t.column("bucket", .integer).notNull()
                t.column("key", .integer).notNull()
                t.column("article_id", .integer).notNull().references("articles", onDelete: .cascade)
                t.column("day", .integer).notNull()
                t.primaryKey(["bucket", "key", "article_id"])
            }
            try db.create(table: "archive_settings") { t in
                t.primaryKey("name", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v3: near-duplicate bands without a foreign key") { db in
            // Checking each band's article on insert cost about a third of writing it, and deleting an article had
            // its cascade scan the whole table (nothing indexes `article_id` alone). A deleted article's bands are
            // skipped when a lookup finds them.
            try db.create(table: "near_duplicate_bands_v3", options: .withoutRowID) { t in
                t.column("bucket", .integer).notNull()
                t.column("key", .integer).notNull()
                t.column("article_id", .integer).notNull()
                t.column("day", .integer).notNull()
                t.primaryKey(["bucket", "key", "article_id"])
            }
            try db.execute(
                sql: """
                    INSERT INTO near_duplicate_bands_v3 (bucket, key, article_id, day)
                    SELECT bucket, key, article_id, day FROM near_duplicate_bands
                    """)
            try db.drop(table: "near_duplicate_bands")
            try db.rename(table: "near_duplicate_bands_v3", to: "near_duplicate_bands")
        }
        migrator.registerMigration("v4: full-text rows of new articles written by the archive") { db in
            // A trigger that writes to the full-text index makes its statement keep a journal, and FTS5 flushes
            // the terms it holds in memory to a segment of its own at each such statement: once per article. The
            // archive writes an article's full-text row itself, in a statement of its own, so FTS5 gathers a whole
            // batch's terms. The triggers that follow deletions and edits stay.
            try db.execute(sql: "DROP TRIGGER IF EXISTS __articles_fts_ai")
        }
        migrator.registerMigration("v5: whether a publication date's year was inferred") { db in
            // 1 when the text gave a month and a day but no year, and the year came from the file's modification
            // time. Articles archived before this column existed cannot tell, and read 0.
            try db.alter(table: "articles") { t in
                t.add(column: "published_inferred", .integer).notNull().defaults(to: 0)
            }
        }
        return migrator
    }
}
