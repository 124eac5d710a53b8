import Foundation

/// A cheap test that comes before the patterns of a date line (`DateHeader.dateLine`): every word a date line may
/// hold is one of its furniture's words, so a line with another word of a cased script (a headline, a sentence)
/// cannot be one, and the patterns need not run on it. Words of scripts without case (Chinese, Japanese, Korean,
/// Arabic, Persian, Devanagari) and words under three letters are left to the patterns, as are lines with a source
/// field (`Source: ...`), whose value is any name.
extension DateHeader {
    /// The words of every month, weekday, label, connector, zone and agency name a date line's patterns take out,
    /// folded (`lineWordKey`).
    static let lineWords: Set<String> = {
        let phrases =
            MonthNames.words.map(\.word) + WeekdayNames.words + WeekdayNames.otherLanguages.flatMap(\.names)
            + lineLabels.map(\.label) + lineConnectors + lineZones + DateFinder.namedZones.map(\.name)
            + DateFinder.seasonalZones.map(\.name) + AgencyCatalog.entries.flatMap(\.aliases) + ["at"]
        var words = Set<String>()
        for phrase in phrases {
            for word in phrase.split(whereSeparator: { !$0.isLetter }) { words.insert(lineWordKey(word)) }
        }
        return words
    }()

    /// A word lower-cased, with Turkish dotted and dotless i read as `i`, as the patterns' case folding reads it.
    static func lineWordKey(_ word: Substring) -> String {
        var key = word.lowercased()
        if key.unicodeScalars.contains(where: { $0 == "ı" || $0 == "\u{307}" }) {
            key = String(String.UnicodeScalarView(key.unicodeScalars.filter { $0 != "\u{307}" }))
                .replacingOccurrences(of: "ı", with: "i")
        }
        return key
    }

    /// Whether `line` may be a date line: no word of three letters or more in a cased script outside `lineWords`,
    /// unless a source field may hold it.
    static func mayBeDateLine(_ line: Substring) -> Bool {
        // An ASCII line, most lines read, is split into words on its bytes; a character's letter test costs a
        // Unicode property lookup.
        if !line.utf8.contains(where: { $0 >= 0x80 }) {
            var start: Substring.UTF8View.Index?
            var index = line.utf8.startIndex
            while true {
                let byte = index < line.utf8.endIndex ? line.utf8[index] : 0x20
                let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                if isLetter, start == nil { start = index }
                if !isLetter, let wordStart = start {
                    start = nil
                    if line.utf8.distance(from: wordStart, to: index) >= 3,
                        !lineWords.contains(lineWordKey(line[wordStart..<index]))
                    {
                        return hasSourceField(line)
                    }
                }
                guard index < line.utf8.endIndex else { return true }
                index = line.utf8.index(after: index)
            }
        }
        for word in line.split(whereSeparator: { !$0.isLetter }) where word.utf8.count >= 3 && word.count >= 3 {
            guard word.unicodeScalars.contains(where: { $0.properties.isCased }) else { continue }
            if !lineWords.contains(lineWordKey(word)) { return hasSourceField(line) }
        }
        return true
    }

    /// Whether `line` names a source field (`Source:`, `来源：`), whose value may be any word.
    private static func hasSourceField(_ line: Substring) -> Bool {
        // A field's label is followed by a colon, `:` or `：`.
        guard line.utf8.contains(UInt8(ascii: ":")) || line.unicodeScalars.contains("：") else { return false }
        let lowered = line.lowercased()
        return sourceLabels.contains { lowered.contains($0) }
    }
}
