import Foundation

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

    /// Lines that end a story besides agency sign-offs (see `signOffAgency`): end marks, routing codes. Only removed
    /// from the end.
    static let trailerLines: [TextPattern] = [
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

    /// Lines that are page furniture or credits, removed wherever they appear (short lines only). Every pattern starts
    /// at a line start (`^`), which lets the combined pattern be tried at line starts only. Blanks are written
    /// `[ \t]` so that a pattern never reaches across a line end: the table is matched over the whole text at once.
    static let furnitureLines: [(pattern: TextPattern, kind: Furniture)] =
        ([
            ("^[ \\t]*(?:[-=_*~#•·+][ \\t]*){3,}$", .separator),
            (
                "^[ \\t]*follow[ \\t]+(?:us|\\S+(?:[ \\t]+\\S+){0,4}[ \\t]+on[ \\t]+(?:twitter|facebook|instagram|telegram|x|linkedin))\\b.*$",
                .navigation
            ),
            (
                "^[ \\t]*(?:read[ \\t]+more|read[ \\t]+also|also[ \\t]+read|see[ \\t]+also|more[ \\t]+on[ \\t]+this)[ \\t]*(?:[:>»›|-].*)?$",
                .navigation
            ),
            (
                "^[ \\t]*related(?:[ \\t]+(?:stories|articles|news|coverage|content|links|topics))?[ \\t]*(?::.*)?$",
                .navigation
            ),
            (
                "^[ \\t]*(?:click[ \\t]+here|share[ \\t]+(?:this|on)|subscribe[ \\t]+to|sign[ \\t]+up[ \\t]+for)\\b.*$",
                .navigation
            ),
            (
                "^[ \\t]*[\\[(]?[ \\t]*(?:file[ \\t]+)?(?:photo|photograph|picture|pic|image)s?[ \\t]*(?::|/|\\bby\\b|\\bcredit\\b|\\bcourtesy\\b).*$",
                .photoCredit
            ),
            ("^[ \\t]*\\(?[ \\t]*(?:additional[ \\t]+)?reporting[ \\t]+by\\b.*$", .credit),
            (
                "^[ \\t]*\\(?[ \\t]*(?:writing|editing|edited|compiled|translated|produced|written)[ \\t]+by\\b.*$",
                .credit
            ),
            (
                "^.*\\bcontributed[ \\t]+(?:reporting[ \\t]+)?to[ \\t]+this[ \\t]+(?:report|story|article)\\.?\\)?[ \\t]*$",
                .credit
            ),
            ("^[ \\t]*\\(?[ \\t]*(?:©|\\(c\\)|copyright\\b).*$", .copyright),
            ("^.*\\ball[ \\t]+rights[ \\t]+reserved\\.?[ \\t]*$", .copyright),
        ] as [(String, Furniture)]).map { (TextPattern($0.0, caseInsensitive: true), $0.1) }

    /// The furniture table as one alternation (group `fN` is row N), so each line is matched once.
    private static let anyFurniture = TextPattern(
        "^(?:"
            + furnitureLines.enumerated().map { "(?<f\($0.offset)>\($0.element.pattern.regex.pattern.dropFirst()))" }
            .joined(separator: "|") + ")",
        caseInsensitive: true)

    /// The furniture lines among `lines`, by index, found with one pass of `anyFurniture` over the joined text.
    private static func furniture(in lines: [Substring]) -> [(index: Int, kind: Furniture)] {
        let text = lines.joined(separator: "\n")
        var found: [(index: Int, kind: Furniture)] = []
        var lineIndex = 0
        var lineStart = 0
        for match in anyFurniture.matches(in: text) {
            let location = match.result.range.location
            while lineIndex + 1 < lines.count, lineStart + lines[lineIndex].utf16.count + 1 <= location {
                lineStart += lines[lineIndex].utf16.count + 1
                lineIndex += 1
            }
            guard lines[lineIndex].utf8.count <= maximumFurnitureLength else { continue }
            for (row, entry) in furnitureLines.enumerated()
            where match.result.range(withName: "f\(row)").location != NSNotFound {
                found.append((lineIndex, entry.kind))
                break
            }
        }
        return found
    }

    /// Marks around an agency name on a sign-off line: `-- Reuters`, `(Xinhua)`, `/TASS/`, `reuter...`.
    private static let signOffMarks = CharacterSet(charactersIn: "-–—()/.…").union(.whitespaces)

    /// The agency a sign-off line names (`Reuter`, `-- AFP`, `(Xinhua)`, `REUTER 1542 GMT`), by catalogue lookup.
    static func signOffAgency(_ line: Substring) -> String? {
        guard line.utf8.count <= 60 else { return nil }
        var words = line.trimmingCharacters(in: signOffMarks).split(separator: " ")
        // A transmission time may follow: `Reuter 1542 GMT`.
        while let last = words.last, last.allSatisfy(\.isNumber) || last == "GMT" || last == "UTC" {
            words.removeLast()
        }
        guard !words.isEmpty else { return nil }
        return AgencyCatalog.canonicalName(words.joined(separator: " "))
    }

    /// Furniture lines are short; a long paragraph that merely starts like one is kept.
    static let maximumFurnitureLength = 200

    private static let agencyName = TextPattern(
        "(?<![\\p{L}\\d])(?<agency>\(AgencyCatalog.guardedAliasPattern))(?![\\p{L}\\d])")

    static func clean(_ lines: [Substring]) -> Result {
        var lines = lines
        var result = Result(paragraphs: [])

        // Trailers, from the end up.
        while let last = lines.last {
            if last.allSatisfy(\.isWhitespace) {
                lines.removeLast()
                continue
            }
            if let agency = signOffAgency(last) {
                result.trailerAgencies.append(agency)
            } else if !trailerLines.contains(where: { $0.matches(String(last)) }) {
                break
            }
            lines.removeLast()
        }

        if let last = lines.last, let agency = AgencyCatalog.canonicalName(truncated: last.trimmingWhitespace()) {
            result.trailerAgencies.append(agency)
            lines.removeLast()
        }

        // Furniture anywhere: a dropped line becomes a paragraph break.
        for (index, kind) in furniture(in: lines) {
            let text = String(lines[index])
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
