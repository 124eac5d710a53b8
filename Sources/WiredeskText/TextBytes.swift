/// Byte-level character classes for UTF-8 text, standing in for `\s`, `\b` and `[\p{L}\d]`: ASCII is decided
/// exactly; any byte of a multi-byte character counts as part of a word, as nearly all such characters in news copy
/// are letters. Reads go through `ByteView`, so an index outside the text is checked, never followed.
public enum TextBytes {
    @inlinable @inline(__always)
    public static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// U+00A0, the no-break space.
    @inlinable @inline(__always)
    public static func isNoBreakSpace(_ bytes: ByteView, at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    /// Whether the byte at `index` belongs to a word (letter or digit); `false` outside the text.
    @inlinable @inline(__always)
    public static func isWordByte(_ bytes: ByteView, at index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let byte = bytes[index]
        if byte >= 0x80 {
            // The no-break space is the one common non-letter among multi-byte characters.
            return !isNoBreakSpace(bytes, at: index) && !(byte == 0xA0 && index > 0 && bytes[index - 1] == 0xC2)
        }
        return ASCIIByte.isLetter(byte) || ASCIIByte.isDigit(byte)
    }

    /// The index after the run of whitespace starting at `index`.
    @inlinable
    public static func afterSpaces(_ bytes: ByteView, from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if isNoBreakSpace(bytes, at: index) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// The index at which the run of whitespace ending just before `index` starts.
    @inlinable
    public static func beforeSpaces(_ bytes: ByteView, from index: Int) -> Int {
        var index = index
        while index > 0 {
            if isSpace(bytes[index - 1]) {
                index -= 1
            } else if index >= 2, bytes[index - 2] == 0xC2, bytes[index - 1] == 0xA0 {
                index -= 2
            } else {
                break
            }
        }
        return index
    }

    /// Whether `word` (ASCII, spaces standing for runs of whitespace) is written in `bytes` from `index`; returns the
    /// index after it.
    @inlinable
    public static func match(_ word: [UInt8], in bytes: ByteView, at index: Int) -> Int? {
        var index = index
        for byte in word {
            if byte == 0x20 {
                let after = afterSpaces(bytes, from: index)
                guard after > index else { return nil }
                index = after
            } else {
                guard index < bytes.count, bytes[index] == byte else { return nil }
                index += 1
            }
        }
        return index
    }

    /// Whether `word` is written in `bytes` ending just before `end`; returns the index where it starts.
    @inlinable
    public static func match(_ word: [UInt8], in bytes: ByteView, endingAt end: Int) -> Int? {
        var index = end
        for byte in word.reversed() {
            if byte == 0x20 {
                let before = beforeSpaces(bytes, from: index)
                guard before < index else { return nil }
                index = before
            } else {
                guard index > 0, bytes[index - 1] == byte else { return nil }
                index -= 1
            }
        }
        return index
    }
}
