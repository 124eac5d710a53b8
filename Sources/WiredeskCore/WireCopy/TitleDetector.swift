import WiredeskText

/// Decides whether a story's first line is its title (a headline) or already the lead sentence.
///
/// A title is a short line that does not end like a sentence and is followed by more text. In hard-wrapped copy a
/// short first line that runs straight on into the next line is the start of the lead, unless it is in capitals or
/// what follows is a dateline, byline or date header.
enum TitleDetector {
    static let maximumWords = 30
    static let maximumLength = 250

    /// Characters that end a sentence or a clause, so a line ending with one is not a headline.
    private static let sentenceEndings: Set<Character> = [".", ",", ";", ":", "…"]
    private static let closingMarks: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]
    private static let initialism = TextPattern("^(?:\\p{L}\\.){2,}$")

    static func isTitle(_ line: Substring, nextLine: Substring?, blankLineFollows: Bool, isHardWrapped: Bool) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard let nextLine, !trimmed.isEmpty, trimmed.utf8.count <= maximumLength else { return false }
        guard let shape = Shape.of(trimmed), !shape.startsLowercase, shape.wordCount <= maximumWords else {
            return false
        }
        // A final point ends a sentence, unless it closes an initialism (`... EXPORTS TO U.S.`) or the line is in
        // capitals, as headlines on the wire are.
        guard let last = shape.lastMark else { return false }
        if sentenceEndings.contains(last) {
            let isInitialism = last == "." && initialism.matches(String(shape.lastWord))
            guard isInitialism || !shape.hasLowercase else { return false }
        }
        guard DatelineParser.parse(String(trimmed)) == nil else { return false }
        // A next line that starts in lower case continues this line's sentence.
        if !blankLineFollows, startsLowercase(nextLine.trimmingWhitespace()) { return false }
        if blankLineFollows || !isHardWrapped || !shape.hasLowercase { return true }
        let next = nextLine.trimmingWhitespace()
        return DatelineParser.parse(String(next)) != nil || BylineExtractor.bylineLine(next) != nil
            || DateHeader.recognise(next) != nil
    }

    /// What the rules ask of a candidate line (trimmed, not empty): read on its bytes when it is ASCII, on its
    /// characters otherwise.
    private struct Shape {
        var startsLowercase: Bool
        var wordCount: Int
        /// The last character before closing quotes and brackets, `nil` when there is none.
        var lastMark: Character?
        var lastWord: Substring
        var hasLowercase: Bool

        static func of(_ text: Substring) -> Shape? {
            // One pass over the contiguous bytes of an ASCII line; any other line is read by characters.
            let read = text.withBytes { bytes -> (isASCII: Bool, shape: Shape?) in
                guard let first = bytes.first else { return (true, nil) }
                var words = 0
                var previous: UInt8 = 0x20
                var hasLowercase = false
                var lastSpace = -1
                var lastMark: UInt8?
                for (index, byte) in bytes.enumerated() {
                    if byte >= 0x80 { return (false, nil) }
                    if byte == 0x20 {
                        lastSpace = index
                    } else if previous == 0x20 {
                        words += 1
                    }
                    if (0x61...0x7A).contains(byte) { hasLowercase = true }
                    if !asciiClosingMarks.contains(byte) { lastMark = byte }
                    previous = byte
                }
                guard !TextBytes.isSpace(first) else { return (true, nil) }
                let utf8 = text.utf8
                let shape = Shape(
                    startsLowercase: (0x61...0x7A).contains(first),
                    wordCount: words,
                    lastMark: lastMark.map { Character(Unicode.Scalar($0)) },
                    lastWord: text[utf8.index(utf8.startIndex, offsetBy: lastSpace + 1)...],
                    hasLowercase: hasLowercase)
                return (true, shape)
            }
            guard read.isASCII else { return ofCharacters(text) }
            return read.shape
        }

        private static func ofCharacters(_ text: Substring) -> Shape? {
            guard let first = text.first, !first.isWhitespace else { return nil }
            let words = text.split(separator: " ")
            return Shape(
                startsLowercase: first.isLowercase,
                wordCount: words.count,
                lastMark: text.reversed().drop { closingMarks.contains($0) }.first,
                lastWord: words.last ?? text,
                hasLowercase: text.contains(where: \.isLowercase))
        }

        private static let asciiClosingMarks: [UInt8] = Array("\"')]".utf8)
    }

    private static func startsLowercase(_ text: Substring) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first < 0x80 ? (0x61...0x7A).contains(first) : text.first?.isLowercase == true
    }

    /// Whether `line` repeats `title`, whatever its spacing or case (`Baghdad  Reassured  of ...`).
    static func isCopy(_ line: Substring, of title: String) -> Bool {
        // ASCII text is compared byte by byte, without building either folded string; other text takes the full path.
        var lineBytes = FoldedASCII(line.utf8)
        var titleBytes = FoldedASCII(title.utf8)
        while true {
            let a = lineBytes.next()
            let b = titleBytes.next()
            if a == nonASCII || b == nonASCII { break }
            if a != b { return false }
            if a == nil { return true }
        }
        return collapsedFolded(line) == collapsedFolded(Substring(title))
    }

    /// The bytes of ASCII text lower-cased, with each run of whitespace read as one space and none at either end.
    private struct FoldedASCII<Bytes: Collection<UInt8>> {
        let bytes: Bytes
        var index: Bytes.Index
        var started = false

        init(_ bytes: Bytes) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        mutating func next() -> UInt8? {
            var sawSpace = false
            while index < bytes.endIndex, TextBytes.isSpace(bytes[index]) {
                bytes.formIndex(after: &index)
                sawSpace = true
            }
            guard index < bytes.endIndex else { return nil }
            if sawSpace && started { return 0x20 }
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            started = true
            if byte >= 0x80 { return nonASCII }
            return (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
    }

    /// What `FoldedASCII` reads for a byte it cannot fold: the comparison must take the full path.
    private static let nonASCII: UInt8 = 0xFF

    static func collapsedFolded(_ text: Substring) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> Substring {
        // Blanks are nearly always ASCII: they are skipped on bytes, and only an end that meets a byte outside ASCII
        // (which may be a no-break or ideographic space) is left to the character classes.
        let text = Substring(self)
        let bytes = text.utf8
        var first = bytes.startIndex
        while first < bytes.endIndex, TextBytes.isSpace(bytes[first]) { bytes.formIndex(after: &first) }
        var last = bytes.endIndex
        while last > first, TextBytes.isSpace(bytes[bytes.index(before: last)]) { bytes.formIndex(before: &last) }
        if first == last { return text[first..<first] }
        if bytes[first] < 0x80, bytes[bytes.index(before: last)] < 0x80 { return text[first..<last] }
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return Substring(self[start..<Swift.max(start, end)])
    }
}
