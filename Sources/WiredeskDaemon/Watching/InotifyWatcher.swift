import WiredeskSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The kernel's change notifications for the inbox tree, one watch per folder, read without blocking.
///
/// Watches are keyed both ways (descriptor → folder, folder → descriptor) so that events name inbox paths, and a
/// folder moved inside the inbox is re-mapped when it is seen again. Not thread-safe: the daemon uses it from its
/// own serial queue.
final class InotifyWatcher {
    /// What happened, in terms the daemon acts on.
    enum Event: Equatable {
        /// A file was written, closed, moved in or had its attributes changed.
        case fileChanged(InboxPath)
        /// A folder was created or moved in: it needs a watch and a scan.
        case folderAppeared(InboxPath)
        /// A watched folder was deleted or moved away; its watch is gone.
        case folderGone(InboxPath)
        /// The kernel's queue overflowed and events were lost: rescan everything.
        case overflow
    }

    let descriptor: Int32
    private var folderByWatch: [Int32: InboxPath] = [:]
    private var watchByFolder: [InboxPath: Int32] = [:]
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)

    private static let folderMask: UInt32 =
        UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_MODIFY) | UInt32(IN_ATTRIB)
        | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)
        | UInt32(IN_DONT_FOLLOW) | UInt32(IN_EXCL_UNLINK)

    init() throws(SystemError) {
        descriptor = try syscall("inotify_init1") { inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC)) }
    }

    deinit {
        close(descriptor)
    }

    var watchedFolderCount: Int { watchByFolder.count }

    /// Adds (or re-maps) the watch of one folder. Fails with ENOSPC when the user's watch limit is reached.
    func watch(_ folder: InboxPath, root: String) throws(SystemError) {
        let path = folder.absolute(under: root)
        let watch = try syscall("inotify_add_watch", path: displayPath(path)) {
            inotify_add_watch(descriptor, path, Self.folderMask)
        }
        if let previous = folderByWatch[watch], previous != folder { watchByFolder[previous] = nil }
        folderByWatch[watch] = folder
        watchByFolder[folder] = watch
    }

    func isWatching(_ folder: InboxPath) -> Bool { watchByFolder[folder] != nil }

    /// Drops the watches of `folder` and every folder below it.
    func forget(_ folder: InboxPath) {
        let prefix = folder.bytes + [UInt8(ascii: "/")]
        for (path, watch) in watchByFolder where path == folder || path.bytes.starts(with: prefix) {
            inotify_rm_watch(descriptor, watch)
            watchByFolder[path] = nil
            folderByWatch[watch] = nil
        }
    }

    /// Reads every event queued so far.
    func readEvents() throws(SystemError) -> [Event] {
        var events: [Event] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress, raw.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { return events }
                throw SystemError(call: "read", path: "inotify", errno: errno)
            }
            if count == 0 { return events }
            decode(count: count, into: &events)
        }
    }

    private func decode(count: Int, into events: inout [Event]) {
        let headerSize = MemoryLayout<inotify_event>.size
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset + headerSize <= count {
                let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let nameLength = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = raw[(offset + headerSize)..<(offset + headerSize + nameLength)]
                let name = Array(nameBytes.prefix { $0 != 0 })
                offset += headerSize + nameLength
                if let event = interpret(watch: watch, mask: mask, name: name) { events.append(event) }
            }
        }
    }

    private func interpret(watch: Int32, mask: UInt32, name: [UInt8]) -> Event? {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .overflow }
        guard let folder = folderByWatch[watch] else { return nil }
        if mask & UInt32(IN_IGNORED) != 0 {
            folderByWatch[watch] = nil
            if watchByFolder[folder] == watch { watchByFolder[folder] = nil }
            return .folderGone(folder)
        }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 { return .folderGone(folder) }
        guard !name.isEmpty else { return nil }
        let path = folder.appending(name)
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 { return .folderAppeared(path) }
            if mask & UInt32(IN_MOVED_FROM) != 0 {
                forget(path)
                return .folderGone(path)
            }
            return nil
        }
        if mask & UInt32(IN_MOVED_FROM) != 0 { return nil }
        return .fileChanged(path)
    }
}
