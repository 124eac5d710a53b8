#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One name in a folder as `readdir` gives it: raw bytes (a name need not be valid UTF-8) and, where the filesystem
/// says, whether it is a folder.
public struct DirectoryEntry: Sendable, Equatable {
    /// What `d_type` says of the entry.
    public enum Kind: Sendable, Equatable {
        case directory
        case notDirectory
        /// The filesystem does not fill `d_type` (XFS without ftype, some network ones): ask `lstat`.
        case unknown
    }

    public var name: [UInt8]
    public var kind: Kind

    public init(name: [UInt8], kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// Every entry of the folder at `path` but `.` and `..`, in the order the kernel gives them.
    public static func entries(of path: [CChar], display: @autoclosure () -> String) throws(SystemError)
        -> [DirectoryEntry]
    {
        let stream = try DirectoryStream(path, display: display())
        var entries: [DirectoryEntry] = []
        while let entry = stream.next() {
            if entry.name == [UInt8(ascii: ".")] || entry.name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            entries.append(entry)
        }
        return entries
    }

    /// Every entry of the folder at `path` but `.` and `..`.
    public static func entries(of path: String) throws(SystemError) -> [DirectoryEntry] {
        try entries(of: Array(path.utf8CString), display: path)
    }
}

/// An open `DIR*`, closed when the stream goes away.
///
/// Safe because the pointer `opendir` returned is only used by this object, is never nil once made, and is freed
/// by `closedir` exactly once, in `deinit`; each record `readdir` returns is copied out before the next call, which
/// may reuse its memory.
private final class DirectoryStream {
    private let directory: OpaquePointer

    init(_ path: [CChar], display: @autoclosure () -> String) throws(SystemError) {
        guard let directory = opendir(path) else {
            throw SystemError(call: "opendir", path: display(), errno: errno)
        }
        self.directory = directory
    }

    deinit {
        closedir(directory)
    }

    func next() -> DirectoryEntry? {
        guard let record = readdir(directory) else { return nil }
        let kind: DirectoryEntry.Kind
        switch Int32(record.pointee.d_type) {
        case Int32(DT_DIR): kind = .directory
        case Int32(DT_UNKNOWN): kind = .unknown
        default: kind = .notDirectory
        }
        return DirectoryEntry(name: Self.name(of: record), kind: kind)
    }

    /// The record's name as raw bytes, read in place up to its terminating zero.
    ///
    /// `readdir` hands back records only as long as their name: the last one of the kernel's buffer may end right
    /// before an unmapped page. Copying the `d_name` field (256 bytes, as Swift does for `pointee.d_name`) reads past
    /// such a record and crashes the process.
    private static func name(of record: UnsafeMutablePointer<dirent>) -> [UInt8] {
        let start = UnsafeRawPointer(record).advanced(by: MemoryLayout<dirent>.offset(of: \.d_name)!)
        return Array(UnsafeRawBufferPointer(start: start, count: strlen(start.assumingMemoryBound(to: CChar.self))))
    }
}
