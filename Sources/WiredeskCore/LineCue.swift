/// The first and last words of a line, read on its UTF-8 bytes: the cheap cues that decide whether a line is worth
/// handing to a rule's regular expression at all.
///
/// A word is a run of ASCII letters, lower-cased; where a line starts with anything else, its first character
/// stands for the word (`©`, `-`, `•`), so a rule can be cued by a symbol as well. Words come packed (`ShortWord`), so
/// reading a cue and looking it up in a table builds no string.
enum LineCue {
    /// Words longer than this are no rule's cue, and are not built.
    static let longestWord = 15

    /// The line's first word, after blanks and one opening bracket.
    static func firstWord(_ line: Substring) -> ShortWord? {
        let bytes = line.utf8
        var index = bytes.startIndex
        func skipBlanks() {
            while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 {
                index = bytes.index(after: index)
            }
        }
        skipBlanks()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "[") {
            index = bytes.index(after: index)
            skipBlanks()
        }
        guard index < bytes.endIndex else { return nil }
        let first = bytes[index]
        guard isLetter(first) else {
            // One character: a single byte, or a multi-byte scalar's lead byte with its continuation bytes.
            var end = bytes.index(after: index)
            if first >= 0xC0 {
                while end < bytes.endIndex, bytes[end] & 0xC0 == 0x80 { end = bytes.index(after: end) }
            }
            return ShortWord(line.utf8[index..<end])
        }
        var end = index
        while end < bytes.endIndex, isLetter(bytes[end]) { end = bytes.index(after: end) }
        return lowerCased(bytes[index..<end])
    }

    /// The line's last word, before blanks and closing marks (`.`, `)`, `]`, quotes).
    static func lastWord(_ line: Substring) -> ShortWord? {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let byte = bytes[bytes.index(before: end)]
            guard
                byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")
                    || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            else { break }
            end = bytes.index(before: end)
        }
        var start = end
        while start > bytes.startIndex, isLetter(bytes[bytes.index(before: start)]) {
            start = bytes.index(before: start)
        }
        guard start < end else { return nil }
        return lowerCased(bytes[start..<end])
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func lowerCased(_ letters: Substring.UTF8View.SubSequence) -> ShortWord? {
        guard letters.count <= longestWord else { return nil }
        var word = ShortWord()
        for byte in letters { word.append(byte | 0x20) }
        return word
    }
}
