#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Calls on names rather than open files: removing and renaming entries.
public enum FileSystem {
    /// `unlink(2)` of a C path whose bytes need not be UTF-8.
    public static func unlink(_ path: [CChar], display: @autoclosure () -> String) throws(SystemError) {
        try syscall("unlink", path: display()) { removeName(path) }
    }

    /// `unlink(2)`.
    public static func unlink(_ path: String) throws(SystemError) {
        try syscall("unlink", path: path) { removeName(path) }
    }

    /// `renameat(2)`: atomically gives `source` the name `destination`, replacing any file there. Both are relative
    /// to `directory` when relative; an error names the destination.
    public static func rename(
        _ source: String, to destination: String, relativeTo directory: FileDescriptor = .currentDirectory
    ) throws(SystemError) {
        try syscall("rename", path: destination) {
            renameat(directory.rawValue, source, directory.rawValue, destination)
        }
    }

    /// `mkdir(2)`; true when the folder was made, false when something already has the name (EEXIST).
    @discardableResult
    public static func makeDirectory(_ path: String, mode: UInt32 = 0o755) throws(SystemError) -> Bool {
        do {
            try syscall("mkdir", path: path) { mkdir(path, mode_t(mode)) }
            return true
        } catch  where error.errno == EEXIST {
            return false
        }
    }
}

/// `unlink(2)` under a name the static `FileSystem.unlink` does not shadow.
private func removeName(_ path: UnsafePointer<CChar>) -> Int32 {
    unlink(path)
}
