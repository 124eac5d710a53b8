import WiredeskText

/// Writes a dateline's city in normal case: `RIO DE JANEIRO` → `Rio de Janeiro`, `PORT-AU-PRINCE` →
/// `Port-au-Prince`, while a place already written in mixed case is kept as written.
enum PlaceName {
    /// Particles that stay lower case inside a place name (never as its first word).
    static let lowerCaseParticles: Set<String> = [
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "es", "en", "au",
        "aux", "sur", "sous", "am", "im", "an", "der", "den", "upon", "on", "of", "y", "e", "al", "el", "ul",
        // Russian: РОСТОВ-НА-ДОНУ → Ростов-на-Дону.
        "на",
    ]

    /// `lowerCaseParticles` for lookups on bytes.
    private static let particleTable: ShortWordTable = {
        var table = ShortWordTable()
        for particle in lowerCaseParticles { table.add(ShortWord(particle), bit: 0) }
        return table
    }()

    static func normalCase(_ written: String) -> String {
        // A name with no capital at all (`new york`, copy keyed in lower case) is cased as one in capitals would be.
        let cased = written.contains(where: \.isUppercase) ? written : written.uppercased()
        return asciiNormalCase(cased) ?? characterNormalCase(cased)
    }

    /// `normalCase` by the casing rules of the language an agency writes its datelines in, where it has its own:
    /// Turkish and Azerbaijani, whose capital `I` is a dotless `ı`.
    static func normalCase(_ written: String, language: String?) -> String {
        switch language {
        case "tr", "az": turkishNormalCase(written)
        default: normalCase(written)
        }
    }

    /// `normalCase` in Turkish casing, where a capital `I` is a dotless `ı` (`KIRIKKALE` → `Kırıkkale`): the
    /// datelines of a Turkish agency name Turkish places.
    static func turkishNormalCase(_ written: String) -> String {
        guard !written.contains(where: \.isLowercase) else { return normalCase(written) }
        return written.split(whereSeparator: \.isWhitespace).map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map(turkishCasedPiece).joined(separator: "-")
        }.joined(separator: " ")
    }

    /// `normalCase` on characters, for names with letters outside ASCII.
    static func characterNormalCase(_ written: String) -> String {
        let words = written.split(whereSeparator: \.isWhitespace)
        let hasLowerCase = written.contains(where: \.isLowercase)
        guard !hasLowerCase else { return words.joined(separator: " ") }
        // Turkish casing (`İZMİR` → `İzmir`, `DİYARBAKIR` → `Diyarbakır`) where the name shows a letter only Turkish
        // writes.
        let isTurkish = written.contains { $0 == "İ" || $0 == "Ş" || $0 == "Ğ" }
        return words.enumerated().map { position, word in
            word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { part, piece in
                isTurkish ? turkishCasedPiece(piece) : casedPiece(piece, isFirst: position == 0 && part == 0)
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A Turkish word in capitals written with its first letter kept and the rest in Turkish lower case, where `I`
    /// is `ı` and `İ` is `i`.
    private static func turkishCasedPiece(_ piece: Substring) -> String {
        guard let first = piece.first else { return "" }
        return String(first)
            + piece.dropFirst().map { $0 == "I" ? "ı" : $0 == "İ" ? "i" : $0.lowercased() }.joined()
    }

    /// `normalCase` on the bytes of an ASCII name, the common case, written in one pass with no string built per
    /// word; `nil` for other text.
    static func asciiNormalCase(_ written: String) -> String? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        return written.withBytes { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let hasLowerCase = bytes.contains(where: isLower)
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                /// Writes `piece` lower-cased, then capitalised unless it is a particle inside the name.
                func write(_ piece: Slice<ByteView>, isFirst: Bool) {
                    let start = count
                    var word = ShortWord()
                    for byte in piece {
                        let lower = isUpper(byte) ? byte + 0x20 : byte
                        output[count] = lower
                        count += 1
                        word.append(lower)
                    }
                    if !isFirst, particleTable.bits(of: word) != 0 { return }
                    // Capitalise after an apostrophe or a slash too, and after a Scottish or Irish `Mc`: N'DJAMENA →
                    // N'Djamena, FRANKFURT/MAIN → Frankfurt/Main, MCALLEN → McAllen.
                    let isMc = piece.count >= 4 && piece.prefix(2).elementsEqual("mc".utf8, by: { $0 | 0x20 == $1 })
                    // French `d'` and `l'` inside a name stay lower case, as particles do: CÔTE D'IVOIRE → Côte
                    // d'Ivoire.
                    let isElided =
                        !isFirst && count - start > 2 && output[start + 1] == UInt8(ascii: "'")
                        && (output[start] == UInt8(ascii: "d") || output[start] == UInt8(ascii: "l"))
                    var capitalizeNext = !isElided
                    for index in start..<count {
                        let byte = output[index]
                        if capitalizeNext && isLower(byte) { output[index] = byte - 0x20 }
                        // An elided article or particle (`N'`, `D'`, `L'`) is one letter; a possessive `'s` is not
                        // capitalised (ST JOHN'S → St John's).
                        capitalizeNext =
                            (byte == UInt8(ascii: "'") && index - start == 1) || byte == UInt8(ascii: "/")
                            || (isMc && index - start == 1)
                    }
                }
                var index = 0
                var position = 0
                while true {
                    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                    guard index < bytes.count else { break }
                    var end = index
                    while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
                    if count > 0 {
                        output[count] = 0x20
                        count += 1
                    }
                    if hasLowerCase {
                        for byte in bytes[index..<end] {
                            output[count] = byte
                            count += 1
                        }
                    } else {
                        // Each hyphenated part is cased on its own: PORT-AU-PRINCE → Port-au-Prince.
                        var pieceStart = index
                        var part = 0
                        while true {
                            var pieceEnd = pieceStart
                            while pieceEnd < end, bytes[pieceEnd] != UInt8(ascii: "-") { pieceEnd += 1 }
                            write(bytes[pieceStart..<pieceEnd], isFirst: position == 0 && part == 0)
                            guard pieceEnd < end else { break }
                            output[count] = UInt8(ascii: "-")
                            count += 1
                            pieceStart = pieceEnd + 1
                            part += 1
                        }
                    }
                    position += 1
                    index = end
                }
                return count
            }
        } ?? nil
    }

    private static func casedPiece(_ piece: Substring, isFirst: Bool) -> String {
        let lower = piece.lowercased()
        if !isFirst && lowerCaseParticles.contains(lower) { return lower }
        // Capitalise after an apostrophe or a slash too, and after `Mc`: N'DJAMENA → N'Djamena, FRANKFURT/MAIN →
        // Frankfurt/Main, MCALLEN → McAllen.
        let isMc = lower.count >= 4 && lower.hasPrefix("mc")
        var result = ""
        // French `d'` and `l'` inside a name stay lower case, as particles do: CÔTE D'IVOIRE → Côte d'Ivoire.
        let isElided = !isFirst && (lower.hasPrefix("d'") || lower.hasPrefix("l'")) && lower.count > 2
        var capitalizeNext = !isElided
        for (offset, character) in lower.enumerated() {
            result += capitalizeNext ? character.uppercased() : String(character)
            capitalizeNext =
                ((character == "'" || character == "’") && offset == 1) || character == "/" || (isMc && offset == 1)
        }
        return result
    }
}
