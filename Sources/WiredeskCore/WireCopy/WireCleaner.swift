import Foundation
import WiredeskText

/// Turns the lines of a story (after its title and headers) into clean paragraphs: it drops trailer codes, sign-offs,
/// credit and copyright lines, photo credits and page furniture, unwraps hard-wrapped copy and collapses spacing.
///
/// What it drops that carries metadata (an agency sign-off, a copyright holder, the reporters of a credit line) is
/// handed back, so the parser can still use it.
enum WireCleaner {
    /// The clean paragraphs and what the dropped lines said.
    struct Result: Equatable {
        var paragraphs: [Substring]
        /// Agencies named by a sign-off, trailer or copyright line, last line first.
        var trailerAgencies: [String] = []
        /// Credit lines (`Reporting by ...`, `... contributed to this report`), as written.
        var creditLines: [String] = []
    }

    /// Kinds of lines that are not part of the story, wherever they appear.
    enum Furniture {
        case separator, navigation, photoCredit, credit, copyright
        /// A note to editors (`(Добавлены подробности в 4-5 абзацах)`).
        case editorNote
    }

    /// Lines that end a story besides agency sign-offs (see `signOffAgency`): end marks, routing codes. Only removed
    /// from the end.
    static let trailerLines: [TextPattern] = [
        // /end/ · (END) · Enditem · ENDS · -30- · ### · NNNN · --0-- (an end mark of Asian agencies' copy) · MORE,
        // -more-, (more): the end of a take that the next one continues
        TextPattern(
            "^\\s*(?:/?end/?|\\(end\\)|end\\s*item|ends?|-?\\s*30\\s*-|#{2,}|x{3}|n{4}|\\+{3}|-{1,3}\\s*0\\s*-{1,3}"
                + "|-?\\s*more\\s*-?|\\(\\s*more\\s*\\))\\s*$",
            caseInsensitive: true),
        // R111/108/C/ · jm/bp · AS/1234 · str-ho/txw
        TextPattern(
            "^\\s*(?=[^\\s]*\\d|[a-z]{2,4}[/-])[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})?"
                + "(?:/[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})?){1,6}/?\\s*$"),
        // (end) ast.gb · (END) jm
        TextPattern("^\\s*\\(end\\)\\s+[a-z]{1,6}(?:[./-][a-z]{1,6}){0,4}\\s*$", caseInsensitive: true),
        // 2050**1424 (a serial) · News Code 208562
        TextPattern("^\\s*(?:\\d+\\*+\\d+|news\\s+(?:code|id)\\s*:?\\s*\\d+)\\s*$", caseInsensitive: true),
        // 141530 GMT Dec 04 · 1542 GMT
        TextPattern("^\\s*\\d{4,6}\\s*(?:GMT|UTC)(?:\\s+\\p{L}{3}\\s+\\d{1,2})?\\s*$"),
    ]

    /// Whether `line` is spaced few enough times to be one of `trailerLines`: none has more than three runs of blanks
    /// between its characters, so a last sentence or credit line costs no match.
    static func mayBeTrailerLine(_ line: Substring) -> Bool {
        var runs = 0
        var inRun = false
        var seenText = false
        for byte in line.utf8 {
            if TextBytes.isSpace(byte) {
                if seenText && !inRun { runs += 1 }
                inRun = true
            } else {
                seenText = true
                inRun = false
            }
        }
        if inRun && seenText { runs -= 1 }
        return runs <= 3
    }

    /// Trailers glued to the end of the last paragraph: `... the region. Enditem`, `... (END)`, `... -- Reuters`.
    static let gluedTrailer = TextPattern(
        "(?:\\s+(?:\\(\\s*(?i:end|end\\s*item)\\s*\\)|(?i:enditem)|END|/end/)"
            + "|(?<=[.!?\"”])\\s*(?:--?\\s*)?(?:Reuters?|REUTERS?|\\((?:\(AgencyCatalog.aliasPattern))\\)))\\s*$")

    /// Bytes at the end of a long paragraph searched for a glued trailer: many times what one spans (a blank, a mark
    /// and an agency's name).
    static let gluedTrailerReach = 512

