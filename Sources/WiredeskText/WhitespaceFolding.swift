/// Collapses runs of whitespace to one space and trims both ends, the form in which every rule reads a line.
///
/// One pass over the UTF-8 bytes, where only ASCII bytes can be spaces, writing as it reads; a line holding a space
/// outside ASCII (no-break, ideographic) is collapsed on scalars instead. Most lines of ASCII copy need nothing
/// collapsed: they are recognised eight bytes at a time and copied whole. The output is written into a string's
/// fresh storage, never past the input's length (collapsing only removes bytes), which is what makes that write safe.
public enum WhitespaceFolding {
    /// `collapsingSpaces(line)` as a slice: the line itself when it needs no collapsing.
    public static func collapsedSpaces(_ line: Substring) -> Substring {
        let isCollapsed = line.withBytes(isCollapsedASCII)
        return isCollapsed ? line : Substring(collapsingSpaces(line))
    }

    /// The line with runs of whitespace collapsed to one space and no leading or trailing space.
    public static func collapsingSpaces(_ line: Substring) -> String {
        let collapsed: String? = line.withBytes { bytes in
            if isCollapsedASCII(bytes) { return String(line) }
            var sawUnicodeSpace = false
            let text = String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                var pendingSpace = false
                for index in bytes.indices {
                    let byte = bytes[index]
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = written > 0
                        continue
                    }
                    if byte >= 0xC2, startsUnicodeSpace(bytes, at: index) {
                        sawUnicodeSpace = true
                        return 0
                    }
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                    output[written] = byte
                    written += 1
                }
                return written
            }
            return sawUnicodeSpace ? nil : text
        }
        return collapsed ?? collapsingSpacesInScalars(line)
    }

    /// Whether `bytes` are ASCII with words separated by single spaces: no other white space, no control character
    /// and no space at either end, so collapsing would leave them as they are. Eight bytes are tested at a time.
    @inlinable
    public static func isCollapsedASCII(_ bytes: ByteView) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        guard first != 0x20, last != 0x20 else { return false }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // The high bit of a byte of `previousSpace` is set when the byte before the current word is a space.
        var previousSpace: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.word(at: index)
            guard word & highBits == 0 else { return false }
            // With every byte below 0x80, adding 0x5F or 0x7F to each byte carries into no other byte: the high bit
            // then tells a byte ≥ 0x21 (printable), and a byte that differs from a space.
            let blanks = ~(word &+ 0x5F5F_5F5F_5F5F_5F5F) & highBits
            let spaces = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & highBits
            // A blank that is not a space is a tab, line break or control character; two spaces in a row collapse.
            guard blanks == spaces, spaces & (spaces << 8 | previousSpace) == 0 else { return false }
            previousSpace = spaces >> 56
            index += 8
        }
        var previousWasSpace = previousSpace != 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x80, byte > 0x20 || (byte == 0x20 && !previousWasSpace) else { return false }
            previousWasSpace = byte == 0x20
            index += 1
        }
        return true
    }

    /// Whether the bytes at `index` encode a white-space character outside ASCII: U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F or U+3000 (Unicode's White_Space property).
    @inlinable @inline(__always)
    public static func startsUnicodeSpace(_ bytes: ByteView, at index: Int) -> Bool {
        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return at(1) == 0x85 || at(1) == 0xA0
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80
        case 0xE2:
            if at(1) == 0x81 { return at(2) == 0x9F }
            guard at(1) == 0x80 else { return false }
            let last = at(2)
            return (0x80...0x8A).contains(last) || last == 0xA8 || last == 0xA9 || last == 0xAF
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80
        default: return false
        }
    }

    private static func collapsingSpacesInScalars(_ line: Substring) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }
}
