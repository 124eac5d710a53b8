import WiredeskSystem

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

    private let inotify: Inotify
    private var folderByWatch: [Int32: InboxPath] = [:]
    private var watchByFolder: [InboxPath: Int32] = [:]

    private static let folderMask: Inotify.Mask = [
        .closeWrite, .movedTo, .create, .modify, .attributes, .movedFrom, .deleteSelf, .moveSelf, .onlyDirectory,
        .dontFollow, .excludeUnlinked,
    ]

    init() throws(SystemError) {
        inotify = try Inotify()
    }

    /// Readable while events are queued: the daemon's read source watches it.
    var descriptor: FileDescriptor { inotify.descriptor }

    var watchedFolderCount: Int { watchByFolder.count }

    /// Adds (or re-maps) the watch of one folder. Fails with ENOSPC when the user's watch limit is reached.
    func watch(_ folder: InboxPath, root: String) throws(SystemError) {
        let path = folder.absolute(under: root)
        let watch = try inotify.addWatch(path, display: displayPath(path), mask: Self.folderMask)
        if let previous = folderByWatch[watch], previous != folder { watchByFolder[previous] = nil }
        folderByWatch[watch] = folder
        watchByFolder[folder] = watch
    }

    func isWatching(_ folder: InboxPath) -> Bool { watchByFolder[folder] != nil }

    /// Drops the watches of `folder` and every folder below it.
    func forget(_ folder: InboxPath) {
        let prefix = folder.bytes + [UInt8(ascii: "/")]
        for (path, watch) in watchByFolder where path == folder || path.bytes.starts(with: prefix) {
            inotify.removeWatch(watch)
            watchByFolder[path] = nil
            folderByWatch[watch] = nil
        }
    }

    /// Reads every event queued so far.
    func readEvents() throws(SystemError) -> [Event] {
        try inotify.readEvents().compactMap(interpret)
    }

    private func interpret(_ event: Inotify.Event) -> Event? {
        let (watch, mask, name) = (event.watch, event.mask, event.name)
        if mask.contains(.queueOverflow) { return .overflow }
        guard let folder = folderByWatch[watch] else { return nil }
        if mask.contains(.ignored) {
            folderByWatch[watch] = nil
            if watchByFolder[folder] == watch { watchByFolder[folder] = nil }
            return .folderGone(folder)
        }
        if !mask.isDisjoint(with: [.deleteSelf, .moveSelf]) { return .folderGone(folder) }
        guard !name.isEmpty else { return nil }
        let path = folder.appending(name)
        if mask.contains(.isDirectory) {
            if !mask.isDisjoint(with: [.create, .movedTo]) { return .folderAppeared(path) }
            if mask.contains(.movedFrom) {
                forget(path)
                return .folderGone(path)
            }
            return nil
        }
        if mask.contains(.movedFrom) { return nil }
        return .fileChanged(path)
    }
}
