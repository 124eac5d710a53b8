#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A shell wildcard pattern (`*.part`, `.*`), matched by `fnmatch(3)` against a file's own name.
public struct ShellPattern: Sendable, Hashable {
    public var pattern: String

    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// Whether the name (raw bytes, need not be UTF-8) matches; no flags, so `*` matches a leading dot too.
    public func matches(_ name: [CChar]) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }

    /// `name` as the zero-terminated C string ``matches(_:)`` takes, to convert once for many patterns.
    public static func cName(_ name: [UInt8]) -> [CChar] {
        name.map { CChar(bitPattern: $0) } + [0]
    }
}
