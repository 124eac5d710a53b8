/// Lower-case hexadecimal text of a digest's bytes (a SHA-256 as its 64 characters), as the archive stores hashes.
public enum HexDigest {
    @usableFromInline static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Two lower-case hexadecimal digits per byte, most significant first.
    @inlinable
    public static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
