import Foundation
import GRDB
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// kill -9 at random moments while files pour in: afterwards every file is archived exactly once, nothing is left
/// in the inbox, and the archive holds no stray original. `WIREDESK_CRASH_ROUNDS` and `WIREDESK_CRASH_FILES`
/// make the run heavier; the moments are drawn from a seed the test prints, and `WIREDESK_TEST_SEED` replays them.
@Suite struct CrashSafetyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let rounds = Int(environment["WIREDESK_CRASH_ROUNDS"] ?? "") ?? 20
    static let fileCount = Int(environment["WIREDESK_CRASH_FILES"] ?? "") ?? 2000

    /// A distinct story per index; every tenth file repeats an earlier one so exact duplicates are in the burst.
    static func story(_ index: Int) -> Data {
        let number = index % 10 == 9 ? index - 5 : index
        return Data(
            """
            Port reopens after storm number \(number)

            HAMBURG, March \(number % 28 + 1) (Reuters) - The port reopened on Tuesday after storm \(number) \
            closed it for \(number % 7 + 2) days, officials said.

            Shipping lines said about \(number * 3) vessels were waiting to enter.

            """.utf8)
    }

    @Test func killedAtRandomDuringABurstLosesAndDoublesNothing() throws {
        let directory = try TemporaryDirectory()
        let inbox = "\(directory.path)/inbox"
        let archive = "\(directory.path)/archive"
        try FileManager.default.createDirectory(atPath: "\(inbox)/feed", withIntermediateDirectories: true)

        let writer = Thread {
            for index in 0..<Self.fileCount {
                let name = index % 3 == 0 ? "feed/story-\(index).txt" : "story-\(index).txt"
                try? Self.story(index).write(to: URL(fileURLWithPath: "\(inbox)/\(name)"))
            }
        }
        writer.start()

        var generator = SeededGenerator.fromEnvironment()
        let seed = generator.seed
        print("CrashSafetyTests: seed \(seed) (WIREDESK_TEST_SEED=\(seed) replays the kill times)")
        for round in 0..<Self.rounds {
            let daemon = try DaemonProcess(
                arguments: ["run", "--inbox", inbox, "--archive", archive],
                environment: ["WIREDESK_SETTLE_MILLISECONDS": "20", "WIREDESK_BATCH_SIZE": "32"],
                logPath: "\(directory.path)/round-\(round).log"
            )
            let lifetime = Double(Int.random(in: 30...400, using: &generator)) / 1000
            Thread.sleep(forTimeInterval: lifetime)  // the fault is injected at a random moment, not awaited
            daemon.send(SIGKILL)
            #expect(daemon.waitForExit(timeout: .seconds(10)) != nil, "seed \(seed)")
        }
        #expect(waitUntil(timeout: .seconds(120)) { writer.isFinished })

        let drain = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "20"],
            logPath: "\(directory.path)/drain.log"
        )
        #expect(drain.waitForExit(timeout: .seconds(300)) == 0, "seed \(seed), log: \(drain.log)")

        let left =
            FileManager.default.enumerator(atPath: inbox)?.allObjects.compactMap { $0 as? String }
            .filter { !$0.hasSuffix("feed") } ?? []
        #expect(left.isEmpty, "seed \(seed), left in the inbox: \(left.prefix(5))")

        let queue = try DatabaseQueue(path: "\(archive)/wiredesk.db")
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let names = try String.fetchAll(db, sql: "SELECT name FROM files")
            #expect(names.count == Self.fileCount, "one files row per input (seed \(seed))")
            #expect(Set(names).count == names.count, "a file recorded twice (seed \(seed))")
            let distinct = Set((0..<Self.fileCount).map { Self.story($0) }).count
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") == distinct, "seed \(seed)")
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE status = 'duplicate'")
                    == Self.fileCount - distinct, "seed \(seed)")
            let stored = Set(try String.fetchAll(db, sql: "SELECT DISTINCT stored_as FROM files"))
            let originals =
                FileManager.default.enumerator(atPath: "\(archive)/originals")?.allObjects
                .compactMap { $0 as? String }
                .filter { $0.split(separator: "/").count == 2 && !$0.hasPrefix("staging") }
                .map { "originals/\($0)" } ?? []
            #expect(Set(originals) == stored, "orphan or missing originals (seed \(seed))")
        }
    }
}
