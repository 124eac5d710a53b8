import WiredeskText

/// Groups a story's lines into paragraphs, whichever way the sender laid them out: one paragraph per line, paragraphs
/// between blank lines, or hard-wrapped lines of about 70 characters with indented paragraph starts.
enum ParagraphAssembler {
    /// Lines longer than this are not hard-wrapped copy (wire wraps at 65–80 columns).
    static let longestWrappedLine = 100
    /// Share of lines that run on into the next line (no sentence ending) from which copy counts as hard-wrapped.
    static let runOnShare = 0.3
    /// In wrapped copy a line shorter than this share of the wrap width ends its paragraph (or is a subheading).
    static let shortLineShare = 0.6
    /// Characters that end a sentence, so a line ending with one may end a paragraph.
    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: "\""), UInt8(ascii: ")"):
            true
        default: false
        }
    }

    static func isHardWrapped(_ lines: [Substring]) -> Bool {
        // Each line's length is read once; whether it ends a sentence only for lines that another line follows.
        let allLengths = lines.map(trimmedLength)
        var followed = 0
        var runOn = 0
        var lengths: [Int] = []
        lengths.reserveCapacity(lines.count)
        for (index, length) in allLengths.enumerated() where length > 0 {
            lengths.append(length)
            // The first line may be a headline, which has no final point in any layout.
            guard lengths.count > 1, index + 1 < lines.count, allLengths[index + 1] > 0 else { continue }
            followed += 1
            if !endsSentence(lines[index]) { runOn += 1 }
        }
        guard lengths.count >= 3, followed > 0 else { return false }
        guard wrapWidth(lengths) <= longestWrappedLine else { return false }
        return Double(runOn) >= runOnShare * Double(followed)
    }

    /// The paragraphs of `lines`. A line that needs no collapsing is its own paragraph as it is, a slice of the story's
    /// text: only joined and collapsed paragraphs are new strings.
    static func paragraphs(from lines: [Substring]) -> [Substring] {
        guard isHardWrapped(lines) else { return onePerLine(lines) }
        let lengths = lines.map(trimmedLength).filter { $0 > 0 }
        let shortLine = Int(Double(wrapWidth(lengths)) * shortLineShare)
        let baseIndent = mostCommonIndent(lines)

        var paragraphs: [Substring] = []
        var current = ""
        var previousLength = 0
        func close() {
            if !current.isEmpty { paragraphs.append(Substring(current)) }
            current = ""
        }
        for line in lines {
            let length = trimmedLength(line)
            guard length > 0 else {
                close()
                continue
            }
            let text = collapsedSpaces(line)
            if isTableRow(line) {
                close()
                paragraphs.append(text)
                previousLength = 0
                continue
            }
            if indent(of: line) > baseIndent || previousLength < shortLine { close() }
            if current.isEmpty {
                current = String(text)
            } else {
                if !endsWithWordHyphen(current) { current.append(" ") }
                current.append(contentsOf: text)
            }
            previousLength = length
        }
        close()
        return paragraphs
    }

    /// One paragraph per line, except that a line starting in lower case right after a line that ends mid-sentence
    /// continues it (short copy wrapped by hand).
    private static func onePerLine(_ lines: [Substring]) -> [Substring] {
        var paragraphs: [Substring] = []
        // The last paragraph, once a line has continued it: grown in place, as copying it for every line that
        // continues it would cost quadratic time.
        var continued: String?
        func settle() {
            if let text = continued { paragraphs[paragraphs.count - 1] = Substring(text) }
            continued = nil
        }
        var previousRunsOn = false
        for line in lines {
            let text = collapsedSpaces(line)
            guard let first = text.utf8.first else {
                previousRunsOn = false
                continue
            }
            let startsLowercase = first < 0x80 ? (0x61...0x7A).contains(first) : text.first?.isLowercase == true
            if previousRunsOn, startsLowercase, let last = paragraphs.last {
                var paragraph = continued ?? String(last)
                continued = nil
                if !endsWithWordHyphen(paragraph) { paragraph.append(" ") }
                paragraph.append(contentsOf: text)
                continued = paragraph
            } else {
                settle()
                paragraphs.append(text)
            }
            previousRunsOn = !endsSentence(line)
        }
        settle()
        return paragraphs
    }

    /// The length most lines reach: the 90th percentile, so one stray long line does not set it.
    private static func wrapWidth(_ lengths: [Int]) -> Int {
        guard !lengths.isEmpty else { return 0 }
        let sorted = lengths.sorted()
        return sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
    }

    /// Length of the line without its leading and trailing blanks, in UTF-8 bytes (wrap widths are compared, so
    /// bytes serve as well as characters and cost nothing to count).
    private static func trimmedLength(_ line: Substring) -> Int {
        line.withBytes { bytes in
            var first = 0
            var end = bytes.count
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            while end > first, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return end - first
        } ?? line.utf8.count
    }

    private static func indent(of line: Substring) -> Int {
        line.withBytes { bytes in
            var width = 0
            for byte in bytes {
                if byte == 0x20 {
                    width += 1
                } else if byte == 0x09 {
                    width += 4
                } else {
                    break
                }
            }
            return width
        } ?? 0
    }

    private static func mostCommonIndent(_ lines: [Substring]) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines where trimmedLength(line) > 0 { counts[indent(of: line), default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
    }

    private static func endsSentence(_ line: Substring) -> Bool {
        let last: UInt8? =
            line.withBytes { bytes in
                var end = bytes.count
                while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                return end > 0 ? bytes[end - 1] : nil
            } ?? nil
        guard let last else { return true }
        // Bytes ≥ 0x80 are the tail of a multi-byte character: closing curly quotes, ellipses, CJK full stops.
        return isSentenceEnd(last) || last >= 0x80
    }

    /// A row of a table in wire copy: columns separated by runs of three or more spaces.
    private static func isTableRow(_ line: Substring) -> Bool {
        line.withBytes { bytes in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            var run = 0
            var seenText = false
            while index < bytes.count {
                if bytes[index] == 0x20 {
                    run += 1
                } else {
                    if seenText && run >= 3 { return true }
                    seenText = true
                    run = 0
                }
                index += 1
            }
            return false
        } ?? false
    }

    /// Whether `text` ends in a hyphen right after a letter (`farm-` at a line's end): read from the end, in constant
    /// time however long the paragraph has grown.
    private static func endsWithWordHyphen(_ text: some StringProtocol) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.last == "-" else { return false }
        let hyphen = scalars.index(before: scalars.endIndex)
        guard hyphen > scalars.startIndex else { return false }
        return scalars[scalars.index(before: hyphen)].properties.isAlphabetic
    }

    /// `collapsingSpaces(line)` as a slice: the line itself when it needs no collapsing.
    static func collapsedSpaces(_ line: Substring) -> Substring { WhitespaceFolding.collapsedSpaces(line) }

    /// The line with runs of whitespace collapsed to one space and no leading or trailing space.
    static func collapsingSpaces(_ line: Substring) -> String { WhitespaceFolding.collapsingSpaces(line) }
}
