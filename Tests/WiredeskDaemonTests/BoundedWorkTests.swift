import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// No file holds up the inbox: a file whose extraction runs over its time budget is rejected with a reason that says
/// so (its original kept) while the files behind it are committed; a stop leaves it in the inbox within a few seconds;
/// and `--once` always ends, leaving what it cannot read where it is.
@Suite struct BoundedWorkTests: InboxWorkspaceTest {
    let workspace: InboxWorkspace

    init() throws {
        workspace = try InboxWorkspace()
    }

    /// A page far larger than any article (tens of megabytes of paragraphs): linear work, but more than a budget of a
    /// fraction of a second allows, on any machine.
    static func oversizedPage(megabytes: Int) -> Data {
        let paragraph = "<div class=\"entry\"><p>The council met on Tuesday and voted on the harbour plan.</p></div>\n"
        let count = megabytes * 1_000_000 / paragraph.utf8.count
        return Data(("<html><body>" + String(repeating: paragraph, count: count) + "</body></html>").utf8)
    }

    static func story(_ number: Int) -> Data {
        Data(
            """
            Council approves harbour plan number \(number)

            LISBON, March 3 (Reuters) - The city council approved plan number \(number) for the old harbour on \
            Tuesday, after a debate that ran for \(number + 2) hours, officials said.
            """.utf8)
    }

    /// Sets a file's modification time `secondsAgo` in the past: the order files are received in.
    func age(_ name: String, secondsAgo: Double) {
        let time = Date().timeIntervalSince1970 - secondsAgo
        var times = [timespec](repeating: timespec(), count: 2)
        times[0] = timespec(tv_sec: Int(time), tv_nsec: Int((time - time.rounded(.down)) * 1e9))
        times[1] = times[0]
        #expect(utimensat(AT_FDCWD, "\(inbox)/\(name)", times, 0) == 0)
    }

