/// Turns the lines of a story (after its title and headers) into clean paragraphs: it drops trailer codes, sign-offs,
/// credit and copyright lines, photo credits and page furniture, unwraps hard-wrapped copy and collapses spacing.
///
/// What it drops that carries metadata (an agency sign-off, a copyright holder, the reporters of a credit line) is
/// handed back, so the parser can still use it.
enum WireCleaner {
    /// The clean paragraphs and what the dropped lines said.
    struct Result: Equatable {
        var paragraphs: [String]
        /// Agencies named by a sign-off, trailer or copyright line, last line first.
        var trailerAgencies: [String] = []
        /// Credit lines (`Reporting by ...`, `... contributed to this report`), as written.
        var creditLines: [String] = []
    }

    /// Kinds of lines that are not part of the story, wherever they appear.
    enum Furniture {
        case separator, navigation, photoCredit, credit, copyright
    }

    /// Lines that end a story: sign-offs, end marks, routing codes. Only removed from the end.
    static let trailerLines: [TextPattern] = [
        // Reuter · reuter... · -- Reuters · (Xinhua) · /TASS/ · AFP 1542 GMT
        TextPattern(
            "^\\s*(?:--?|–|—)?\\s*[(/]?\\s*(?<agency>\(AgencyCatalog.aliasPattern))\\s*[)/]?\\s*"
                + "(?:\\d{3,4}\\s*(?:GMT|UTC)?)?[.…]*\\s*$", caseInsensitive: true),
        // /end/ · (END) · Enditem · ENDS · -30- · ### · NNNN
        TextPattern(
            "^\\s*(?:/?end/?|\\(end\\)|end\\s*item|ends?|-?\\s*30\\s*-|#{2,}|x{3}|n{4}|\\+{3})\\s*$",
            caseInsensitive: true),
        // R111/108/C/ · jm/bp · AS/1234
        TextPattern("^\\s*(?=[^\\s]*\\d|[a-z]{2,4}/)[A-Za-z0-9]{1,8}(?:/[A-Za-z0-9]{1,8}){1,6}/?\\s*$"),
        // 141530 GMT Dec 04 · 1542 GMT
        TextPattern("^\\s*\\d{4,6}\\s*(?:GMT|UTC)(?:\\s+\\p{L}{3}\\s+\\d{1,2})?\\s*$"),
    ]

    /// Trailers glued to the end of the last paragraph: `... the region. Enditem`, `... (END)`, `... -- Reuters`.
    static let gluedTrailer = TextPattern(
        "(?:\\s+(?:\\(\\s*(?i:end|end\\s*item)\\s*\\)|(?i:enditem)|END|/end/)"
            + "|(?<=[.!?\"”])\\s*(?:--?\\s*)?(?:Reuters?|REUTERS?|\\((?:\(AgencyCatalog.aliasPattern))\\)))\\s*$")

    /// Lines that are page furniture or credits, removed wherever they appear (short lines only).
    static let furnitureLines: [(pattern: TextPattern, kind: Furniture)] =
        ([
            ("^\\s*(?:[-=_*~#•·+]\\s*){3,}$", .separator),
            (
                "^\\s*follow\\s+(?:us|\\S+(?:\\s+\\S+){0,4}\\s+on\\s+(?:twitter|facebook|instagram|telegram|x|linkedin))\\b.*$",
                .navigation
            ),
            (
                "^\\s*(?:read\\s+more|read\\s+also|also\\s+read|see\\s+also|more\\s+on\\s+this)\\s*(?:[:>»›|-].*)?$",
                .navigation
            ),
            ("^\\s*related(?:\\s+(?:stories|articles|news|coverage|content|links|topics))?\\s*(?::.*)?$", .navigation),
            ("^\\s*(?:click\\s+here|share\\s+(?:this|on)|subscribe\\s+to|sign\\s+up\\s+for)\\b.*$", .navigation),
            (
                "^\\s*[\\[(]?\\s*(?:file\\s+)?(?:photo|photograph|picture|pic|image)s?\\s*(?::|/|\\bby\\b|\\bcredit\\b|\\bcourtesy\\b).*$",
                .photoCredit
            ),
            ("^\\s*\\(?\\s*(?:additional\\s+)?reporting\\s+by\\b.*$", .credit),
            ("^\\s*\\(?\\s*(?:writing|editing|edited|compiled|translated|produced|written)\\s+by\\b.*$", .credit),
            ("^.*\\bcontributed\\s+(?:reporting\\s+)?to\\s+this\\s+(?:report|story|article)\\.?\\)?\\s*$", .credit),
            ("^\\s*\\(?\\s*(?:©|\\(c\\)|copyright\\b).*$", .copyright),
            ("^.*\\ball\\s+rights\\s+reserved\\.?\\s*$", .copyright),
        ] as [(String, Furniture)]).map { (TextPattern($0.0, caseInsensitive: true), $0.1) }

    /// Furniture lines are short; a long paragraph that merely starts like one is kept.
    static let maximumFurnitureLength = 200

    private static let agencyName = TextPattern(
        "(?<![\\p{L}\\d])(?<agency>\(AgencyCatalog.aliasPattern))(?![\\p{L}\\d])")

    static func clean(_ lines: [Substring]) -> Result {
        var lines = lines
        var result = Result(paragraphs: [])

        // Trailers, from the end up.
        while let last = lines.last {
            if last.allSatisfy(\.isWhitespace) {
                lines.removeLast()
                continue
            }
            let text = String(last)
            guard let pattern = trailerLines.first(where: { $0.matches(text) }) else { break }
            if let agency = pattern.firstMatch(in: text)?.group("agency").flatMap({
                AgencyCatalog.canonicalName(String($0))
            }) {
                result.trailerAgencies.append(agency)
            }
            lines.removeLast()
        }

        if let last = lines.last, let agency = AgencyCatalog.canonicalName(truncated: last.trimmingWhitespace()) {
            result.trailerAgencies.append(agency)
            lines.removeLast()
        }

        // Furniture anywhere: a dropped line becomes a paragraph break.
        for index in lines.indices {
            let line = lines[index]
            guard line.utf8.count <= maximumFurnitureLength, !line.allSatisfy(\.isWhitespace) else { continue }
            let text = String(line)
            guard let kind = furnitureLines.first(where: { $0.pattern.matches(text) })?.kind else { continue }
            switch kind {
            case .credit:
                result.creditLines.append(text)
            case .copyright:
                if let name = agencyName.firstMatch(in: text)?.group("agency"),
                    let agency = AgencyCatalog.canonicalName(String(name))
                {
                    result.trailerAgencies.append(agency)
                }
            case .separator, .navigation, .photoCredit:
                break
            }
            lines[index] = ""
        }

        var paragraphs = ParagraphAssembler.paragraphs(from: lines)
        if let last = paragraphs.last {
            let trimmed = gluedTrailer.replacingMatches(in: last, with: "")
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
