/// Which scalars make up words, for counting and fingerprinting, and the walk over a string's scalars that asks.
/// Unicode property lookups are costly, so ASCII — most of the text wiredesk sees — is decided by a table and only
/// other scalars consult Unicode's. The walk reads the string's bytes through a `ByteView`, lent for its run.
public enum WordCharacters {
    @inlinable @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    /// For each ASCII byte, the byte lower-cased when it is a letter or digit, 0 otherwise.
    public static let foldedASCII: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x41...0x5A: UInt8(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: UInt8(byte)
        default: 0
        }
    }

    /// Calls `body` for each scalar of `text`, decoded from its UTF-8: an ASCII scalar comes as `nil` with its folded
    /// byte (0 when it is no word character), any other as the scalar with 0.
    @inlinable @inline(__always)
    public static func forEachScalar(in text: String, _ body: (Unicode.Scalar?, UInt8) -> Void) {
        text.withBytes { bytes in
            foldedASCII.withBytes { folded in
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        body(nil, folded[Int(lead)])
                        index += 1
                        continue
                    }
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (0x7F >> UInt32(length))
                    for offset in 1..<length where index + offset < bytes.count {
                        value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                    }
                    index += length
                    body(Unicode.Scalar(value), 0)
                }
            }
        }
    }
}
