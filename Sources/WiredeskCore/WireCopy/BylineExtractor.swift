import WiredeskText

/// Reads the names of the reporters who wrote a story: from a `By ...` line at the top, or from the credit lines
/// at the end (`Reporting by X; Editing by Y` gives X, never the editors).
enum BylineExtractor {
    /// A byline as found on its own line, and the agency its affiliation names (`By Jane Doe, Reuters`).
    struct Byline: Equatable {
        var names: String
        var agency: String?
    }

    private static let bylineLinePattern = TextPattern(
        "^\\s*(?:by|BY|By|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\\s+(?<names>\\p{Lu}[^,|/]{1,80}?)\\s*(?:[,|/]\\s*(?<affiliation>[^,|/]{2,60}?))?\\s*$"
    )
    /// Words that may sit uncapitalised between the parts of reporters' names.
    private static let nameConnectors: Set<String> = [
        "and", "&", "de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "du", "dos", "y", "e",
    ]
    /// A job description before the names: `by Xinhua writers Jane Doe, John Roe`, `By AP staff writer Jane Doe`.
    private static let rolePrefix = TextPattern(
        "^(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}?(?:staff\\s+)?(?:writers?|correspondents?|reporters?)\\s+(?=\\p{Lu})")
    /// Job descriptions that follow the names on a byline line (`By Jane Doe Associated Press Writer`).
    private static let roleSuffix = TextPattern(
        "\\s+(?:(?:AP|Associated Press|AFP|Reuters|UPI)\\s+)?(?:[A-Z][a-z]+\\s+)?(?:Writer|Correspondent|Reporter|Editor)s?$"
    )

    /// Credit words naming reporters when `by` follows (`Additional reporting by X`, `Writing by Y`), in any case;
    /// the names run to the next `;`, `(`, `)` or the end. Editors (`Editing by`) are not reporters.
    private static let reporterCreditWords: [[UInt8]] = ["reporting", "writing", "written", "compiled"].map {
        Array($0.utf8)
    }
    private static let contributorCredit = TextPattern(
        "^\\(?\\s*(?<names>\\p{Lu}[^;()]{2,120}?)\\s+(?:also\\s+)?contributed"
            + "(?:\\s+(?:reporting\\s+)?to\\s+this|\\.?\\)?\\s*$)",
        caseInsensitive: false)
    /// The role before a contributor's name: `Associated Press writer`, `AP staff writers`, `Reuters correspondent`.
    private static let contributorRole = TextPattern(
        "^(?:The\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}?(?:staff\\s+)?(?:writers?|correspondents?|reporters?)\\s+",
        caseInsensitive: false)
    /// Where a contributor was, up to the next name or the end: ` in San Juan, Puerto Rico,`.
    private static let contributorPlace = TextPattern(
        "\\s+(?:in|from)\\s+\\p{Lu}.*?(?=,?\\s+and\\s+\\p{Lu}|,?\\s*$)", caseInsensitive: false)
    /// A credit field naming the reporter (Antara's `Pewarta: Jane Doe`, `Penulis: ...`); its `Editor:` is not one.
    private static let labelledReporter = TextPattern(
        "^\\s*(?:pewarta|penulis|wartawan)\\s*:\\s*(?<names>\\p{Lu}[^:;()]{1,80}?)\\s*$", caseInsensitive: true)
    /// Credits to a desk rather than reporters: `Reporting by Dubai Newsroom`.
    private static let deskWords = ["newsroom", "bureau", "desk"].map { Array($0.utf8) }

    private static func isDesk(_ name: String) -> Bool {
        let bytes = name.utf8
        let lastWord = bytes[(bytes.lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex)...]
        return deskWords.contains { $0.elementsEqual(lastWord.lazy.map { $0 | 0x20 }) }
    }

    /// Words after which a credit names where the reporter was: "Jane Doe in Paris" → "Jane Doe".
    private static let placeWords: [[UInt8]] = [Array("in".utf8), Array("from".utf8)]

    /// First words of a byline: English, German, French, Spanish.
    private static let byWords: [ShortWord] = ["by", "von", "par", "por"].map { ShortWord($0) }

    /// The byline `line` is, or `nil` when it is not a byline line.
    static func bylineLine(_ line: Substring) -> Byline? {
        guard line.utf8.count <= 140, let first = LineCue.firstWord(line), byWords.contains(first) else { return nil }
        let text = String(line)
        guard let match = bylineLinePattern.firstMatch(in: text),
            var names = match.group("names").map(String.init)
        else { return nil }
        names = roleSuffix.replacingMatches(in: rolePrefix.replacingMatches(in: names, with: ""), with: "")
        let words = names.split(separator: " ")
        guard (1...10).contains(words.count), !names.contains(where: \.isNumber) else { return nil }
        let isNameLike = words.allSatisfy { word in
            word.first?.isUppercase == true || nameConnectors.contains(word.lowercased())
        }
        guard isNameLike, !(names.hasSuffix(".") && words.count > 3) else { return nil }
        let affiliation = match.group("affiliation").map(String.init)
        return Byline(names: names, agency: affiliation.flatMap(AgencyCatalog.canonicalName))
    }