    /// `paragraph` without its glued trailer. Spaces in a paragraph are collapsed (`ParagraphAssembler`), so a
    /// trailer lies within the paragraph's last bytes, and only those are searched: the pattern would otherwise try
    /// to match at every space of a long paragraph. One whose tail holds a run of blanks is searched whole.
    static func withoutGluedTrailer(_ paragraph: Substring) -> Substring {
        let utf8 = paragraph.utf8
        guard utf8.count > 2 * gluedTrailerReach else {
            return Substring(gluedTrailer.replacingMatches(in: String(paragraph), with: ""))
        }
        var start = utf8.index(utf8.endIndex, offsetBy: -gluedTrailerReach)
        while UTF8.isContinuation(utf8[start]) { utf8.formIndex(after: &start) }
        let tail = paragraph[start...]
        var previousIsBlank = false
        for scalar in tail.unicodeScalars {
            let isBlank = scalar.properties.isWhitespace
            guard !(isBlank && previousIsBlank) else {
                return Substring(gluedTrailer.replacingMatches(in: String(paragraph), with: ""))
            }
            previousIsBlank = isBlank
        }
        guard !previousIsBlank else { return Substring(gluedTrailer.replacingMatches(in: String(paragraph), with: "")) }
        return Substring(paragraph[..<start] + gluedTrailer.replacingMatches(in: String(tail), with: ""))
    }

    /// A furniture rule: the pattern a whole line must match, what such a line is, and the cue words that any line it
    /// matches must start or end with. Cues are checked on every line for the price of one or two table lookups; the
    /// pattern itself only runs on the rare line that shows a cue. A rule without a pattern is its openings alone.
    struct FurnitureRule {
        var pattern: TextPattern?
        var kind: Furniture
        /// Lower-case first words (or first non-letter character) that a matching line starts with, after blanks and
        /// an opening bracket.
        var firstWords: [String] = []
        /// Lower-case last words that a matching line ends with, before blanks and closing marks.
        var lastWords: [String] = []
        /// Lower-case phrases one of which a matching line must open with, when the first word alone is too common a
        /// cue (`to contact the`).
        var openings: [String] = []
    }

    /// For each cue word, the rows of `furnitureLines` it calls up, as bits.
    private static let rowsByFirstWord = rows(by: \.firstWords)
    private static let rowsByLastWord = rows(by: \.lastWords)

    private static func rows(by words: KeyPath<FurnitureRule, [String]>) -> ShortWordTable {
        var table = ShortWordTable()
        for (row, rule) in furnitureLines.enumerated() {
            for word in rule[keyPath: words] { table.add(ShortWord(word), bit: row) }
        }
        return table
    }

    /// What kind of furniture `line` is, or `nil` for a line of the story.
    static func furnitureKind(_ line: Substring) -> Furniture? {
        guard line.utf8.count <= maximumFurnitureLength else { return nil }
        var candidates: UInt32 = 0
        if let word = LineCue.firstWord(line) { candidates |= rowsByFirstWord.bits(of: word) }
        if let word = LineCue.lastWord(line) { candidates |= rowsByLastWord.bits(of: word) }
        guard candidates != 0 else { return nil }
        var text: String?
        // Rows are tried in table order, the lowest bit first.
        while candidates != 0 {
            let row = candidates.trailingZeroBitCount
            candidates &= candidates - 1
            let rule = furnitureLines[row]
            guard rule.openings.isEmpty || rule.openings.contains(where: { LineCue.opens(line, with: $0) }) else {
                continue
            }
            guard let pattern = rule.pattern else { return rule.kind }
            if text == nil { text = String(line) }
            if pattern.matches(text!) { return rule.kind }
        }
        return nil
    }

