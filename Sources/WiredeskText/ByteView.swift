/// A read-only view of contiguous bytes (a string's UTF-8, an array's elements) that the byte-level rules of
/// wiredesk read by index, eight at a time, or by searching, without handling a pointer themselves.
///
/// Safety rests on one invariant: a view never outlives the closure that lends the buffer. Views are only made by
/// the lending entry points (`String.withBytes`, `Substring.withBytes`, `Array.withBytes`, `StaticString.withBytes`),
/// which keep the storage alive and unchanged for the closure's run; code that receives a view may store it in a
/// value that lives no longer than that closure, never in one that escapes it. Every read is bounds-checked (one
/// unsigned comparison, which the optimizer hoists out of most loops), so an index past either end traps instead of
/// reading another object's memory.
@frozen
public struct ByteView: RandomAccessCollection {
    public typealias Element = UInt8
    public typealias Index = Int
    public typealias Indices = Range<Int>

    @usableFromInline
    internal let buffer: UnsafeBufferPointer<UInt8>

    /// Only the lending entry points make views: they are what keeps `buffer` alive.
    @inlinable
    internal init(lending buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { buffer.count }
    @inlinable public var count: Int { buffer.count }
    @inlinable public var isEmpty: Bool { buffer.isEmpty }
    @inlinable public var indices: Range<Int> { 0..<buffer.count }

    @inlinable @inline(__always)
    public subscript(position: Int) -> UInt8 {
        precondition(UInt(bitPattern: position) < UInt(bitPattern: buffer.count), "ByteView index out of range")
        return buffer[position]
    }

    @inlinable
    public subscript(bounds: Range<Int>) -> Slice<ByteView> {
        precondition(bounds.lowerBound >= 0 && bounds.upperBound <= buffer.count, "ByteView range out of bounds")
        return Slice(base: self, bounds: bounds)
    }

    @inlinable public func index(after index: Int) -> Int { index + 1 }
    @inlinable public func index(before index: Int) -> Int { index - 1 }
    @inlinable public func index(_ index: Int, offsetBy distance: Int) -> Int { index + distance }
    @inlinable public func distance(from start: Int, to end: Int) -> Int { end - start }

    /// The bytes of `range` as a view of their own, indexed from 0.
    @inlinable
    public func view(_ range: Range<Int>) -> ByteView {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "ByteView range out of bounds")
        return ByteView(lending: UnsafeBufferPointer(rebasing: buffer[range]))
    }

    /// The first `maxLength` bytes (all of them when there are fewer), as a view indexed from 0.
    @inlinable
    public func view(prefix maxLength: Int) -> ByteView {
        view(0..<Swift.min(Swift.max(maxLength, 0), buffer.count))
    }

    /// The eight bytes from `index` as one little-endian number, the first byte in the lowest lane (`ByteLanes`).
    @inlinable @inline(__always)
    public func word(at index: Int) -> UInt64 {
        precondition(index >= 0 && index <= buffer.count &- 8, "ByteView word out of range")
        return UInt64(
            littleEndian: UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped + index).loadUnaligned(
                as: UInt64.self))
    }

    /// The first index at or after `start` holding `byte`; `nil` when there is none. Searched by the C library's
    /// `memchr`, many bytes at a step.
    @inlinable
    public func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start >= 0, start < buffer.count, let base = buffer.baseAddress else { return nil }
        return ByteSearch.firstIndex(of: byte, in: base, from: start, count: buffer.count)
    }

    /// Hands the bytes to code that wants contiguous storage, such as `Array.append(contentsOf:)`, which then copies
    /// them at once.
    @inlinable
    public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        try body(buffer)
    }
}

extension ByteView {
    /// Whether `literal` is written at `offset`, byte for byte.
    @inlinable @inline(__always)
    public func starts(with literal: StaticString, at offset: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        return literal.withBytes { literal in
            for position in 0..<length where self[offset + position] != literal[position] { return false }
            return true
        }
    }

    /// Whether the bytes of `range` spell `lowercase` (ASCII letters and signs that `| 0x20` leaves alone), in any
    /// case.
    @inlinable @inline(__always)
    public func equalsIgnoringCase(_ lowercase: StaticString, _ range: Range<Int>) -> Bool {
        guard range.count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withBytes { lowercase in
            for position in 0..<range.count where self[range.lowerBound + position] | 0x20 != lowercase[position] {
                return false
            }
            return true
        }
    }
}
