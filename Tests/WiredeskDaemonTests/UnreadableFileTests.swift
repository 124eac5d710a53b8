import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A file the daemon may not read (EACCES) is logged, left in place and retried; once readable it is archived.
/// Permissions do not bind root, so the daemon runs as an unprivileged user, which needs root to arrange.
@Suite struct UnreadableFileTests {
    static let unprivileged: UInt32 = 65534

    @Test(
        .enabled(
            if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "running the daemon as another user needs root and setpriv"))
    func unreadableFileIsRetriedUntilItCanBeRead() throws {
        let directory = try TemporaryDirectory()
        let inbox = "\(directory.path)/inbox"
        let archive = "\(directory.path)/archive"
        for folder in [inbox, archive] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            #expect(chown(folder, Self.unprivileged, Self.unprivileged) == 0)
        }
        #expect(chmod(directory.path, 0o755) == 0)
        let locked = "\(inbox)/locked.txt"
        try Data("Harbour closed\n\nThe harbour closed on Sunday because of the storm, officials said.\n".utf8)
            .write(to: URL(fileURLWithPath: locked))
        #expect(chmod(locked, 0o000) == 0)

        let daemon = try DaemonProcess(
            arguments: ["run", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "50"],
            logPath: "\(directory.path)/daemon.log",
            userID: Self.unprivileged
        )
        #expect(waitUntil { daemon.log.contains("Permission denied") }, "log: \(daemon.log)")
        #expect(FileManager.default.fileExists(atPath: locked))
        #expect(daemon.process.isRunning)

        #expect(chmod(locked, 0o644) == 0)
        func recorded() -> Int? {
            guard let queue = try? DatabaseQueue(path: "\(archive)/wiredesk.db") else { return nil }
            return try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM files") }
        }
        #expect(waitUntil(timeout: .seconds(30)) { recorded() == 1 }, "log: \(daemon.log)")
        #expect(waitUntil { !FileManager.default.fileExists(atPath: locked) })
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }
}
