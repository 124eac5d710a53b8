import WiredeskSystem

extension FileStatus {
    /// The kinds of inbox entry the daemon tells apart (a regular file is taken, a folder scanned, the rest left).
    typealias Kind = FileKind

    /// The inbox entry at `path`, not following a final symbolic link; `nil` when it no longer exists.
    static func of(_ path: [CChar]) throws(SystemError) -> FileStatus? {
        try FileStatus.ofEntry(at: path, display: displayPath(path))
    }
}

/// A C path as text for errors and logs, with bytes that are not UTF-8 escaped.
func displayPath(_ path: [CChar]) -> String {
    InboxPath.escaped(path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }[...])
}
