import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A full disk under the archive: files wait in the inbox and are taken, once each, when space returns.
/// The archive lives on a small tmpfs mounted for the test, which needs the privilege to mount (CI runs as root).
@Suite struct DiskFullTests {
    static var canMount: Bool { geteuid() == 0 }

    @Test(.enabled(if: canMount, "mounting a small tmpfs needs root")) func filesWaitForSpaceAndAreTakenOnce() throws {
        let workspace = try InboxWorkspace()
        let inbox = workspace.inbox
        let archive = workspace.archive
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        let mounted = run("/bin/mount", ["-t", "tmpfs", "-o", "size=6m", "tmpfs", archive])
        try #require(mounted == 0, "cannot mount a tmpfs")
        defer { _ = run("/bin/umount", ["-l", archive]) }

        let daemon = try workspace.startDaemon(settleMilliseconds: 50)
        // Fill the filesystem to the last byte.
        let filler = "\(archive)/filler"
        _ = FileManager.default.createFile(atPath: filler, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
        let block = Data(repeating: 0x20, count: 64 * 1024)
        while (try? handle.write(contentsOf: block)) != nil {}
        try? handle.close()

        for index in 0..<20 {
            let text = "Grain prices \(index)\n\nWheat futures rose \(index) cents on Thursday, traders said.\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(inbox)/grain-\(index).txt"))
        }
        #expect(waitUntil { daemon.log.contains("stay in the inbox") || daemon.log.contains("stays in the inbox") })
        #expect((try? FileManager.default.contentsOfDirectory(atPath: inbox).count) == 20)

        try FileManager.default.removeItem(atPath: filler)
        func recorded() -> Int? {
            guard let queue = try? DatabaseQueue(path: "\(archive)/wiredesk.db") else { return nil }
            return try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM files") }
        }
        #expect(waitUntil(timeout: .seconds(60)) { recorded() == 20 }, "log: \(daemon.log)")
        #expect(waitUntil { (try? FileManager.default.contentsOfDirectory(atPath: inbox).isEmpty) == true })
        let queue = try DatabaseQueue(path: "\(archive)/wiredesk.db")
        let (integrity, names, articles) = try queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                try Int.fetchOne(db, sql: "SELECT count(DISTINCT name) FROM files"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM articles")
            )
        }
        #expect(integrity == "ok")
        #expect(names == 20)
        #expect(articles == 20)
        #expect(daemon.process.isRunning)
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
