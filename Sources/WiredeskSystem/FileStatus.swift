#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat`, `lstat` or `fstat` says about a file, reduced to what wiredesk decides on: its kind, size,
/// modification time and identity.
public struct FileStatus: Equatable, Sendable {
    public var kind: FileKind
    public var size: Int
    public var modificationNanoseconds: Int64
    public var identity: FileIdentity

    public init(kind: FileKind, size: Int, modificationNanoseconds: Int64, identity: FileIdentity) {
        self.kind = kind
        self.size = size
        self.modificationNanoseconds = modificationNanoseconds
        self.identity = identity
    }

    init(_ info: stat) {
        self.init(
            kind: FileKind(mode: info.st_mode),
            size: Int(info.st_size),
            modificationNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            identity: FileIdentity(
                device: UInt64(info.st_dev),
                inode: UInt64(info.st_ino),
                changeTimeNanoseconds: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            )
        )
    }

    /// `lstat(2)`: the entry at `path` itself, a final symbolic link not followed; `nil` when it no longer exists
    /// (ENOENT, ENOTDIR).
    public static func ofEntry(at path: [CChar], display: @autoclosure () -> String) throws(SystemError)
        -> FileStatus?
    {
        var info = stat()
        do {
            try syscall("lstat", path: display()) { lstat(path, &info) }
        } catch  where error.isMissing {
            return nil
        }
        return FileStatus(info)
    }

    /// `stat(2)`: the file `path` names, symbolic links followed; `nil` when there is none (ENOENT, ENOTDIR).
    public static func ofFile(at path: String) throws(SystemError) -> FileStatus? {
        var info = stat()
        do {
            try syscall("stat", path: path) { stat(path, &info) }
        } catch  where error.isMissing {
            return nil
        }
        return FileStatus(info)
    }

    /// Whether the content may have changed between two observations: another size, modification time or file.
    public func sameContent(as other: FileStatus) -> Bool {
        size == other.size && modificationNanoseconds == other.modificationNanoseconds
            && identity.inode == other.identity.inode && identity.device == other.identity.device
    }
}

extension FileDescriptor {
    /// `fstat(2)` of the open file.
    public func status(path: @autoclosure () -> String) throws(SystemError) -> FileStatus {
        var info = stat()
        try syscall("fstat", path: path()) { fstat(rawValue, &info) }
        return FileStatus(info)
    }
}

/// The kind of a file system entry, from its mode bits.
public enum FileKind: Equatable, Sendable, CustomStringConvertible {
    case regular, directory, symbolicLink, fifo, socket, device, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        default: self = .other
        }
    }

    /// The kind in words, for a log line that says why a file was left alone.
    public var description: String {
        switch self {
        case .regular: "regular file"
        case .directory: "folder"
        case .symbolicLink: "symbolic link"
        case .fifo: "FIFO"
        case .socket: "socket"
        case .device: "device file"
        case .other: "special file"
        }
    }
}
