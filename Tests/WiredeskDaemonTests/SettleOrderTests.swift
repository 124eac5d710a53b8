import Testing
import WiredeskArchive
import WiredeskSystem

@testable import WiredeskDaemon

/// Settled files come out in the order they were received: modification time first, name for files of the same
/// time; and a file rewritten after it was taken stays a candidate.
@Suite struct SettleOrderTests {
    static let second: Int64 = 1_000_000_000

    func status(size: Int, modified: Int64, inode: UInt64) -> FileStatus {
        FileStatus(
            kind: .regular, size: size, modificationNanoseconds: modified,
            identity: FileIdentity(device: 0, inode: inode, changeTimeNanoseconds: 0))
    }

    @Test func settledFilesComeInTheOrderReceivedThenByName() {
        var tracker = SettleTracker(settleNanoseconds: 0)
        let wall: Int64 = 10_000 * Self.second
        let received: [(String, Int64)] = [
            ("a-resend.txt", wall - 10 * Self.second),
            ("z-original.txt", wall - 60 * Self.second),
            ("m-second.txt", wall - 30 * Self.second),
            ("b-same-time.txt", wall - 30 * Self.second),
            ("feed/c-first.txt", wall - 90 * Self.second),
        ]
        for (inode, (name, modified)) in received.enumerated() {
            tracker.observe(
                InboxPath(name), status: status(size: 10, modified: modified, inode: UInt64(inode + 1)),
                now: 1, wallClockNanoseconds: wall)
        }
        #expect(
            tracker.settled(now: 1).map(\.escaped) == [
                "feed/c-first.txt", "z-original.txt", "b-same-time.txt", "m-second.txt", "a-resend.txt",
            ])
    }

    @Test func aFileRewrittenAfterItWasTakenStaysACandidate() {
        var tracker = SettleTracker(settleNanoseconds: 0)
        let path = InboxPath("story.txt")
        let taken = status(size: 10, modified: 100 * Self.second, inode: 7)
        tracker.observe(path, status: taken, now: 1, wallClockNanoseconds: 200 * Self.second)
        let rewritten = status(size: 12, modified: 150 * Self.second, inode: 7)
        tracker.observe(path, status: rewritten, now: 2, wallClockNanoseconds: 200 * Self.second)
        tracker.remove(path, ifStill: taken)
        #expect(tracker.candidates[path]?.status.size == 12)
        tracker.remove(path, ifStill: rewritten)
        #expect(tracker.isEmpty)
    }
}