    /// The reporters a credit line names, joined by " and ", or `nil` when it names none.
    static func reporters(inCredit line: String) -> String? {
        if let match = labelledReporter.firstMatch(in: line), let names = match.group("names") {
            return String(names.trimmingWhitespace())
        }
        var names: [String] = []
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            guard let start = namesStart(in: bytes, at: index) else {
                index += 1
                continue
            }
            var end = start
            while end < bytes.count, !endsNames(bytes[end]) { end += 1 }
            names += split(bytes[start..<end])
            index = end
        }
        if names.isEmpty, let match = contributorCredit.firstMatch(in: line), let group = match.group("names") {
            // `Associated Press writer Jane Doe in San Juan, Puerto Rico, contributed`: the role and the places go.
            let people = contributorPlace.replacingMatches(
                in: contributorRole.replacingMatches(in: String(group), with: ""), with: "")
            names = split(Array(people.utf8)[...])
        }
        names.removeAll(where: isDesk)
        return names.isEmpty ? nil : names.joined(separator: " and ")
    }

    private static func endsNames(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    /// Where the names start when a reporter credit (`reporting by `) is written at `index`.
    private static func namesStart(in bytes: [UInt8], at index: Int) -> Int? {
        guard index == 0 || !isWordByte(bytes[index - 1]) else { return nil }
        for word in reporterCreditWords {
            guard let end = matchFolded(word, in: bytes, at: index) else { continue }
            let by = skipSpaces(bytes, from: end)
            guard by > end, let afterBy = matchFolded(Array("by".utf8), in: bytes, at: by) else { continue }
            let start = skipSpaces(bytes, from: afterBy)
            if start > afterBy, start < bytes.count { return start }
        }
        return nil
    }

    /// The index after `word` (lower-case ASCII) written at `index` in any case, or `nil`.
    private static func matchFolded(_ word: [UInt8], in bytes: [UInt8], at index: Int) -> Int? {
        guard index + word.count <= bytes.count else { return nil }
        for (offset, letter) in word.enumerated() where bytes[index + offset] | 0x20 != letter { return nil }
        return index + word.count
    }

    private static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var index = index
        while index < bytes.count, TextBytes.isSpace(bytes[index]) { index += 1 }
        return index
    }

    /// A letter, digit or underscore, or a byte of a character outside ASCII.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || LineCue.isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_")
    }

    /// The names of `bytes`, split at commas, `&` and the word `and`, each without a place after it.
    private static func split(_ bytes: ArraySlice<UInt8>) -> [String] {
        var names: [String] = []
        var start = bytes.startIndex
        var index = start
        func close(_ end: Int) {
            let name = withoutPlace(bytes[start..<end]).trimmingWhitespace()
            if name.first?.isUppercase == true { names.append(String(name)) }
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            var separatorEnd: Int?
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "&") {
                separatorEnd = index + 1
            } else if byte == UInt8(ascii: "a"), index + 3 <= bytes.endIndex, bytes[index + 1] == UInt8(ascii: "n"),
                bytes[index + 2] == UInt8(ascii: "d"), index == bytes.startIndex || !isWordByte(bytes[index - 1]),
                index + 3 == bytes.endIndex || !isWordByte(bytes[index + 3])
            {
                separatorEnd = index + 3
            }
            if let separatorEnd {
                close(index)
                start = separatorEnd
                index = separatorEnd
            } else {
                index += 1
            }
        }
        close(bytes.endIndex)
        return names
    }

    /// `name` cut before a place (`in Paris`, `from Gaza`): blanks, a place word, blanks and a capital.
    private static func withoutPlace(_ name: ArraySlice<UInt8>) -> Substring {
        var index = name.startIndex
        while index < name.endIndex {
            guard TextBytes.isSpace(name[index]) else {
                index += 1
                continue
            }
            let runStart = index
            while index < name.endIndex, TextBytes.isSpace(name[index]) { index += 1 }
            for word in placeWords where name[index...].starts(with: word) {
                let after = index + word.count
                var capital = after
                while capital < name.endIndex, TextBytes.isSpace(name[capital]) { capital += 1 }
                guard capital > after, capital < name.endIndex else { continue }
                let rest = String(decoding: name[capital...], as: UTF8.self)
                if rest.unicodeScalars.first?.properties.generalCategory == .uppercaseLetter {
                    return Substring(String(decoding: name[..<runStart], as: UTF8.self))
                }
            }
        }
        return Substring(String(decoding: name, as: UTF8.self))
    }
}
