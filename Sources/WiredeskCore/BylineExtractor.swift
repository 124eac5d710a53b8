/// Reads the names of the reporters who wrote a story: from a `By ...` line at the top, or from the credit lines
/// at the end (`Reporting by X; Editing by Y` gives X, never the editors).
enum BylineExtractor {
    /// A byline as found on its own line, and the agency its affiliation names (`By Jane Doe, Reuters`).
    struct Byline: Equatable {
        var names: String
        var agency: String?
    }

    private static let bylineLinePattern = TextPattern(
        "^\\s*(?:by|BY|By)\\s+(?<names>\\p{Lu}[^,|/]{1,80}?)\\s*(?:[,|/]\\s*(?<affiliation>[^,|/]{2,60}?))?\\s*$")
    /// Words that may sit uncapitalised between the parts of reporters' names.
    private static let nameConnectors: Set<String> = [
        "and", "&", "de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "du", "dos", "y", "e",
    ]
    /// Job descriptions that follow the names on a byline line (`By Jane Doe Associated Press Writer`).
    private static let roleSuffix = TextPattern(
        "\\s+(?:(?:AP|Associated Press|AFP|Reuters|UPI)\\s+)?(?:[A-Z][a-z]+\\s+)?(?:Writer|Correspondent|Reporter|Editor)s?$"
    )

    /// Credit forms naming reporters; the names run to the next `;`, `)` or the end.
    private static let reporterCredits = TextPattern(
        "(?:(?:additional\\s+)?reporting|writing|written|compiled)\\s+by\\s+(?<names>[^;()]+)", caseInsensitive: true)
    private static let contributorCredit = TextPattern(
        "^\\(?\\s*(?<names>\\p{Lu}[^;()]{2,120}?)\\s+(?:also\\s+)?contributed\\s+(?:reporting\\s+)?to\\s+this",
        caseInsensitive: false)
    /// "Jane Doe in Paris" → "Jane Doe".
    private static let placeSuffix = TextPattern("\\s+(?:in|from)\\s+\\p{Lu}.*$")
    private static let nameSeparators = TextPattern("\\s*(?:,|\\band\\b|&)\\s*")

    /// The byline `line` is, or `nil` when it is not a byline line.
    static func bylineLine(_ line: Substring) -> Byline? {
        guard line.utf8.count <= 140, LineCue.firstWord(line) == "by" else { return nil }
        let text = String(line)
        guard let match = bylineLinePattern.firstMatch(in: text),
            var names = match.group("names").map(String.init)
        else { return nil }
        names = roleSuffix.replacingMatches(in: names, with: "")
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
        var names: [String] = []
        for match in reporterCredits.matches(in: line) {
            if let group = match.group("names") { names += split(String(group)) }
        }
        if names.isEmpty, let match = contributorCredit.firstMatch(in: line), let group = match.group("names") {
            names = split(String(group))
        }
        return names.isEmpty ? nil : names.joined(separator: " and ")
    }

    private static func split(_ names: String) -> [String] {
        // The patterns only run where their words can be: most credits name one reporter, with no place.
        let separated =
            names.contains(",") || names.contains("and") || names.contains("&")
            ? nameSeparators.replacingMatches(in: names, with: "\u{1F}") : names
        return
            separated
            .split(separator: "\u{1F}")
            .map { name in
                let mayNamePlace = name.contains("in") || name.contains("from")
                return (mayNamePlace ? placeSuffix.replacingMatches(in: String(name), with: "") : String(name))
                    .trimmingWhitespace()
            }
            .filter { !$0.isEmpty && $0.first?.isUppercase == true }
            .map(String.init)
    }
}