    func runOnce(environment: [String: String] = [:]) throws -> (status: Int32?, log: String) {
        let daemon = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "0"].merging(environment) { $1 },
            logPath: "\(directory.path)/once-\(UUID().uuidString).log"
        )
        let status = daemon.waitForExit(timeout: .seconds(60))
        return (status, daemon.log)
    }

    @Test func aFileOverItsBudgetIsRejectedAndTheOthersAreCommitted() throws {
        try workspace.write(Self.oversizedPage(megabytes: 24), to: "huge.html")
        age("huge.html", secondsAgo: 60)  // received first: it is the first the workers take
        for number in 1...20 {
            try workspace.write(Self.story(number), to: "story-\(number).txt")
        }
        let (status, log) = try runOnce(environment: ["WIREDESK_BUDGET_SECONDS": "0.2"])
        #expect(status == 0, "log: \(log)")
        #expect(log.contains("ingested 20, duplicate 0, rejected 1, left 0"), "log: \(log)")
        #expect(inboxFiles().isEmpty)
        let rows = try fileRows()
        let huge = try #require(rows.first { $0["name"] == "huge.html" })
        #expect(huge["status"] == "rejected")
        #expect(
            (huge["reason"] as String?)?.hasPrefix("timeout: extraction took longer than its budget of 0.2 s") == true)
        let storedAs: String = try #require(huge["stored_as"])
        #expect(FileManager.default.fileExists(atPath: "\(archive)/\(storedAs)"), "the original is kept")
        #expect(rows.filter { $0["status"] == "ingested" }.count == 20)
    }

    /// More slow files than there are cores, received before the ordinary ones: the workers that hold them give their
    /// places to others, so the ordinary files are committed meanwhile, long before the slow ones' budget runs out.
    @Test(arguments: [1, 3])
    func theDaemonCommitsOrdinaryFilesWhileSlowOnesAreWorkedOn(slowFiles: Int) throws {
        let daemon = try workspace.startDaemon(environment: ["WIREDESK_BUDGET_SECONDS": "12"])
        let page = Self.oversizedPage(megabytes: 24)
        for number in 1...slowFiles {
            try workspace.write(page + Data("<!-- \(number) -->".utf8), to: ".huge-\(number).html")
            age(".huge-\(number).html", secondsAgo: 60)
            #expect(rename("\(inbox)/.huge-\(number).html", "\(inbox)/huge-\(number).html") == 0)
        }
        for number in 1...20 {
            try workspace.write(Self.story(number), to: "story-\(number).txt")
        }
        let committed = waitUntil(timeout: .seconds(10)) {
            count("SELECT count(*) FROM files WHERE status = 'ingested'") == 20
        }
        #expect(committed, "log: \(daemon.log)")
        // Each slow file is an article or, past its budget, rejected with a timeout.
        #expect(
            waitUntil(timeout: .seconds(40)) {
                count("SELECT count(*) FROM files WHERE name LIKE 'huge-%'") == slowFiles
            }, "log: \(daemon.log)")
        #expect(count("SELECT count(*) FROM files WHERE name LIKE 'huge-%' AND reason NOT LIKE 'timeout:%'") == 0)
        #expect(waitUntil { inboxFiles().isEmpty })
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func aStopLeavesTheFileInHandInTheInboxAndTheNextStartRejectsIt() throws {
        let daemon = try workspace.startDaemon(environment: ["WIREDESK_BUDGET_SECONDS": "600"])
        try workspace.write(Self.oversizedPage(megabytes: 30), to: "huge.html")
        // The original is stored before extraction begins: from then on the file is in hand.
        let inHand = waitUntil(timeout: .seconds(20)) {
            let folders = (try? FileManager.default.subpathsOfDirectory(atPath: "\(archive)/originals")) ?? []
            return folders.contains { $0.count > 40 && !$0.hasSuffix(".tmp") }
        }
        #expect(inHand, "log: \(daemon.log)")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0, "log: \(daemon.log)")
        #expect(inboxFiles() == ["huge.html"])
        #expect(count("SELECT count(*) FROM files") == 0, "log: \(daemon.log)")

        let (status, log) = try runOnce(environment: ["WIREDESK_BUDGET_SECONDS": "0.1"])
        #expect(status == 0, "log: \(log)")
        #expect(log.contains("ingested 0, duplicate 0, rejected 1, left 0"), "log: \(log)")
        #expect(count("SELECT count(*) FROM files WHERE status = 'rejected' AND reason LIKE 'timeout:%'") == 1)
        #expect(inboxFiles().isEmpty)
    }

    @Test func onceEndsAndLeavesWhatItCannotRead() throws {
        try workspace.write(Self.story(1), to: "story.txt")
        #expect(mkfifo("\(inbox)/pipe.txt", 0o644) == 0)
        #expect(symlink("\(directory.path)/nowhere.txt", "\(inbox)/dangling.txt") == 0)
        let (status, log) = try runOnce()
        #expect(status == 74, "log: \(log)")
        #expect(log.contains("ingested 1, duplicate 0, rejected 0, left 2"), "log: \(log)")
        #expect(log.components(separatedBy: "left in the inbox").count == 3, "each file logged once: \(log)")
        for name in ["dangling.txt", "pipe.txt"] {
            var info = stat()
            #expect(lstat("\(inbox)/\(name)", &info) == 0, "\(name) stays in the inbox")
        }
    }

    @Test func onceEndsWhileAFileIsStillBeingWritten() throws {
        try workspace.write(Self.story(1), to: "story.txt")
        let growing = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(inbox)/growing.txt").creatingEmpty())
        let daemon = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "300"],
            logPath: "\(directory.path)/once.log"
        )
        // A writer that never pauses for the settle delay: the pass must give up on it, not wait for it.
        while daemon.process.isRunning {
            try growing.write(contentsOf: Data("more of a story that never ends\n".utf8))
            Thread.sleep(forTimeInterval: 0.05)  // the writer's pace, not a wait for the daemon
        }
        try growing.close()
        #expect(daemon.process.terminationStatus == 74, "log: \(daemon.log)")
        #expect(daemon.log.contains("ingested 1, duplicate 0, rejected 0, left 1"), "log: \(daemon.log)")
        #expect(daemon.log.contains("still being written"), "log: \(daemon.log)")
        #expect(inboxFiles() == ["growing.txt"])
    }

    static let unprivileged: UInt32 = 65534

    @Test(
        .enabled(
            if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "permissions do not bind root: the daemon runs as another user, which needs root and setpriv"))
    func onceLeavesAnUnreadableFileAndEnds() throws {
        for folder in [inbox, archive] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            #expect(chown(folder, Self.unprivileged, Self.unprivileged) == 0)
        }
        #expect(chmod(directory.path, 0o755) == 0)
        try workspace.write(Self.story(1), to: "locked.txt")
        try workspace.write(Self.story(2), to: "open.txt")
        #expect(chmod("\(inbox)/locked.txt", 0o000) == 0)
        #expect(chmod("\(inbox)/open.txt", 0o644) == 0)
        let daemon = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "0"],
            logPath: "\(directory.path)/once.log",
            userID: Self.unprivileged
        )
        #expect(daemon.waitForExit(timeout: .seconds(30)) == 74, "log: \(daemon.log)")
        #expect(daemon.log.contains("ingested 1, duplicate 0, rejected 0, left 1"), "log: \(daemon.log)")
        #expect(daemon.log.contains("Permission denied"), "the reason is logged: \(daemon.log)")
        #expect(inboxFiles() == ["locked.txt"])
    }
}

extension URL {
    /// Creates an empty file here (for a writer to append to) and returns the URL.
    fileprivate func creatingEmpty() throws -> URL {
        try Data().write(to: self)
        return self
    }
}
