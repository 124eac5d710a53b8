import WiredeskText

/// Recognises the routing lines that may sit above a wire headline and are neither title nor text: priority codes
/// (`URGENT`, `FLASH`, `PRIORITY: URGENT`), telex and ANPA transmission headers (`ZCZC`,
/// `a0612 3 f AM-Budget-Vote 06-02 0345`), story slugs (`BC-Oil-Prices,0412`, `AP-US-Illinois-Budget`, `OIL-OPEC/`)
/// and AP notes to editors (`Eds: UPDATES with governor's comment.`). They are dropped.
///
/// Headline prefixes such as `UPDATE 2-`, `WRAPUP 1-` or `FACTBOX-` are part of the title and are not slugs.
enum SlugLine {
    /// Words that mark a story's priority, alone on their line (`URGENT`, `*BULLETIN*`, `FLASH FLASH`).
    static let priorityWords =
        "(?:URGENT|FLASH|BULLETIN|ALERT|BREAKING(?:\\s+NEWS)?|ADVISORY|PRIORITY|NEWS\\s*ALERT|AP-?NewsAlert|Urgent"
        + "|Flash|Bulletin)"

    /// Words AP puts after a slug's keywords to say which version this is (`1st Ld-Writethru`, `Bjt`, `Adv18`).
    /// Words with a digit or a hyphen are read as such tags without being listed.
    static let versionTags =
        "(?:\\d[A-Za-z0-9-]*|[A-Za-z]+-[A-Za-z0-9-]+|(?i:Ld|Lead|Writethru|Advisory|Adv\\d*|Correction|Corrective|Takes?"
        + "|Adds?|Insert|Sub|Bjt|Glance|Urgent|Bulletin|Sked|Digest|Box|Kill|Withdrawal|Part|Eds))"

    /// One pattern per kind of routing line, each matched against a whole (short) line.
    static let forms: [TextPattern] = [
        // URGENT · FLASH · *BULLETIN* · (ALERT) · BREAKING NEWS: · PRIORITY: URGENT · APNewsAlert
        TextPattern(
            "^\\s*[*(\\[]?\\s*(?:PRIORITY\\s*:\\s*)?\(priorityWords)(?:\\s+\(priorityWords)){0,2}"
                + "\\s*[*)\\]:!]?\\s*$"),
        // ZCZC · ZCZC LBA123 — the telex start of message, with its routing codes
        TextPattern("^\\s*ZCZC(?:\\s+[A-Z0-9]+){0,6}\\s*$"),
        // BC-Oil-Prices,0412 · AM-Iran-Nuclear 1stLd,0560 · PM-US--Elections · BC-US--Illinois-Budget, 1st Ld-Writethru
        // · AP-US-Illinois-Budget · ^AM-Budget-Vote,0345< (ANPA start and end marks). The keywords start in capitals
        // (`PM-designate` starts a headline) and an `AP-` slug has two (`AP-NORC` starts one).
        TextPattern(
            "^\\s*\\^?(?:(?:BC|AM|PM)-[A-Z0-9][A-Za-z0-9]*|AP-[A-Z0-9][A-Za-z0-9]*-{1,2}[A-Za-z0-9]+)"
                + "(?:-{1,2}[A-Za-z0-9]+)*(?:(?:,\\s*|\\s+)\(versionTags)){0,4}(?:,\\s*\\d{2,5})?\\s*<?\\s*$"),
        // a0612 3 f AM-Budget-Vote 06-02 0345: an ANPA header (selector and story number, priority, category, slug,
        // month-day, word count).
        TextPattern(
            "^\\s*[a-z]\\d{3,4}\\s+[0-9a-z]\\s+[a-z]{1,3}\\s+\\S+(?:\\s+\(versionTags)){0,3}\\s+\\d{2}-\\d{2}"
                + "(?:\\s+\\d{3,5})?\\s*$"),
        // OIL-OPEC/ · USA-FED/RATES · MIDEAST-CRISIS/IRAN (UPDATE 2)
        TextPattern("^\\s*[A-Z0-9]+(?:-[A-Z0-9]+)*/[A-Z0-9/-]*(?:\\s+\\((?:UPDATE|URGENT|REFILE)[^)]*\\))?\\s*$"),
    ]

    /// First words (as `LineCue` reads them) of the forms that need no hyphen or slash: priority words and `ZCZC`.
    private static let unmarkedFirstWords: [ShortWord] = [
        "urgent", "flash", "bulletin", "alert", "breaking", "advisory", "priority", "news", "newsalert", "apnewsalert",
        "zczc", "*",
    ].map { ShortWord($0) }

    /// Routing lines are short.
    static let maximumLength = 80

    /// AP's notes to editors (`Eds: UPDATES with governor's comment. With AP Photos.`): what changed and what comes
    /// with the story. They run longer than routing lines.
    static let editorNote = TextPattern("^\\s*(?:Eds|EDS)\\.?\\s*:\\s*\\S")
    static let longestEditorNote = 500
    private static let editorNoteCue = ShortWord("eds")

    /// Whether `line` is a note to editors. Such notes may also stand below the headline, where routing lines do not.
    static func isEditorNote(_ line: Substring) -> Bool {
        LineCue.firstWord(line) == editorNoteCue && line.utf8.count <= longestEditorNote
            && editorNote.matches(String(line))
    }

    static func matches(_ line: Substring) -> Bool {
        if isEditorNote(line) { return true }
        guard line.utf8.count <= maximumLength, let first = line.utf8.first(where: { !TextBytes.isSpace($0) }),
            LineCue.isLetter(first) || first == UInt8(ascii: "*") || first == UInt8(ascii: "(")
                || first == UInt8(ascii: "[") || first == UInt8(ascii: "^") || (0x30...0x39).contains(first)
        else { return false }
        // Every form is a single word or starts in capitals with a hyphen, slash or priority word: a line of ordinary
        // words with no hyphen, slash or capital run is not tried.
        guard
            line.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") })
                || !line.utf8.contains(where: { (0x61...0x7A).contains($0) }) || line.utf8.count <= 12
        else { return false }
        // Without a hyphen or slash only a priority line or a telex start can match: an ordinary headline in capitals
        // (`ACME SEES HIGHER PROFIT`) is settled by its first word.
        if !line.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) {
            guard let first = LineCue.firstWord(line), unmarkedFirstWords.contains(first) else { return false }
        }
        let text = String(line)
        return forms.contains { $0.matches(text) }
    }
}
