import Foundation
import Testing
import WiredeskSystem
import WiredeskTestSupport

/// The kernel calls of WiredeskSystem on a real temporary folder: what they return, and what their errors say.
@Suite struct SystemCallTests {
    @Test func anErrorNamesTheCallThePathAndErrno() throws {
        let directory = try TemporaryDirectory()
        let missing = "\(directory.path)/no-such-folder/story.txt"
        #expect {
            try FileDescriptor.open(missing, [.readOnly])
        } throws: { error in
            guard let error = error as? SystemError else { return false }
            return error.call == "open" && error.path == missing && error.errno == Errno.noSuchEntry && error.isMissing
                && error.description.hasPrefix("open(\(missing)): ")
        }
        #expect(throws: SystemError(call: "opendir", path: missing, errno: Errno.noSuchEntry)) {
            try DirectoryEntry.entries(of: missing)
        }
    }

    @Test func aStatusOfNothingIsNil() throws {
        let directory = try TemporaryDirectory()
        let missing = "\(directory.path)/gone"
        #expect(try FileStatus.ofFile(at: missing) == nil)
        #expect(try FileStatus.ofEntry(at: Array(missing.utf8CString), display: missing) == nil)
        #expect(try FileStatus.ofFile(at: directory.path)?.kind == .directory)
    }

    @Test func aListingGivesNamesThatAreNotUTF8AsTheirBytes() throws {
        let directory = try TemporaryDirectory()
        let names: [[UInt8]] = [Array("plain.txt".utf8), [0xFF, 0xFE, UInt8(ascii: "x")], [0xC3, 0x28]]
        for name in names {
            let path = (Array(directory.path.utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) } + [0]
            let descriptor = try FileDescriptor.open(path, display: "name", [.writeOnly, .create, .exclusive])
            descriptor.close()
        }
        try FileSystem.makeDirectory("\(directory.path)/feed")
        let entries = try DirectoryEntry.entries(of: directory.path)
        #expect(Set(entries.map(\.name)) == Set(names + [Array("feed".utf8)]))
        let feed = try #require(entries.first { $0.name == Array("feed".utf8) })
        #expect(feed.kind == .directory || feed.kind == .unknown)
        let invalid = Array(directory.path.utf8CString.dropLast()) + [CChar(bitPattern: 0xFF), 0]
        #expect(try FileStatus.ofEntry(at: invalid, display: "x") == nil)
    }

    @Test func aRenamedFileKeepsItsBytesAndIdentity() throws {
        let directory = try TemporaryDirectory()
        let temporary = "\(directory.path)/.story.tmp"
        let destination = "\(directory.path)/story.txt"
        let bytes = Array("Reuters - a story.\n".utf8)
        let output = try FileDescriptor.open(temporary, [.writeOnly, .create, .exclusive])
        try FileIO.writeAll(output, bytes[...], path: temporary)
        try output.sync(path: temporary)
        let written = try output.status(path: temporary)
        output.close()
        try FileSystem.rename(temporary, to: destination)
        try FileIO.syncDirectory(directory.path)

        #expect(try FileStatus.ofFile(at: temporary) == nil)
        let input = try FileDescriptor.open(destination, [.readOnly, .noFollow])
        defer { input.close() }
        #expect(try FileIO.readAll(input, path: destination, limit: 1 << 20) == bytes)
        let moved = try input.status(path: destination)
        #expect(moved.kind == .regular && moved.size == bytes.count)
        #expect(moved.identity.inode == written.identity.inode && moved.sameContent(as: written))
        try input.syncFileSystem(path: destination)
    }

    @Test func anExclusiveLockExcludesAnotherDescriptorUntilReleased() throws {
        let directory = try TemporaryDirectory()
        let path = "\(directory.path)/wiredesk.lock"
        let first = try FileDescriptor.open(path, [.readWrite, .create])
        defer { first.close() }
        let second = try FileDescriptor.open(path, [.readWrite, .create])
        defer { second.close() }
        #expect(try first.lockExclusivelyIfFree(path: path))
        #expect(try !second.lockExclusivelyIfFree(path: path))
        try first.unlock(path: path)
        #expect(try second.lockExclusivelyIfFree(path: path))
        #expect(try !first.lockExclusivelyIfFree(path: path))
    }

    @Test func anInotifyEventArrivesForAFileClosedAfterWriting() throws {
        let directory = try TemporaryDirectory()
        let inotify = try Inotify()
        let watch = try inotify.addWatch(
            Array(directory.path.utf8CString), display: directory.path, mask: [.closeWrite, .onlyDirectory])
        #expect(try inotify.readEvents().isEmpty)
        let path = "\(directory.path)/story.txt"
        let output = try FileDescriptor.open(path, [.writeOnly, .create])
        try FileIO.writeAll(output, Array("text".utf8)[...], path: path)
        output.close()

        let deadline = SystemClock.monotonicNanoseconds() + 10_000_000_000
        var events: [Inotify.Event] = []
        while events.isEmpty, SystemClock.monotonicNanoseconds() < deadline {
            _ = try inotify.descriptor.waitUntilReadable(milliseconds: 100)
            events += try inotify.readEvents()
        }
        #expect(events == [Inotify.Event(watch: watch, mask: .closeWrite, name: Array("story.txt".utf8))])
    }

    @Test(arguments: [
        ("story.part", "*.part", true), (".hidden", ".*", true), ("story.txt", "*.part", false),
        ("a*b", "a\\*b", true),
    ])
    func aShellPatternMatchesNames(name: String, pattern: String, matches: Bool) {
        #expect(ShellPattern(pattern).matches(ShellPattern.cName(Array(name.utf8))) == matches)
    }

    @Test func theClocksMoveForward() {
        let first = SystemClock.monotonicNanoseconds()
        #expect(SystemClock.monotonicNanoseconds() >= first)
        #expect(SystemClock.wallClockNanoseconds() > 1_600_000_000 * 1_000_000_000)
    }
}
