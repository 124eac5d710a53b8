import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Others at work on the same files: someone holding the database with `sqlite3`, folders moved in at depth, and
/// more events than the kernel's queue holds.
@Suite(.serialized) struct ContentionTests: InboxWorkspaceTest {
    let workspace: InboxWorkspace

    init() throws {
        workspace = try InboxWorkspace()
    }

    func startDaemon() throws -> DaemonProcess {
        try workspace.startDaemon(settleMilliseconds: 50)
    }

    static func story(_ index: Int) -> Data {
        Data("Council votes on budget \(index)\n\nThe city council approved budget line \(index) on Monday.\n".utf8)
    }

    /// Whether another connection holds the archive's write lock: taking it without waiting fails.
    func writeLockIsHeld() -> Bool {
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        guard let queue = try? DatabaseQueue(path: "\(archive)/wiredesk.db", configuration: configuration) else {
            return false
        }
        do {
            try queue.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
            return false
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return true
        } catch {
            return false
        }
    }

    @Test func aWriterHoldingTheDatabaseLockDelaysButLosesNothing() throws {
        let daemon = try startDaemon()
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = ["\(archive)/wiredesk.db"]
        let input = Pipe()
        sqlite.standardInput = input
        sqlite.standardOutput = FileHandle.nullDevice
        try sqlite.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n".utf8))
        try #require(waitUntil { writeLockIsHeld() }, "the sqlite3 CLI did not take the write lock")
        for index in 0..<20 {
            try Self.story(index).write(to: URL(fileURLWithPath: "\(inbox)/held-\(index).txt"))
        }
        // Files settle after 50 ms; for two seconds of lock, none is committed and none leaves the inbox.
        #expect(
            staysTrue(for: .seconds(2)) {
                writeLockIsHeld() && count("SELECT count(*) FROM files") == 0 && inboxFiles().count == 20
            })
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        sqlite.waitUntilExit()
        #expect(waitUntil(timeout: .seconds(30)) { count("SELECT count(*) FROM files") == 20 })
        #expect(waitUntil { inboxFiles().isEmpty })
        #expect(!daemon.log.contains("cannot commit"), "log: \(daemon.log)")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func foldersMovedInAtDepthAreWatchedAndScanned() throws {
        let daemon = try startDaemon()
        let outside = "\(directory.path)/staging"
        try FileManager.default.createDirectory(atPath: "\(outside)/agency/2026/11", withIntermediateDirectories: true)
        try Self.story(1).write(to: URL(fileURLWithPath: "\(outside)/agency/2026/11/a.txt"))
        try FileManager.default.moveItem(atPath: "\(outside)/agency", toPath: "\(inbox)/agency")
        #expect(waitUntil { count("SELECT count(*) FROM files") == 1 })
        // The moved-in folders are watched: a file written deep inside them later is seen too.
        try Self.story(2).write(to: URL(fileURLWithPath: "\(inbox)/agency/2026/11/b.txt"))
        try FileManager.default.createDirectory(atPath: "\(inbox)/agency/2026/12", withIntermediateDirectories: true)
        try Self.story(3).write(to: URL(fileURLWithPath: "\(inbox)/agency/2026/12/c.txt"))
        #expect(waitUntil { count("SELECT count(*) FROM files WHERE feed = 'agency'") == 3 }, "log: \(daemon.log)")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func theInboxDeletedAndRecreatedIsWatchedAgain() throws {
        let daemon = try startDaemon()
        try FileManager.default.removeItem(atPath: inbox)
        #expect(waitUntil { daemon.log.contains("inbox folder is missing") }, "log: \(daemon.log)")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try Self.story(7).write(to: URL(fileURLWithPath: "\(inbox)/back.txt"))
        #expect(waitUntil { count("SELECT count(*) FROM files") == 1 }, "log: \(daemon.log)")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func aBurstLargerThanTheEventQueueIsIngestedWhole() throws {
        let limit =
            (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 16384
        let total = Int(ProcessInfo.processInfo.environment["WIREDESK_OVERFLOW_FILES"] ?? "") ?? (limit / 3 + 2000)
        let daemon = try startDaemon()
        // Stop the reader so the kernel's queue overflows while the files land: each new file queues at least
        // three events (create, modify, close-after-write).
        daemon.send(SIGSTOP)
        for index in 0..<total {
            try Self.story(index).write(to: URL(fileURLWithPath: "\(inbox)/burst-\(index).txt"))
        }
        daemon.send(SIGCONT)
        #expect(waitUntil(timeout: .seconds(240)) { count("SELECT count(*) FROM files") == total })
        #expect(daemon.log.contains("overflowed"), "no overflow seen")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }
}
