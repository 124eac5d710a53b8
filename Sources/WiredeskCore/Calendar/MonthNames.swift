import Foundation

/// The month words wire datelines and date headers use, selected from `MonthNames.table`, and a tolerant reading of
/// them.
///
/// Datelines are typed by hand under deadline: `FEb`, `MArch`, `Sept.`, even `Narch` or `Marc`. A month word is read
/// by its full name, any prefix of three letters or more, or (in English) a full name with one letter wrong. Month
/// names of the other languages agencies file in (`12 dic`, `3 mars`, `5. März`) are read by name or prefix.
enum MonthNames {
    /// The English names, January first: read with one letter wrong as well.
    static let fullNames = names(of: "en")

    /// The names of the other languages wire services file in, one row per language, January first, in the order
    /// `month(of:)` tries them.
    static let otherLanguageNames = table.filter { $0.language != "en" && $0.nameReaders.contains(.datelines) }
        .map(\.names)

    private static func names(of language: String) -> [String] {
        table.first { $0.language == language }?.names ?? []
    }

    /// Regular-expression alternation matching a month word as it may appear (validated by `month(of:)`).
    /// Letters and marks: a Devanagari name spells its vowels with combining signs (`दिसंबर`), and May is two
    /// letters in Hindi (`मई`).
    static let wordPattern = "\\p{L}[\\p{L}\\p{M}]{1,11}\\.?"

    /// Strict alternation of month names and abbreviations, for finding dates in running text (case-insensitive
    /// patterns only), longest first so that `January` is preferred to `Jan`.
    static let strictPattern =
        "(?:" + longestFirst(words(for: .runningText).map(\.word)).joined(separator: "|") + ")\\.?"

    /// `words` with every word before the shorter ones, and in table order among words of one length.
    static func longestFirst(_ words: [String]) -> [String] {
        words.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
    }

    /// The month number (1–12) a word names, or `nil`.
    static func month(of word: Substring) -> Int? {
        // An ASCII word is folded and compared packed; other words, and the one-letter-wrong reading, take the
        // string path.
        if let ascii = packedASCII(word) {
            for names in packedNames {
                if let index = names.firstIndex(where: { $0.hasPrefix(ascii) }) { return index + 1 }
            }
            if ascii.length < 5 { return nil }
        }
        return monthBySpelling(of: word)
    }

    /// Every dateline word outside ASCII, read as written whatever its length: `май`, `मई`, `إبريل`.
    private static let exactWords: [String: Int] = {
        var table: [String: Int] = [:]
        for word in words(for: .datelines) where word.word.utf8.contains(where: { $0 >= 0x80 }) {
            table[word.word] = word.month
        }
        return table
    }()

    private static func exactKey(_ word: Substring) -> String {
        var letters = word.lowercased()
        if letters.hasSuffix(".") { letters.removeLast() }
        return letters
    }

    /// `month(of:)` on strings: prefixes of every language's names, then English names with one letter wrong.
    static func monthBySpelling(of word: Substring) -> Int? {
        if word.utf8.contains(where: { $0 >= 0x80 }), let exact = exactWords[exactKey(word)] { return exact }
        // A Turkish name in capitals has lost its dotless `ı` (`MAYIS`, `KASIM`): read it with Turkish casing.
        if word.contains("I"),
            let exact = exactWords[exactKey(Substring(word.replacingOccurrences(of: "I", with: "ı")))]
        {
            return exact
        }
        var letters = word.lowercased()
        if letters.hasSuffix(".") { letters.removeLast() }
        guard letters.count >= 3, letters.count <= 10 else { return nil }
        for (index, name) in fullNames.enumerated() where name.hasPrefix(letters) {
            return index + 1
        }
        if letters == "sept" { return 9 }
        for names in otherLanguageNames {
            for (index, name) in names.enumerated() where name.hasPrefix(letters) {
                return index + 1
            }
        }
        guard letters.count >= 5 else { return nil }
        for (index, name) in fullNames.enumerated() where isOneEditAway(letters, name) {
            return index + 1
        }
        return nil
    }

    /// Whether two words differ by one substitution, insertion or deletion, or by two neighbouring letters typed
    /// the other way round (`Mrach`, `Feburary`), the slips a typist makes most.
    private static func isOneEditAway(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard abs(x.count - y.count) <= 1 else { return false }
        if x.count == y.count, let first = x.indices.first(where: { x[$0] != y[$0] }), first + 1 < x.count,
            x[first] == y[first + 1], x[first + 1] == y[first], x[(first + 2)...] == y[(first + 2)...]
        {
            return true
        }
        var i = 0
        var j = 0
        var edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count {
                i += 1
            } else if x.count < y.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    /// Every month name, English first, then each other language, packed: `month(of:)` tries them in this order.
    private static let packedNames: [[ShortWord]] = ([fullNames] + otherLanguageNames).map { $0.map { ShortWord($0) } }

    /// `word` lower-cased and packed when it is three to ten ASCII letters, with or without a final point.
    private static func packedASCII(_ word: Substring) -> ShortWord? {
        var bytes = word.utf8[...]
        if bytes.last == UInt8(ascii: ".") { bytes = bytes.dropLast() }
        guard (3...10).contains(bytes.count), bytes.allSatisfy(LineCue.isLetter) else { return nil }
        var packed = ShortWord()
        for byte in bytes { packed.append(byte | 0x20) }
        return packed
    }
}
