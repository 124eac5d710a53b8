import Foundation

/// `memchr` for `ByteView.firstIndex(of:from:)`, kept out of line so that the module's inlinable code names no C
/// function. Safe because its one caller passes a base address and count taken from a lent view, with `start` checked
/// to lie inside it.
@usableFromInline
enum ByteSearch {
    @usableFromInline
    static func firstIndex(of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
