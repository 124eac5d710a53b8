/// Writes a dateline's city in normal case: `RIO DE JANEIRO` → `Rio de Janeiro`, `PORT-AU-PRINCE` →
/// `Port-au-Prince`, while a place already written in mixed case is kept as written.
enum PlaceName {
    /// Particles that stay lower case inside a place name (never as its first word).
    static let lowerCaseParticles: Set<String> = [
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "es", "en", "au",
        "aux", "sur", "sous", "am", "im", "an", "der", "den", "upon", "on", "of", "y", "e", "al", "el", "ul",
    ]

    static func normalCase(_ written: String) -> String {
        let words = written.split(whereSeparator: \.isWhitespace)
        let hasLowerCase = written.contains(where: \.isLowercase)
        guard !hasLowerCase else { return words.joined(separator: " ") }
        return words.enumerated().map { position, word in
            word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { part, piece in
                casedPiece(piece, isFirst: position == 0 && part == 0)
            }.joined(separator: "-")
        }.joined(separator: " ")
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
