/// Writes a dateline's city in normal case: `RIO DE JANEIRO` → `Rio de Janeiro`, `PORT-AU-PRINCE` →
/// `Port-au-Prince`, while a place already written in mixed case is kept as written.
enum PlaceName {
    /// Particles that stay lower case inside a place name (never as its first word).
    static let lowerCaseParticles: Set<String> = [
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "es", "en", "au",
        "aux", "sur", "sous", "am", "im", "an", "der", "den", "upon", "on", "of", "y", "e", "al", "el", "ul",
    ]

    /// `lowerCaseParticles` for lookups on bytes.
    private static let particleTable: ShortWordTable = {
        var table = ShortWordTable()
        for particle in lowerCaseParticles { table.add(ShortWord(particle), bit: 0) }
        return table
    }()

    static func normalCase(_ written: String) -> String {
        if let ascii = asciiNormalCase(written) { return ascii }
        let words = written.split(whereSeparator: \.isWhitespace)
        let hasLowerCase = written.contains(where: \.isLowercase)
        guard !hasLowerCase else { return words.joined(separator: " ") }
        return words.enumerated().map { position, word in
            word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { part, piece in
                casedPiece(piece, isFirst: position == 0 && part == 0)
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// `normalCase` on the bytes of an ASCII name, the common case, with no string built per character; `nil` for
    /// other text.
    private static func asciiNormalCase(_ written: String) -> String? {
        let bytes = Array(written.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
        let hasLowerCase = bytes.contains(where: isLower)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        for word in bytes.split(whereSeparator: isSpace) {
            if !output.isEmpty { output.append(0x20) }
            guard !hasLowerCase else {
                output += word
                continue
            }
            for (part, piece) in word.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
                .enumerated()
            {
                if part > 0 { output.append(UInt8(ascii: "-")) }
                let lower = piece.map { isUpper($0) ? $0 + 0x20 : $0 }
                if position > 0 || part > 0, particleTable.bits(of: ShortWord(lower)) != 0 {
                    output += lower
                    continue
                }
                // Capitalise after an apostrophe too, and after a Scottish or Irish `Mc`: N'DJAMENA → N'Djamena,
                // MCALLEN → McAllen.
                let isMc = lower.count >= 4 && lower.starts(with: "mc".utf8)
                var capitalizeNext = true
                for (offset, byte) in lower.enumerated() {
                    output.append(capitalizeNext && isLower(byte) ? byte - 0x20 : byte)
                    capitalizeNext = byte == UInt8(ascii: "'") || (isMc && offset == 1)
                }
            }
            position += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func casedPiece(_ piece: Substring, isFirst: Bool) -> String {
        let lower = piece.lowercased()
        if !isFirst && lowerCaseParticles.contains(lower) { return lower }
        // Capitalise after an apostrophe too: N'DJAMENA → N'Djamena.
        var result = ""
        var capitalizeNext = true
        for character in lower {
            result += capitalizeNext ? character.uppercased() : String(character)
            capitalizeNext = character == "'" || character == "’"
        }
        return result
    }
}
