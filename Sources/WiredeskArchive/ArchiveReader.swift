import GRDB

/// A read-only view of an archive for the queries of the command line (`wiredesk show`), made beside a running
/// daemon: it takes no lock, never migrates, and reads only what is committed.
///
/// ``Archive`` is the writer; this is what a reader that must not disturb it opens instead.
public struct ArchiveReader: Sendable {
    let database: DatabaseQueue

    /// Opens the database of the archive in `folder` read-only; fails when there is none.
    public init(folder: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: "\(folder)/\(Archive.databaseFileName)", configuration: configuration)
    }

    /// The near-duplicate cluster of `articleID`, first article first, with the files that carried each article;
    /// empty when there is no such article.
    public func cluster(of articleID: Int64) throws -> [ClusterMember] {
        try database.read { db in try ClusterQuery.cluster(of: articleID, in: db) }
    }
}
