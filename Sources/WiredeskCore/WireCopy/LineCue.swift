import WiredeskText

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
        // Read on the contiguous bytes: stepping a `Substring.UTF8View` index costs more than the whole test.
        line.withBytes { bytes -> ShortWord? in
            var index = 0
            func skipBlanks() {
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            }
            skipBlanks()
            if index < bytes.count, bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "[") {
                index += 1
                skipBlanks()
            }
            guard index < bytes.count else { return nil }
            let first = bytes[index]
            guard isLetter(first) else {
                // One character: a single byte, or a multi-byte scalar's lead byte with its continuation bytes.
                var end = index + 1
                if first >= 0xC0 {
                    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                }
                return ShortWord(bytes[index..<end])
            }
            var end = index
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            return lowerCased(bytes[index..<end])
        } ?? nil
    }

    /// Whether the line opens with `phrase` (lower-case ASCII, single spaces), in any case and spacing, after blanks
    /// and one opening bracket, the phrase ending a word.
    static func opens(_ line: Substring, with phrase: String) -> Bool {
        line.withBytes { bytes in
            func isBlank(_ index: Int) -> Bool { index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) }
            var index = 0
            while isBlank(index) { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "[") {
                index += 1
                while isBlank(index) { index += 1 }
            }
            for letter in phrase.utf8 {
                if letter == 0x20 {
                    guard isBlank(index) else { return false }
                    while isBlank(index) { index += 1 }
                    continue
                }
                guard index < bytes.count, bytes[index] | 0x20 == letter else { return false }
                index += 1
            }
            guard index < bytes.count else { return true }
            return !isLetter(bytes[index]) && !(0x30...0x39).contains(bytes[index])
        } ?? false
    }

    /// The line's last word, before blanks and closing marks (`.`, `)`, `]`, quotes).
    static func lastWord(_ line: Substring) -> ShortWord? {
        line.withBytes { bytes -> ShortWord? in
            var end = bytes.count
            while end > 0 {
                let byte = bytes[end - 1]
                guard
                    byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")
                        || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                else { break }
                end -= 1
            }
            var start = end
            while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
            guard start < end else { return nil }
            return lowerCased(bytes[start..<end])
        } ?? nil
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func lowerCased(_ letters: Slice<ByteView>) -> ShortWord? {
        guard letters.count <= longestWord else { return nil }
        var word = ShortWord()
        for byte in letters { word.append(byte | 0x20) }
        return word
    }
}
