import GRDB

/// An article of a near-duplicate cluster as `wiredesk show` lists it, with the files that carried it.
public struct ClusterMember: Sendable, Equatable {
    public var id: Int64
    public var title: String?
    public var published: String?
    public var agency: String?
    public var place: String?
    public var duplicateOf: Int64?
    public var similarity: Double?
    public var files: [File]

    public struct File: Sendable, Equatable {
        public var name: String
        public var status: String
        public var receivedAt: String
    }
}

/// Reads the cluster an article belongs to: its first article and every article marked as repeating it.
enum ClusterQuery {
    /// The cluster of `articleID`, first article first; empty when there is no such article.
    static func cluster(of articleID: Int64, in db: Database) throws -> [ClusterMember] {
        guard
            let root = try Int64.fetchOne(
                db, sql: "SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?", arguments: [articleID])
        else { return [] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, title, published, agency, place, duplicate_of, similarity FROM articles
                WHERE id = ? OR duplicate_of = ? ORDER BY id
                """,
            arguments: [root, root]
        )
        return try rows.map { row in
            let id: Int64 = row["id"]
            let files = try Row.fetchAll(
                db, sql: "SELECT name, status, received_at FROM files WHERE article_id = ? ORDER BY id",
                arguments: [id]
            ).map { ClusterMember.File(name: $0["name"], status: $0["status"], receivedAt: $0["received_at"]) }
            return ClusterMember(
                id: id, title: row["title"], published: row["published"], agency: row["agency"], place: row["place"],
                duplicateOf: row["duplicate_of"], similarity: row["similarity"], files: files)
        }
    }
}
