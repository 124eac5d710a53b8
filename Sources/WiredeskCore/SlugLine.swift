/// Recognises the routing lines that may sit above a wire headline and are neither title nor text: priority codes
/// (`URGENT`, `FLASH`, `BULLETIN`) and story slugs (`BC-Oil-Prices,0412`, `OIL-OPEC/`). They are dropped.
///
/// Headline prefixes such as `UPDATE 2-`, `WRAPUP 1-` or `FACTBOX-` are part of the title and are not slugs.
enum SlugLine {
    /// One pattern per kind of routing line, each matched against a whole (short) line.
    static let forms: [TextPattern] = [
        // URGENT · FLASH · *BULLETIN* · (ALERT) · BREAKING NEWS:
        TextPattern(
            "^\\s*[*(\\[]?\\s*(?:URGENT|FLASH|BULLETIN|ALERT|BREAKING(?:\\s+NEWS)?|ADVISORY|PRIORITY|Urgent|Flash"
                + "|Bulletin)\\s*[*)\\]:!]?\\s*$"),
        // BC-Oil-Prices,0412 · AM-Iran-Nuclear 1stLd,0560 · PM-US--Elections
        TextPattern(
            "^\\s*(?:BC|AM|PM)-[A-Za-z0-9]+(?:-{1,2}[A-Za-z0-9]+)*(?:\\s+[A-Za-z0-9-]+){0,3}(?:,\\s*\\d{2,5})?\\s*<?\\s*$"
        ),
        // OIL-OPEC/ · USA-FED/RATES · MIDEAST-CRISIS/IRAN (UPDATE 2)
        TextPattern("^\\s*[A-Z0-9]+(?:-[A-Z0-9]+)*/[A-Z0-9/-]*(?:\\s+\\((?:UPDATE|URGENT|REFILE)[^)]*\\))?\\s*$"),
    ]

    /// Routing lines are short.
    static let maximumLength = 80

    static func matches(_ line: Substring) -> Bool {
        guard line.utf8.count <= maximumLength, let first = line.utf8.first(where: { !TextBytes.isSpace($0) }),
            LineCue.isLetter(first) || first == UInt8(ascii: "*") || first == UInt8(ascii: "(")
                || first == UInt8(ascii: "[") || (0x30...0x39).contains(first)
        else { return false }
        // Every form is a single word or starts in capitals with a hyphen, slash or priority word: a line of ordinary
        // words with no hyphen, slash or capital run is not tried.
        guard
            line.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") })
                || !line.utf8.contains(where: { (0x61...0x7A).contains($0) }) || line.utf8.count <= 12
        else { return false }
        let text = String(line)
        return forms.contains { $0.matches(text) }
    }
}
