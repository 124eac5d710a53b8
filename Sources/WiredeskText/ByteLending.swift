/// The entry points that lend a `ByteView`: each keeps its storage alive and unchanged while the closure runs, and the
/// view must not escape the closure (the invariant `ByteView` documents).
extension String {
    /// Calls `body` with a view of the string's UTF-8 bytes. A string not stored as contiguous UTF-8 is made so
    /// first (on a copy; `self` is not changed); a native one is read in place.
    @inlinable @inline(__always)
    public func withBytes<Result>(_ body: (ByteView) throws -> Result) rethrows -> Result {
        var copy = self
        return try copy.withUTF8 { try body(ByteView(lending: $0)) }
    }
}

extension Substring {
    /// Calls `body` with a view of the substring's UTF-8 bytes (only those of the substring, indexed from 0).
    @inlinable @inline(__always)
    public func withBytes<Result>(_ body: (ByteView) throws -> Result) rethrows -> Result {
        var copy = self
        return try copy.withUTF8 { try body(ByteView(lending: $0)) }
    }
}

extension Array where Element == UInt8 {
    /// Calls `body` with a view of the array's bytes.
    @inlinable @inline(__always)
    public func withBytes<Result>(_ body: (ByteView) throws -> Result) rethrows -> Result {
        try withUnsafeBufferPointer { try body(ByteView(lending: $0)) }
    }
}

extension ArraySlice where Element == UInt8 {
    /// Calls `body` with a view of the slice's bytes, indexed from 0.
    @inlinable @inline(__always)
    public func withBytes<Result>(_ body: (ByteView) throws -> Result) rethrows -> Result {
        try withUnsafeBufferPointer { try body(ByteView(lending: $0)) }
    }
}

extension StaticString {
    /// Calls `body` with a view of the literal's UTF-8 bytes, which live as long as the program.
    @inlinable @inline(__always)
    public func withBytes<Result>(_ body: (ByteView) -> Result) -> Result {
        withUTF8Buffer { body(ByteView(lending: $0)) }
    }
}
