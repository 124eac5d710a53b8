import WiredeskArchive
import WiredeskSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// What `lstat`/`fstat` says about an inbox entry, reduced to what the daemon decides on.
struct FileStatus: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case regular, directory, symbolicLink, fifo, socket, device, other

        var description: String {
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

    var kind: Kind
    var size: Int
    var modificationNanoseconds: Int64
    var identity: FileIdentity

    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR, S_IFBLK: kind = .device
        default: kind = .other
        }
        size = Int(info.st_size)
        modificationNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        identity = FileIdentity(
            device: UInt64(info.st_dev),
            inode: UInt64(info.st_ino),
            changeTimeNanoseconds: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        )
    }

    /// The entry at `path`, not following a final symbolic link; `nil` when it no longer exists.
    static func of(_ path: [CChar]) throws(SystemError) -> FileStatus? {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SystemError(call: "lstat", path: displayPath(path), errno: errno)
        }
        return FileStatus(info)
    }

    /// Whether the content may have changed between two observations.
    func sameContent(as other: FileStatus) -> Bool {
        size == other.size && modificationNanoseconds == other.modificationNanoseconds
            && identity.inode == other.identity.inode && identity.device == other.identity.device
    }
}

/// A C path as text for errors and logs, with bytes that are not UTF-8 escaped.
func displayPath(_ path: [CChar]) -> String {
    InboxPath.escaped(path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }[...])
}
