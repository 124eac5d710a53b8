#if canImport(Glibc)
    public import Glibc
#elseif canImport(Musl)
    public import Musl
#elseif canImport(Darwin)
    public import Darwin
#endif

/// Whole-file reads and durable writes on raw descriptors, without Foundation's path handling (which mangles names
/// that are not valid UTF-8).
public enum FileIO {
    /// Reads from `descriptor` until end of file, or until more than `limit` bytes have arrived.
    ///
    /// Returns `nil` when the file holds more than `limit` bytes.
    public static func readAll(_ descriptor: Int32, path: String, limit: Int, sizeHint: Int = 0) throws(SystemError)
        -> [UInt8]?
    {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(sizeHint, 4096), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try readSome(descriptor, into: &chunk, path: path)
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return nil }
        }
    }

    /// One `read` into `buffer`; returns the number of bytes read, 0 at end of file.
    public static func readSome(_ descriptor: Int32, into buffer: inout [UInt8], path: String) throws(SystemError)
        -> Int
    {
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress, raw.count) }
            if count >= 0 { return count }
            if errno != EINTR { throw SystemError(call: "read", path: path, errno: errno) }
        }
    }

    /// Writes all of `bytes`, resuming after short writes.
    public static func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>, path: String) throws(SystemError) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let written = bytes[offset...].withUnsafeBytes { raw in write(descriptor, raw.baseAddress, raw.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError(call: "write", path: path, errno: errno)
            }
            offset += written
        }
    }

    /// Flushes a folder's entries to disk, so that a rename or unlink inside it survives a power loss.
    public static func syncDirectory(_ path: String) throws(SystemError) {
        let descriptor = try syscall("open", path: path) { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { close(descriptor) }
        try syscall("fsync", path: path) { fsync(descriptor) }
    }

    /// Creates a folder and its parents, like `mkdir -p`.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(SystemError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, mode) != 0 && errno != EEXIST {
                throw SystemError(call: "mkdir", path: prefix, errno: errno)
            }
            prefix += "/"
        }
    }
}