    /// The agency a sign-off line names (`Reuter`, `-- AFP`, `(Xinhua)`, `REUTER 1542 GMT`), by catalogue lookup.
    /// Read on the line's bytes: sign-offs are short and ASCII but for their dashes.
    static func signOffAgency(_ line: Substring) -> String? {
        // No sign-off runs past 60 bytes, nor (a name of six words at most, with its marks and a time) to more than
        // twelve words: a line of text is turned away before it is copied.
        guard line.utf8.count <= 60, wordCount(line) <= 12 else { return nil }
        let bytes = Array(line.utf8)
        // Marks around the name: `-- Reuters`, `(Xinhua)`, `/TASS/`, `reuter...`.
        var start = 0
        var end = bytes.count
        while start < end, let length = markLength(bytes, at: start) { start += length }
        while end > start, let length = markLength(bytes, endingAt: end) { end -= length }
        var words = bytes[start..<end].split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
        // A transmission time may follow: `Reuter 1542 GMT`.
        while let last = words.last,
            last.allSatisfy({ (0x30...0x39).contains($0) }) || last.elementsEqual("GMT".utf8)
                || last.elementsEqual("UTC".utf8)
        {
            words.removeLast()
        }
        // No agency name runs to more than six words, nor holds a digit or a comma: a last line of text or of a table
        // (`ZIMBABWE  nil  10,920`) costs no lookup.
        guard !words.isEmpty, words.count <= 6,
            !words.contains(where: { $0.contains { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ",") } })
        else { return nil }
        let name = String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
        if let agency = AgencyCatalog.canonicalName(name) { return agency }
        // Desk codes may follow the name: `PTI ABC DEF RT`, `dpa sas xx gs`: short words all in one case.
        let codes = words.dropFirst()
        // Desks of other scripts sign with short words of their own (`भाषा रमण सुरभि`).
        let isCodes =
            !codes.isEmpty
            && (codes.allSatisfy { isCode($0, letters: 0x41...0x5A) }
                || codes.allSatisfy { isCode($0, letters: 0x61...0x7A) }
                || codes.count <= 4 && codes.allSatisfy { $0.count <= 18 && $0.allSatisfy { $0 >= 0x80 } })
        return isCodes ? AgencyCatalog.canonicalName(String(decoding: Array(words[0]), as: UTF8.self)) : nil
    }

    /// Runs of non-blank bytes in `line`.
    private static func wordCount(_ line: Substring) -> Int {
        var count = 0
        var inWord = false
        for byte in line.utf8 {
            let isBlank = byte == 0x20 || byte == 0x09
            if !isBlank && !inWord { count += 1 }
            inWord = !isBlank
        }
        return count
    }

    private static func isCode(_ word: ArraySlice<UInt8>, letters: ClosedRange<UInt8>) -> Bool {
        (1...4).contains(word.count) && word.allSatisfy { letters.contains($0) }
    }

    /// The marks a sign-off's name may sit between: blanks, dashes, brackets, slashes, points, `==` and the ellipsis.
    private static let asciiSignOffMarks: Set<UInt8> = Set(" \t-()/.=".utf8)
    /// `–`, `—`, `…` and the no-break space, as UTF-8.
    private static let unicodeSignOffMarks: [[UInt8]] = ["\u{2013}", "\u{2014}", "\u{2026}", "\u{00A0}"].map {
        Array($0.utf8)
    }

    /// The length of the mark starting at `index`, `nil` when none does.
    private static func markLength(_ bytes: [UInt8], at index: Int) -> Int? {
        if asciiSignOffMarks.contains(bytes[index]) { return 1 }
        guard bytes[index] >= 0xC2 else { return nil }
        return unicodeSignOffMarks.first { bytes[index...].starts(with: $0) }?.count
    }

    /// The length of the mark ending just before `end`, `nil` when none does.
    private static func markLength(_ bytes: [UInt8], endingAt end: Int) -> Int? {
        if asciiSignOffMarks.contains(bytes[end - 1]) { return 1 }
        guard bytes[end - 1] >= 0x80 else { return nil }
        return unicodeSignOffMarks.first { bytes[..<end].reversed().starts(with: $0.reversed()) }?.count
    }

    /// Furniture lines are short; a long paragraph that merely starts like one is kept.
    static let maximumFurnitureLength = 200

    private static let agencyName = TextPattern(
        "(?<![\\p{L}\\d])(?<agency>\(AgencyCatalog.guardedAliasPattern))(?![\\p{L}\\d])")

    /// Credit lines written in one agency's house style, which name it where the copy does not: Reuters closes its
    /// stories with `(Reporting by ...; Editing by ...)`, the reporters and the editors in one bracket.
    static let creditConventions: [(pattern: TextPattern, agency: String)] = [
        (
            TextPattern(
                "^\\s*\\(\\s*(?:additional\\s+)?(?:reporting|writing)\\s+by\\b[^()]*;\\s*(?:writing|editing)\\s+by\\b[^()]*\\)\\s*$",
                caseInsensitive: true), "Reuters"
        )
    ]

    /// The agency whose house style a credit line is written in, if any.
    static func creditAgency(_ line: String) -> String? {
        creditConventions.first { $0.pattern.matches(line) }?.agency
    }

    /// What a line at the end of a story is, read from the end up.
    enum TrailerVerdict {
        /// `Reuter`, `(Xinhua)`: an agency signing off.
        case signOff(String)
        /// An end mark or trailer line, and the agency its code names.
        case trailer(String?)
        /// Desk codes, end marks and credits of other agencies' copy.
        case agencyTrailer
        /// Copyright, credit and site lines, and the agency they name.
        case closing(Furniture, String?)
        /// A line of the story: the trailers end here.
        case story
    }

    static func trailerVerdict(_ line: Substring) -> TrailerVerdict {
        if let agency = signOffAgency(line) { return .signOff(agency) }
        if mayBeTrailerLine(line), trailerLines.contains(where: { $0.matches(String(line)) }) {
            return .trailer(AgencyCatalog.signOffCode(line))
        }
        if isAgencyTrailer(line) { return .agencyTrailer }
        guard let kind = furnitureKind(line), kind != .separator else { return .story }
        let text = String(line)
        switch kind {
        case .credit:
            return .closing(kind, creditAgency(text))
        case .copyright:
            let name = agencyName.firstMatch(in: text)?.group("agency")
            return .closing(kind, name.flatMap { AgencyCatalog.canonicalName(String($0)) })
        default:
            return .closing(kind, nil)
        }
    }

    static func clean(_ lines: [Substring]) -> Result {
        var lines = lines
        var result = Result(paragraphs: [])

        // Trailers, from the end up. A line the same as the one below it reads the same, and is not read again: a
        // run of one furniture line costs its patterns once.
        var previous: (line: Substring, verdict: TrailerVerdict)?
        while let last = lines.last {
            if last.allSatisfy(\.isWhitespace) {
                lines.removeLast()
                continue
            }
            let verdict =
                previous.flatMap { $0.line.utf8.elementsEqual(last.utf8) ? $0.verdict : nil } ?? trailerVerdict(last)
            previous = (last, verdict)
            switch verdict {
            case .signOff(let agency):
                result.trailerAgencies.append(agency)
            case .trailer(let agency):
                if let agency { result.trailerAgencies.append(agency) }
            case .agencyTrailer:
                // Desk codes, end marks and credits of other agencies' copy.
                break
            case .closing(let kind, let agency):
                // Copyright, credit and site lines close a story: what stands above them may be trailer too.
                if kind == .credit { result.creditLines.insert(String(last), at: 0) }
                if let agency { result.trailerAgencies.append(agency) }
            case .story:
                break
            }
            if case .story = verdict { break }
            lines.removeLast()
        }

        if let last = lines.last, let agency = AgencyCatalog.canonicalName(truncated: last.trimmingWhitespace()) {
            result.trailerAgencies.append(agency)
            lines.removeLast()
        }

        // Furniture anywhere: a dropped line becomes a paragraph break.
        var previousKind: (line: Substring, kind: Furniture?)?
        for index in lines.indices {
            let line = lines[index]
            let found: Furniture?
            if let previousKind, previousKind.line.utf8.elementsEqual(line.utf8) {
                found = previousKind.kind
            } else {
                found = furnitureKind(line)
            }
            previousKind = (line, found)
            guard let kind = found else { continue }
            let text = String(lines[index])
            switch kind {
            case .credit:
                result.creditLines.append(text)
                if let agency = creditAgency(text) { result.trailerAgencies.append(agency) }
            case .copyright:
                if let name = agencyName.firstMatch(in: text)?.group("agency"),
                    let agency = AgencyCatalog.canonicalName(String(name))
                {
                    result.trailerAgencies.append(agency)
                }
            case .separator, .navigation, .photoCredit, .editorNote:
                break
            }
            lines[index] = ""
        }

        var paragraphs = ParagraphAssembler.paragraphs(from: lines)
        if let last = paragraphs.last {
            // Every glued trailer ends in a letter, `)` or `/`; a paragraph ending otherwise (a full stop) keeps its end.
            let end = last.utf8.last ?? 0
            let mayEndInTrailer = LineCue.isLetter(end) || end == UInt8(ascii: ")") || end == UInt8(ascii: "/")
            let trimmed = mayEndInTrailer ? withoutGluedTrailer(last) : last
            if trimmed.utf8.count < last.utf8.count {
                // The trailer cut off may name the agency: `... (PNA)`, `... Enditem`.
                let trailer = Substring(last.utf8.dropFirst(trimmed.utf8.count))
                if let agency = signOffAgency(trailer) ?? AgencyCatalog.signOffCode(trailer) {
                    result.trailerAgencies.append(agency)
                }
            }
            if trimmed.isEmpty {
                paragraphs.removeLast()
            } else {
                paragraphs[paragraphs.count - 1] = trimmed
            }
        }
        result.paragraphs = paragraphs
        return result
    }
}
