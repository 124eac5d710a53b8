/// Which scalars make up words, for counting and fingerprinting. Unicode property lookups are costly, so ASCII —
/// most of the text wiredesk sees — is decided by a range test and only other scalars consult the tables.
enum WordCharacters {
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }
}
