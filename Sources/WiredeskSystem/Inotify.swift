#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// An inotify instance (`inotify_init1`): the kernel's change notifications for the folders it watches, read
/// without blocking and decoded into events.
///
/// Safe to read from pointers because the kernel writes whole `inotify_event` records into `buffer`, each header
/// followed by `len` name bytes, and `decode` reads only within the byte count `read` returned. Not thread-safe:
/// one owner reads it (the daemon's queue), and it closes its descriptor when it goes away.
public final class Inotify {
    /// What happened to a watched folder or an entry in it (`IN_…` bits).
    public struct Mask: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32

        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        public static let closeWrite = Mask(rawValue: UInt32(IN_CLOSE_WRITE))
        public static let movedTo = Mask(rawValue: UInt32(IN_MOVED_TO))
        public static let movedFrom = Mask(rawValue: UInt32(IN_MOVED_FROM))
        public static let create = Mask(rawValue: UInt32(IN_CREATE))
        public static let modify = Mask(rawValue: UInt32(IN_MODIFY))
        public static let attributes = Mask(rawValue: UInt32(IN_ATTRIB))
        public static let deleteSelf = Mask(rawValue: UInt32(IN_DELETE_SELF))
        public static let moveSelf = Mask(rawValue: UInt32(IN_MOVE_SELF))
        /// Only as a watch option: fail unless the path is a folder.
        public static let onlyDirectory = Mask(rawValue: UInt32(IN_ONLYDIR))
        /// Only as a watch option: do not follow a final symbolic link.
        public static let dontFollow = Mask(rawValue: UInt32(IN_DONT_FOLLOW))
        /// Only as a watch option: no events for entries after they are unlinked.
        public static let excludeUnlinked = Mask(rawValue: UInt32(IN_EXCL_UNLINK))
        /// In an event: the kernel's queue overflowed and events were lost.
        public static let queueOverflow = Mask(rawValue: UInt32(IN_Q_OVERFLOW))
        /// In an event: the watch is gone (its folder deleted, or the watch removed).
        public static let ignored = Mask(rawValue: UInt32(IN_IGNORED))
        /// In an event: the entry is a folder.
        public static let isDirectory = Mask(rawValue: UInt32(IN_ISDIR))
    }

    /// One event: the watch it came from, what happened and, for an entry in the folder, its name (raw bytes).
    public struct Event: Sendable, Equatable {
        public var watch: Int32
        public var mask: Mask
        public var name: [UInt8]

        public init(watch: Int32, mask: Mask, name: [UInt8]) {
            self.watch = watch
            self.mask = mask
            self.name = name
        }
    }

    /// The instance's descriptor, for a read source or `poll`; readable while events are queued.
    public let descriptor: FileDescriptor
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)

    /// A new instance, non-blocking and close-on-exec.
    public init() throws(SystemError) {
        descriptor = FileDescriptor(
            rawValue: try syscall("inotify_init1") { inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC)) })
    }

    deinit {
        descriptor.close()
    }

    /// `inotify_add_watch(2)`: watches the folder at `path` (or updates its watch); returns the watch descriptor,
    /// which is the same for a folder already watched. Fails with ENOSPC when the user's watch limit is reached.
    public func addWatch(_ path: [CChar], display: @autoclosure () -> String, mask: Mask) throws(SystemError) -> Int32 {
        try syscall("inotify_add_watch", path: display()) {
            inotify_add_watch(descriptor.rawValue, path, mask.rawValue)
        }
    }

    /// `inotify_rm_watch(2)`; a watch already gone (its folder deleted) is no error.
    public func removeWatch(_ watch: Int32) {
        inotify_rm_watch(descriptor.rawValue, watch)
    }

    /// Reads every event queued so far; empty when none is.
    public func readEvents() throws(SystemError) -> [Event] {
        var events: [Event] = []
        while true {
            let count: Int
            do {
                count = try syscall("read", path: "inotify") {
                    buffer.withUnsafeMutableBytes { raw in read(descriptor.rawValue, raw.baseAddress, raw.count) }
                }
            } catch  where error.errno == EAGAIN || error.errno == EWOULDBLOCK {
                return events
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
                offset += headerSize + nameLength
                events.append(
                    Event(watch: watch, mask: Mask(rawValue: mask), name: Array(nameBytes.prefix { $0 != 0 })))
            }
        }
    }
}
