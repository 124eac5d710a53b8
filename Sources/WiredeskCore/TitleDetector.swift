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
        guard let first = trimmed.first, !first.isLowercase, !first.isWhitespace else { return false }
        let words = trimmed.split(separator: " ")
        guard words.count <= maximumWords else { return false }
        let core = trimmed.reversed().drop { closingMarks.contains($0) }
        guard let last = core.first else { return false }
        // A final point ends a sentence, unless it closes an initialism (`... EXPORTS TO U.S.`) or the line is in
        // capitals, as headlines on the wire are.
        if sentenceEndings.contains(last) {
            let isInitialism = last == "." && words.last.map { initialism.matches(String($0)) } == true
            guard isInitialism || !trimmed.contains(where: \.isLowercase) else { return false }
        }
        guard DatelineParser.parse(String(trimmed)) == nil else { return false }
        // A next line that starts in lower case continues this line's sentence.
        if !blankLineFollows, nextLine.trimmingWhitespace().first?.isLowercase == true { return false }
        if blankLineFollows || !isHardWrapped || !trimmed.contains(where: \.isLowercase) { return true }
        let next = nextLine.trimmingWhitespace()
        return DatelineParser.parse(String(next)) != nil || BylineExtractor.bylineLine(next) != nil
            || DateHeader.recognise(next) != nil
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
