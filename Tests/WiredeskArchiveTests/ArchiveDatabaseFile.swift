import GRDB
import WiredeskArchive

extension Archive {
    /// The archive's SQLite file opened as a user's `sqlite3` would: a connection of its own beside the archive's,
    /// so that a test sees the rows a commit made durable, not the archive's own view of them.
    func openDatabaseFile() throws -> DatabaseQueue {
        try DatabaseQueue(path: "\(folder)/\(Archive.databaseFileName)")
    }

    /// The number of rows in `table`, read through ``openDatabaseFile()``.
    func rowCount(_ table: String) throws -> Int? {
        try openDatabaseFile().read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") }
    }
}
