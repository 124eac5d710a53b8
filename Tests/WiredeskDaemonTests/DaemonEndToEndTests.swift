import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The daemon as users run it: a real process watching a real folder, writing a real SQLite archive.
@Suite(.serialized) struct DaemonEndToEndTests: InboxWorkspaceTest {
    let workspace: InboxWorkspace

    init() throws {
        workspace = try InboxWorkspace()
    }

    func startDaemon(settleMilliseconds: Int = 150) throws -> DaemonProcess {
        try workspace.startDaemon(settleMilliseconds: settleMilliseconds)
    }

    var readOnly: Configuration { InboxWorkspace.readOnly }

    @Test func droppedFilesBecomeArticlesAndDuplicatesPointAtTheFirst() throws {
        let daemon = try startDaemon()
        let stories = WireStories.all
        for story in stories {
            try story.data.write(to: URL(fileURLWithPath: "\(inbox)/\(story.name)"))
        }
        #expect(try waitUntil { try fileRows().count == stories.count && inboxFiles().isEmpty })

        // The same story again, with other line endings and extra spaces, in a feed folder made after start.
        try FileManager.default.createDirectory(atPath: "\(inbox)/feed-b/late", withIntermediateDirectories: true)
        let variant = stories[1].text.replacingOccurrences(of: "\n", with: "  \r\n")
        try Data(variant.utf8).write(to: URL(fileURLWithPath: "\(inbox)/feed-b/late/again.txt"))
        #expect(try waitUntil { try fileRows().count == stories.count + 1 && inboxFiles().isEmpty })

        let rows = try fileRows()
        let first = try #require(rows.first { $0["name"] == stories[1].name })
        let again = try #require(rows.last)
        #expect(again["name"] == "feed-b/late/again.txt")
        #expect(again["status"] == "duplicate")
        #expect(again["article_id"] == first["article_id"] as Int64?)
        for row in rows {
            let stored: String = row["stored_as"]
            #expect(FileManager.default.fileExists(atPath: "\(archive)/\(stored)"), "missing original \(stored)")
        }
        let queue = try DatabaseQueue(path: "\(archive)/wiredesk.db", configuration: readOnly)
        let articleCount = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") }
        #expect(articleCount == stories.count)

        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0, "log: \(daemon.log)")
    }

    @Test func aFileWrittenSlowlyInPiecesIsTakenWhole() throws {
        // The writer pauses a tenth of the settle delay between pieces: however loaded the machine, a pause never
        // lasts the whole delay, so a piece is never taken for the file.
        let daemon = try startDaemon(settleMilliseconds: 1000)
        let story = WireStories.underADateHeader.data
        let path = "\(inbox)/slow.txt"
        let pieces = 5
        let pieceSize = (story.count + pieces - 1) / pieces
        for index in 0..<pieces {
            // Each piece is its own open-write-close, so each fires IN_CLOSE_WRITE and restarts the settle delay.
            let piece = story.subdata(in: (index * pieceSize)..<min(story.count, (index + 1) * pieceSize))
            if index == 0 {
                try piece.write(to: URL(fileURLWithPath: path))
            } else {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                try handle.seekToEnd()
                try handle.write(contentsOf: piece)
                try handle.close()
            }
            Thread.sleep(forTimeInterval: 0.1)  // a slow writer: real time passes between pieces, on purpose
        }
        #expect(try waitUntil { try fileRows().count == 1 && inboxFiles().isEmpty })
        let row = try #require(try fileRows().first)
        #expect(row["size"] == story.count)
        #expect(row["status"] == "ingested")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func partialDownloadsAndDotfilesAreLeftAlone() throws {
        let daemon = try startDaemon()
        for name in [".hidden.txt", "story.txt.part", "story.tmp", "page.crdownload", "notes.txt~"] {
            try Data("Some text that is not yet an article.".utf8).write(to: URL(fileURLWithPath: "\(inbox)/\(name)"))
        }
        try WireStories.repeatedHeadline.data.write(to: URL(fileURLWithPath: "\(inbox)/real.txt"))
        #expect(try waitUntil { try fileRows().count == 1 })
        #expect(inboxFiles() == [".hidden.txt", "notes.txt~", "page.crdownload", "story.tmp", "story.txt.part"])
        daemon.send(SIGINT)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func badFilesAreRejectedWithAReasonAndTheDaemonGoesOn() throws {
        let daemon = try startDaemon()
        try Data().write(to: URL(fileURLWithPath: "\(inbox)/empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(
            to: URL(fileURLWithPath: "\(inbox)/image.txt"))
        try Data(" \n\t \n".utf8).write(to: URL(fileURLWithPath: "\(inbox)/blank.txt"))
        #expect(try waitUntil { try fileRows().count == 3 && inboxFiles().isEmpty })
        let rows = try fileRows()
        for row in rows {
            #expect(row["status"] == "rejected")
            let reason: String? = row["reason"]
            #expect(reason?.isEmpty == false)
            let stored: String = row["stored_as"]
            #expect(FileManager.default.fileExists(atPath: "\(archive)/\(stored)"))
        }
        try WireStories.openedByTheAgency.data.write(to: URL(fileURLWithPath: "\(inbox)/after.txt"))
        #expect(try waitUntil { try fileRows().count == 4 })
        #expect(try fileRows().last?["status"] == "ingested")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func onceDrainsFilesPresentBeforeStartAndPrintsASummary() throws {
        try FileManager.default.createDirectory(atPath: "\(inbox)/wire/deep", withIntermediateDirectories: true)
        try WireStories.leadOnly.data.write(to: URL(fileURLWithPath: "\(inbox)/wire/deep/a.txt"))
        try WireStories.leadOnly.data.write(to: URL(fileURLWithPath: "\(inbox)/copy.txt"))
        try WireStories.inlineDate.data.write(to: URL(fileURLWithPath: "\(inbox)/wire/deep/b.txt"))
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]).write(to: URL(fileURLWithPath: "\(inbox)/doc.txt"))
        let daemon = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            logPath: "\(directory.path)/once.log"
        )
        #expect(daemon.waitForExit(timeout: .seconds(30)) == 0)
        #expect(daemon.log.contains("ingested 2, duplicate 1, rejected 1"), "log: \(daemon.log)")
        #expect(inboxFiles().isEmpty)
        let queue = try DatabaseQueue(path: "\(archive)/wiredesk.db", configuration: readOnly)
        let feeds = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, feed FROM files ORDER BY name").map {
                "\($0["name"] as String)=\($0["feed"] as String? ?? "-")"
            }
        }
        #expect(feeds == ["copy.txt=-", "doc.txt=-", "wire/deep/a.txt=wire", "wire/deep/b.txt=wire"])
    }
}

