#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and durable writes on raw descriptors, without Foundation's path handling (which mangles names
/// that are not valid UTF-8).
public enum FileIO {
    /// Reads from `descriptor` until end of file, or until more than `limit` bytes have arrived.
    ///
    /// Returns `nil` when the file holds more than `limit` bytes.
    public static func readAll(
        _ descriptor: FileDescriptor, path: @autoclosure () -> String, limit: Int, sizeHint: Int = 0
    ) throws(SystemError) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(sizeHint, 4096), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try readSome(descriptor, into: &chunk, path: path())
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return nil }
        }
    }

    /// One `read` into `buffer`; returns the number of bytes read, 0 at end of file.
    public static func readSome(
        _ descriptor: FileDescriptor, into buffer: inout [UInt8], path: @autoclosure () -> String
    ) throws(SystemError) -> Int {
        try syscall("read", path: path()) {
            buffer.withUnsafeMutableBytes { raw in read(descriptor.rawValue, raw.baseAddress, raw.count) }
        }
    }

    /// Writes all of `bytes`, resuming after short writes.
    public static func writeAll(
        _ descriptor: FileDescriptor, _ bytes: ArraySlice<UInt8>, path: @autoclosure () -> String
    ) throws(SystemError) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let rest = bytes[offset...]
            offset += try syscall("write", path: path()) {
                rest.withUnsafeBytes { raw in write(descriptor.rawValue, raw.baseAddress, raw.count) }
            }
        }
    }

    /// Flushes a folder's entries to disk, so that a rename or unlink inside it survives a power loss.
    public static func syncDirectory(_ path: String) throws(SystemError) {
        let descriptor = try FileDescriptor.open(path, [.readOnly, .directory])
        defer { descriptor.close() }
        try descriptor.sync(path: path)
    }

    /// Creates a folder and its parents, like `mkdir -p`.
    public static func makeDirectories(_ path: String, mode: UInt32 = 0o755) throws(SystemError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            try FileSystem.makeDirectory(prefix, mode: mode)
            prefix += "/"
        }
    }
}
