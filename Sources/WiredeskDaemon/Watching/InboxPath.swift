/// A path inside the inbox, kept as the raw bytes the kernel gave, since file names need not be valid UTF-8.
public struct InboxPath: Hashable, Sendable, Comparable {
    /// Components joined by `/`, relative to the inbox; empty for the inbox itself.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ string: String) {
        self.bytes = Array(string.utf8)
    }

    public static func < (lhs: InboxPath, rhs: InboxPath) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    /// The path of an entry inside this folder.
    public func appending(_ component: [UInt8]) -> InboxPath {
        if bytes.isEmpty { return InboxPath(bytes: component) }
        return InboxPath(bytes: bytes + [UInt8(ascii: "/")] + component)
    }

    /// The last component, the file's own name.
    public var lastComponent: [UInt8] {
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { return Array(bytes[(slash + 1)...]) }
        return bytes
    }

    /// The top-level subfolder the entry is in: its feed. `nil` for a file at the top of the inbox.
    public var feed: String? {
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        return Self.escaped(bytes[..<slash])
    }

    /// The path as text for `files.name` and logs: valid UTF-8 as is, every other byte as `\xNN`.
    public var escaped: String { Self.escaped(bytes[...]) }

    /// The absolute path under `root`, as a C string for system calls.
    public func absolute(under root: String) -> [CChar] {
        var path = Array(root.utf8)
        if !bytes.isEmpty {
            if path.last != UInt8(ascii: "/") { path.append(UInt8(ascii: "/")) }
            path += bytes
        }
        return path.map { CChar(bitPattern: $0) } + [0]
    }

    static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var output = ""
        var rest = bytes
        while !rest.isEmpty {
            // Take the longest valid UTF-8 prefix, then escape one byte and go on.
            var end = rest.endIndex
            while end > rest.startIndex, String(validating: rest[rest.startIndex..<end], as: UTF8.self) == nil {
                end -= 1
            }
            if end > rest.startIndex {
                output += String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
                rest = rest[end...]
            } else {
                let byte = rest[rest.startIndex]
                let hex = String(byte, radix: 16, uppercase: true)
                output += "\\x" + (byte < 16 ? "0" + hex : hex)
                rest = rest.dropFirst()
            }
        }
        return output
    }
}
