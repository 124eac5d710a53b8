import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Inboxes as they are in the wild: links, pipes, odd names, empty and huge files. Nothing is followed, nothing
/// blocks the daemon, and nothing is lost.
@Suite struct HostileInboxTests {
    @Test func specialFilesOddNamesAndHugeFiles() throws {
        let directory = try TemporaryDirectory()
        let inbox = "\(directory.path)/inbox"
        let archive = "\(directory.path)/archive"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let outside = "\(directory.path)/secret.txt"
        try Data("A private note outside the inbox that must never be read.".utf8)
            .write(to: URL(fileURLWithPath: outside))

        #expect(symlink(outside, "\(inbox)/link.txt") == 0)
        #expect(mkfifo("\(inbox)/pipe.txt", 0o644) == 0)
        // A Latin-1 file name (0xE9 = é), not valid UTF-8.
        let latin1Name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let story = Array("Officials in the capital said on Monday that the bridge would reopen next week.\n".utf8)
        let namePath = (Array(inbox.utf8) + [UInt8(ascii: "/")] + latin1Name).map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(namePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        _ = story.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        try Data().write(to: URL(fileURLWithPath: "\(inbox)/zero.txt"))
        let huge = "\(inbox)/huge.txt"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        let block = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { try handle.write(contentsOf: block) }
        try handle.close()

        let daemon = try DaemonProcess(
            arguments: ["run", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "100"],
            logPath: "\(directory.path)/daemon.log"
        )
        let database = "\(archive)/wiredesk.db"
        func rows() throws -> [String: Row] {
            guard FileManager.default.fileExists(atPath: database) else { return [:] }
            let queue = try DatabaseQueue(path: database)
            return try queue.read { db in
                Dictionary(
                    uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM files").map {
                        ($0["name"] as String, $0)
                    })
            }
        }
        #expect(waitUntil(timeout: .seconds(30)) { (try? rows().count) == 3 }, "log: \(daemon.log)")
        let recorded = try rows()
        #expect(recorded["caf\\xE9.txt"]?["status"] == "ingested")
        #expect(recorded["zero.txt"]?["status"] == "rejected")
        #expect(recorded["huge.txt"]?["status"] == "rejected")
        let hugeReason: String? = recorded["huge.txt"]?["reason"]
        #expect(hugeReason?.hasPrefix("too large") == true)
        let storedHuge: String = try #require(recorded["huge.txt"]?["stored_as"])
        let attributes = try FileManager.default.attributesOfItem(atPath: "\(archive)/\(storedHuge)")
        #expect((attributes[.size] as? Int) == 100 << 20)

        // The link and the pipe stay where they are, reported, and the target was never read.
        #expect(waitUntil { daemon.log.contains("link.txt") && daemon.log.contains("pipe.txt") })
        // Files are unlinked right after their commit: wait for the inbox to show it.
        let leftAlone = ["link.txt", "pipe.txt"]
        #expect(waitUntil { (try? FileManager.default.contentsOfDirectory(atPath: inbox).sorted()) == leftAlone })
        #expect(FileManager.default.fileExists(atPath: outside))

        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }
}
