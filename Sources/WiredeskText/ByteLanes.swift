/// Tests on the eight bytes of a `UInt64` at once (a word read by `ByteView.word(at:)`): each sets the high bit of
/// the lanes whose byte passes. Pure arithmetic on numbers: nothing here touches memory.
public enum ByteLanes {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    public static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Lanes holding a byte of a multi-byte character.
    @inlinable @inline(__always)
    public static func nonASCII(_ word: UInt64) -> UInt64 { word & highBits }

    /// Lanes holding an ASCII byte within `range`. With the high bits cleared, adding at most 0x80 to a byte carries
    /// into no other lane.
    @inlinable @inline(__always)
    public static func within(_ word: UInt64, _ range: ClosedRange<UInt8>) -> UInt64 {
        let low = word & ~highBits
        let atLeastLower = low &+ ones &* UInt64(0x80 - range.lowerBound)
        let aboveUpper = low &+ ones &* UInt64(0x7F - range.upperBound)
        return atLeastLower & ~aboveUpper & ~word & highBits
    }

    /// `byte` in every lane.
    @inlinable
    public static func broadcast(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// Lanes holding the byte `broadcast` repeats.
    @inlinable @inline(__always)
    public static func equal(_ word: UInt64, broadcast: UInt64) -> UInt64 {
        let difference = word ^ broadcast
        return ~(((difference & ~highBits) &+ ~highBits) | difference) & highBits
    }
}
