import Testing
import WiredeskArchive
import WiredeskSystem

@testable import WiredeskDaemon

@Suite struct SettleTrackerTests {
    static let second: UInt64 = 1_000_000_000

    func status(size: Int, modified: Int64, inode: UInt64 = 1) -> FileStatus {
        FileStatus(
            kind: .regular, size: size, modificationNanoseconds: modified,
            identity: FileIdentity(device: 0, inode: inode, changeTimeNanoseconds: 0))
    }

    @Test func aFreshFileSettlesOnlyAfterTheDelay() {
        var tracker = SettleTracker(settleNanoseconds: Self.second / 4)
        let path = InboxPath("a.txt")
        let wall: Int64 = 1_000 * 1_000_000_000
        tracker.observe(
            path, status: status(size: 10, modified: wall), now: 10 * Self.second, wallClockNanoseconds: wall)
        #expect(tracker.settled(now: 10 * Self.second).isEmpty)
        #expect(tracker.nextDeadline(now: 10 * Self.second) == 10 * Self.second + Self.second / 4)
        #expect(tracker.settled(now: 10 * Self.second + Self.second / 4) == [path])
    }

    @Test func aChangeRestartsTheDelay() {
        var tracker = SettleTracker(settleNanoseconds: Self.second)
        let path = InboxPath("slow.txt")
        let wall: Int64 = 1_000 * 1_000_000_000
        tracker.observe(
            path, status: status(size: 10, modified: wall), now: 5 * Self.second, wallClockNanoseconds: wall)
        // A second chunk arrives before the delay is over.
        let later = wall + 500_000_000
        tracker.observe(
            path, status: status(size: 20, modified: later), now: 5 * Self.second + Self.second / 2,
            wallClockNanoseconds: later)
        #expect(tracker.settled(now: 6 * Self.second).isEmpty)
        #expect(tracker.settled(now: 6 * Self.second + Self.second / 2) == [path])
    }

    @Test func anOldFileFoundByAScanSettlesAtOnce() {
        var tracker = SettleTracker(settleNanoseconds: Self.second)
        let wall: Int64 = 1_000 * 1_000_000_000
        tracker.observe(
            InboxPath("old.txt"), status: status(size: 10, modified: wall - 60 * 1_000_000_000), now: 5 * Self.second,
            wallClockNanoseconds: wall)
        #expect(tracker.settled(now: 5 * Self.second) == [InboxPath("old.txt")])
    }

    @Test func aPostponedFileWaitsForItsRetryTime() {
        var tracker = SettleTracker(settleNanoseconds: 0)
        let path = InboxPath("locked.txt")
        tracker.observe(path, status: status(size: 1, modified: 0), now: Self.second, wallClockNanoseconds: 0)
        tracker.postpone(path, until: 3 * Self.second)
        #expect(tracker.settled(now: 2 * Self.second).isEmpty)
        #expect(tracker.nextDeadline(now: 2 * Self.second) == 3 * Self.second)
        #expect(tracker.settled(now: 3 * Self.second) == [path])
    }

    @Test func settledFilesComeInNameOrder() {
        var tracker = SettleTracker(settleNanoseconds: 0)
        for name in ["c.txt", "a.txt", "feed/b.txt"] {
            tracker.observe(InboxPath(name), status: status(size: 1, modified: 0), now: 1, wallClockNanoseconds: 0)
        }
        #expect(tracker.settled(now: 1).map(\.escaped) == ["a.txt", "c.txt", "feed/b.txt"])
    }
}

@Suite struct InboxPathTests {
    @Test(arguments: [
        (Array("story.txt".utf8), "story.txt", nil as String?),
        (Array("reuters/2026/story.txt".utf8), "reuters/2026/story.txt", "reuters"),
        (Array("caf".utf8) + [0xE9] + Array(".txt".utf8), "caf\\xE9.txt", nil),
        ([0xFF] + Array("/a.txt".utf8), "\\xFF/a.txt", "\\xFF"),
        (Array("年报.txt".utf8), "年报.txt", nil),
    ])
    func escapesNamesAndFindsTheFeed(bytes: [UInt8], escaped: String, feed: String?) {
        let path = InboxPath(bytes: bytes)
        #expect(path.escaped == escaped)
        #expect(path.feed == feed)
    }
}

@Suite struct IgnoreRulesTests {
    @Test(arguments: [
        (".hidden", true), ("story.txt.part", true), ("page.crdownload", true), ("draft.tmp", true),
        ("notes.txt~", true), (".story.txt.swp", true), ("story.txt", false), ("page.html", false),
        ("partial.txt", false),
    ])
    func defaultPatterns(name: String, ignored: Bool) {
        #expect(IgnoreRules().ignores(name: Array(name.utf8)) == ignored)
    }

    @Test func aFileInsideAnIgnoredFolderIsIgnored() {
        #expect(IgnoreRules().ignores(InboxPath(".staging/story.txt")))
        #expect(!IgnoreRules().ignores(InboxPath("feed/story.txt")))
        #expect(IgnoreRules(patterns: ["*.xml"]).ignores(InboxPath("feed/index.xml")))
    }
}
