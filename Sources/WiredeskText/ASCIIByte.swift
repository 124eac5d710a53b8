/// Classes of single ASCII bytes, decided by range tests: the building blocks of the byte-level rules, which read
/// UTF-8 where every byte below 0x80 is a whole character.
public enum ASCIIByte {
    /// A–Z or a–z.
    @inlinable @inline(__always)
    public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// 0–9.
    @inlinable @inline(__always)
    public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// A–Z.
    @inlinable @inline(__always)
    public static func isUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// a–z.
    @inlinable @inline(__always)
    public static func isLowercase(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
}
