import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The first file received is the original: a backlog is consumed in the order its files arrived (modification time,
/// then name), so an original becomes the article and its later re-sends and rewrites point at it, whatever their
/// names.
@Suite struct ArrivalOrderTests: InboxWorkspaceTest {
    let workspace: InboxWorkspace

    init() throws {
        workspace = try InboxWorkspace()
    }

    static let places = ["LISBON", "OSLO", "NAIROBI", "LIMA", "HANOI", "QUITO", "DAKAR", "RIGA"]

    static func original(_ number: Int) -> String {
        let place = places[number % places.count]
        return """
            Port workers in \(place.capitalized) end strike number \(number)

            \(place), March \(number + 1) (Reuters) - Dock workers in the port of \(place.capitalized) ended a strike \
            over pay on Tuesday after \(number + 3) days, the union said, and ships began to unload cargo that had \
            waited offshore since the walkout began.

            The union said its members had accepted a raise of \(number + 4) percent over two years. The port \
            authority said it expected traffic to return to normal by the weekend.
            """
    }

    /// A later version of the story: one sentence added at the end, as an update adds.
    static func rewrite(_ number: Int) -> String {
        original(number) + "\n\nThe strike had cost the port and its shippers dearly, officials said.\n"
    }

    func write(_ text: String, to name: String, secondsAgo: Double) throws {
        try workspace.write(Data(text.utf8), to: name)
        let time = Date().timeIntervalSince1970 - secondsAgo
        var times = [timespec](repeating: timespec(tv_sec: Int(time), tv_nsec: 0), count: 2)
        times[1] = times[0]
        #expect(utimensat(AT_FDCWD, "\(inbox)/\(name)", &times, 0) == 0)
    }

    /// Originals received first, re-sends and rewrites later; names sort the other way round.
    func writeBacklog() throws {
        for number in 0..<8 {
            try write(Self.original(number), to: "z-story-\(number).txt", secondsAgo: 600 - Double(number))
        }
        for number in 0..<8 {
            try write(Self.original(number), to: "a-resend-\(number).txt", secondsAgo: 300 - Double(number))
            try write(Self.rewrite(number), to: "b-update-\(number).txt", secondsAgo: 200 - Double(number))
        }
    }

    func expectOriginalsCanonical() throws {
        let queue = try DatabaseQueue(path: "\(archive)/wiredesk.db", configuration: InboxWorkspace.readOnly)
        try queue.read { db in
            for number in 0..<8 {
                let original = try Row.fetchOne(
                    db, sql: "SELECT status, article_id FROM files WHERE name = ?", arguments: ["z-story-\(number).txt"]
                )
                #expect(original?["status"] == "ingested", "z-story-\(number).txt")
                let articleID: Int64? = original?["article_id"]
                let resend = try Row.fetchOne(
                    db, sql: "SELECT status, article_id FROM files WHERE name = ?",
                    arguments: ["a-resend-\(number).txt"])
                #expect(resend?["status"] == "duplicate", "a-resend-\(number).txt")
                #expect(resend?["article_id"] == articleID)
                let update = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT articles.id, articles.duplicate_of FROM files JOIN articles ON articles.id = files.article_id
                        WHERE files.name = ?
                        """,
                    arguments: ["b-update-\(number).txt"])
                #expect(update?["duplicate_of"] == articleID, "b-update-\(number).txt is a rewrite of the original")
                #expect((update?["id"] as Int64?) ?? 0 > articleID ?? .max, "committed after the original")
            }
        }
    }

    @Test func aPassTakesTheBacklogInTheOrderReceived() throws {
        try writeBacklog()
        let daemon = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "0"],
            logPath: "\(directory.path)/once.log"
        )
        #expect(daemon.waitForExit(timeout: .seconds(60)) == 0, "log: \(daemon.log)")
        #expect(daemon.log.contains("ingested 16, duplicate 8, rejected 0, left 0"), "log: \(daemon.log)")
        try expectOriginalsCanonical()
    }

    @Test(arguments: [1, 256])
    func theStartUpScanTakesTheBacklogInTheOrderReceived(batchSize: Int) throws {
        try writeBacklog()
        let daemon = try workspace.startDaemon(environment: ["WIREDESK_BATCH_SIZE": "\(batchSize)"])
        #expect(waitUntil(timeout: .seconds(30)) { count("SELECT count(*) FROM files") == 24 }, "log: \(daemon.log)")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
        try expectOriginalsCanonical()
    }
}
