import CSystemShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file, folder or socket of this process: the kernel's small integer, with the calls made on it.
///
/// A plain value, closed explicitly (`defer { descriptor.close() }`) like the C descriptor it wraps; every descriptor
/// opened here is close-on-exec, so none leaks into a child process.
public struct FileDescriptor: Sendable, Hashable {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Paths relative to the process's working folder (`AT_FDCWD`), for the `…at` calls.
    public static let currentDirectory = FileDescriptor(rawValue: AT_FDCWD)

    /// How a file is opened (`O_…` flags); `O_CLOEXEC` is always added.
    public struct OpenOptions: OptionSet, Sendable {
        public let rawValue: Int32

        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        public static let readOnly = OpenOptions(rawValue: O_RDONLY)
        public static let writeOnly = OpenOptions(rawValue: O_WRONLY)
        public static let readWrite = OpenOptions(rawValue: O_RDWR)
        public static let create = OpenOptions(rawValue: O_CREAT)
        /// With `create`: fail with EEXIST rather than open a file that is already there.
        public static let exclusive = OpenOptions(rawValue: O_EXCL)
        public static let truncate = OpenOptions(rawValue: O_TRUNC)
        /// Refuse a symbolic link as the last component (ELOOP).
        public static let noFollow = OpenOptions(rawValue: O_NOFOLLOW)
        /// Never wait on opening, as opening a FIFO without a writer would.
        public static let nonBlocking = OpenOptions(rawValue: O_NONBLOCK)
        /// Fail unless the path is a folder.
        public static let directory = OpenOptions(rawValue: O_DIRECTORY)
        /// A terminal opened here does not become the process's controlling terminal.
        public static let noControllingTerminal = OpenOptions(rawValue: O_NOCTTY)
    }

    /// `openat(2)` of `path` (text), relative to `directory` when the path is relative.
    public static func open(
        _ path: String, _ options: OpenOptions, mode: UInt32 = 0o644,
        relativeTo directory: FileDescriptor = .currentDirectory
    ) throws(SystemError) -> FileDescriptor {
        let raw = try syscall("open", path: path) {
            openat(directory.rawValue, path, options.rawValue | O_CLOEXEC, mode_t(mode))
        }
        return FileDescriptor(rawValue: raw)
    }

    /// `openat(2)` of a zero-terminated C path, whose bytes need not be UTF-8; `display` names it in an error.
    public static func open(
        _ path: [CChar], display: @autoclosure () -> String, _ options: OpenOptions, mode: UInt32 = 0o644,
        relativeTo directory: FileDescriptor = .currentDirectory
    ) throws(SystemError) -> FileDescriptor {
        let raw = try syscall("open", path: display()) {
            openat(directory.rawValue, path, options.rawValue | O_CLOEXEC, mode_t(mode))
        }
        return FileDescriptor(rawValue: raw)
    }

    /// Gives the descriptor back to the kernel. An error of `close` is not reported: the descriptor is released
    /// whatever it says (Linux), and retrying could close a descriptor another thread just opened.
    public func close() {
        closeDescriptor(rawValue)
    }

    /// `fsync(2)`: the file's data and metadata are on disk when it returns.
    public func sync(path: @autoclosure () -> String) throws(SystemError) {
        try syscall("fsync", path: path()) { fsync(rawValue) }
    }

    /// `syncfs(2)`: flushes the whole filesystem holding the descriptor, files' data and folders' entries together;
    /// one call makes a batch of new files durable.
    public func syncFileSystem(path: @autoclosure () -> String) throws(SystemError) {
        try syscall("syncfs", path: path()) { syncfs(rawValue) }
    }

    /// Waits until the descriptor has something to read, or `milliseconds` pass; true when it is readable.
    public func waitUntilReadable(milliseconds: Int32) throws(SystemError) -> Bool {
        var request = pollfd(fd: rawValue, events: Int16(POLLIN), revents: 0)
        return try syscall("poll") { poll(&request, 1, milliseconds) } > 0
    }
}

/// `close(2)` under a name the method `FileDescriptor.close()` does not shadow.
private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