extension DaemonEndToEndTests {
    @Test func sigtermDuringABurstExitsPromptlyAndARestartDrainsTheRest() throws {
        let total = 2000
        for index in 0..<total {
            let text = "Ferry timetable \(index)\n\nThe ferry service \(index) changes its timetable on Monday.\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(inbox)/ferry-\(index).txt"))
        }
        let daemon = try startDaemon()
        #expect(waitUntil { ((try? fileRows().count) ?? 0) > 0 })
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0, "log: \(daemon.log)")

        let restart = try startDaemon()
        #expect(try waitUntil(timeout: .seconds(60)) { try fileRows().count == total && inboxFiles().isEmpty })
        let names = try fileRows().map { $0["name"] as String }
        #expect(Set(names).count == total)
        restart.send(SIGTERM)
        #expect(restart.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func aNewFileUnderATakenNameWithOtherBytesIsANewArticle() throws {
        let daemon = try startDaemon()
        let story = WireStories.repeatedHeadline.data
        try story.write(to: URL(fileURLWithPath: "\(inbox)/same.txt"))
        #expect(try waitUntil { try fileRows().count == 1 && inboxFiles().isEmpty })
        // A new file under the same name with other bytes is a new article.
        var changed = story
        changed.append(Data("\nA late paragraph was added to the story.\n".utf8))
        try changed.write(to: URL(fileURLWithPath: "\(inbox)/same.txt"))
        #expect(try waitUntil { try fileRows().count == 2 && inboxFiles().isEmpty })
        #expect(try fileRows().map { $0["status"] as String } == ["ingested", "ingested"])
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }
}

extension DaemonEndToEndTests {
    @Test func pollingModeFindsFilesWithoutInotify() throws {
        let daemon = try workspace.startDaemon(
            settleMilliseconds: 50, environment: ["WIREDESK_WATCH": "poll", "WIREDESK_POLL_MILLISECONDS": "100"])
        try FileManager.default.createDirectory(atPath: "\(inbox)/feed/deep", withIntermediateDirectories: true)
        try WireStories.underADateHeader.data.write(to: URL(fileURLWithPath: "\(inbox)/feed/deep/a.txt"))
        try WireStories.openedByTheAgency.data.write(to: URL(fileURLWithPath: "\(inbox)/b.txt"))
        #expect(try waitUntil { try fileRows().count == 2 && inboxFiles().isEmpty }, "log: \(daemon.log)")
        #expect(daemon.log.contains("mode=polling"), "log: \(daemon.log)")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
    }

    @Test func underTheJournalEachLineCarriesItsPriority() throws {
        try WireStories.leadOnly.data.write(to: URL(fileURLWithPath: "\(inbox)/a.txt"))
        try Data().write(to: URL(fileURLWithPath: "\(inbox)/empty.txt"))
        let daemon = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            environment: ["JOURNAL_STREAM": "8:12345"],
            logPath: "\(directory.path)/journal.log"
        )
        #expect(daemon.waitForExit(timeout: .seconds(30)) == 0)
        let lines = daemon.log.split(separator: "\n").filter { !$0.hasPrefix("ingested ") }
        #expect(lines.contains { $0.hasPrefix("<6>ingested") }, "log: \(daemon.log)")
        #expect(lines.contains { $0.hasPrefix("<5>rejected") })
        #expect(lines.allSatisfy { $0.hasPrefix("<") })
    }
}
