import WiredeskText

/// A date or slug header line at the top of a story (`date 2021-04-12`, `Published: Dec 12, 2016`,
/// `2016-12-12 22:20:03 GMT2016-12-13 06:20:03(Beijing Time) Xinhua English`,
/// `Source: Xinhua| 2016-12-12 22:20:03|Editor: huaxia`, `December 12, 2016 / 4:05 PM / Updated 2 hours ago`), or such
/// a header glued to the lead.
struct DateHeader: Equatable {
    /// The full dates the header states, in order.
    var dates: [FoundDate]
    /// `true` for "Updated"/"Modified" headers, whose date is never the publication date.
    var isRevision: Bool
    /// An agency the header names (`Xinhua English`).
    var agency: String?
    /// The lead text glued after the header on the same line, `nil` when the line is only a header.
    var gluedLead: Substring?
    /// Both readings of a numeric date either of whose first numbers may be the day (`05/12/2023`): the dateline's
    /// day and month tell which one is meant.
    var ambiguousDates: [FoundDate] = []
    /// The reporter a site's header names before its date (Anadolu's `Jane Doe |05.12.2023 - Güncelleme : ...`).
    var byline: String?

    /// The labels a header line may open with, and whether each marks a revision, whose date is never the
    /// publication date. `dated` comes before `date` so that the patterns prefer the longer word.
    static let labels: [(label: String, isRevision: Bool)] = [
        ("dated", false), ("date", false), ("published", false), ("posted", false), ("filed", false),
        ("issued", false), ("released", false), ("updated", true), ("last updated", true), ("modified", true),
        ("revised", true),
    ]
    private static let labelAlternation = labels.map(\.label).joined(separator: "|")

    /// How a header line starts: an optional source field (`Source: Xinhua|`), an optional label, then a full date.
    private static let opening = TextPattern(
        "^\\s*(?:source\\s*:[^|]{1,60}\\|\\s*)?"
            + "(?:(?<label>\(labelAlternation))"
            + "\\s*(?:on|at)?\\s*:?\\s*)?(?:\(WeekdayNames.pattern)\\s*,?\\s*)?(?=\\d|\(MonthNames.strictPattern))",
        caseInsensitive: true)

    /// Words a header line may hold besides dates and agency names: labels, time zones, service names, the age and
    /// reading time web pages print by the date (`Updated 2 hours ago`, `4 Min Read`).
    private static let filler = TextPattern(
        "\\b(?:\(labelAlternation)|on|at|time|local"
            + "|beijing|moscow|tehran|tokyo|seoul|gmt|utc|est|edt|cet|cest|bst|irst|kst|jst|msk|am|pm|uhr|english"
            + "|news|service|online|edition|\(WeekdayNames.alternation)"
            + "|(?:an?|\\d+)\\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\\s+ago"
            + "|\\d+\\s+min(?:ute)?s?\\s+read)\\b",
        caseInsensitive: true)
    /// Fields of a header set apart by bars that name who supplied or edited the story (`Source: Xinhua|`,
    /// `|Editor: huaxia`): their values are names, not lead.
    private static let creditField = TextPattern(
        "(?:^|\\|)\\s*(?:source|editors?|author|reporter|writer)\\s*:[^|]{0,60}(?=\\||$)", caseInsensitive: true)
    private static let agencyName = TextPattern(
        "(?<![\\p{L}\\d])(?<agency>\(AgencyCatalog.guardedAliasPattern))(?![\\p{L}\\d])")
    private static let revisionLabel = TextPattern(
        "^\\s*(?:\(labels.filter(\.isRevision).map(\.label).joined(separator: "|")))\\b", caseInsensitive: true)

    /// The words a header line may open with (lower case), as `opening` reads them: the source field, the first
    /// word of a label, a weekday or a month `MonthNames.table` lets open a header. A line opening with another word
    /// (and not with a digit) is no header, and costs no match.
    static let openingWords: [String] =
        ["source"] + labels.compactMap { $0.label.split(separator: " ").first.map(String.init) }
        + WeekdayNames.words + MonthNames.words(for: .headerOpening).map(\.word)
    private static let openingWordTable: ShortWordTable = {
        var table = ShortWordTable()
        for word in openingWords { table.add(ShortWord(word), bit: 0) }
        return table
    }()

    /// Whether `line` may open with a label, weekday, month or digit (a cheap test before the patterns run).
    static func mayBeHeader(_ line: Substring) -> Bool {
        guard let first = line.utf8.first(where: { !TextBytes.isSpace($0) }) else { return false }
        guard LineCue.isLetter(first) else { return first >= 0x80 || (0x30...0x39).contains(first) }
        guard let word = LineCue.firstWord(line) else { return true }
        return openingWordTable.bits(of: word) != 0
    }

    /// The header `line` holds or starts with, or `nil` when it is not a date header.
    static func recognise(_ line: Substring) -> DateHeader? {
        guard mayBeHeader(line) else { return dateLine(line) }
        let text = String(line)
        guard text.utf8.count <= 400, let opening = opening.firstMatch(in: text) else { return dateLine(line) }
        let found = DateFinder.dates(in: text)
        guard let first = found.first, first.range.lowerBound == opening.range.upperBound else {
            return dateLine(line)
        }

        // What is left once dates, labels and agency names are taken out decides: nothing → a header line;
        // words → the lead, glued after the header's first date.
        var residue = text
        for (_, range) in found.reversed() { residue.replaceSubrange(range, with: " ") }
        let agency = agencyName.firstMatch(in: residue).flatMap { $0.group("agency") }
            .flatMap { AgencyCatalog.canonicalName(String($0)) }
        residue = agencyName.replacingMatches(in: residue, with: " ")
        residue = creditField.replacingMatches(in: residue, with: " ")
        residue = filler.replacingMatches(in: residue, with: " ")
        let isRevision = revisionLabel.matches(text)
        if !residue.contains(where: \.isLetter) {
            return DateHeader(dates: found.map(\.date), isRevision: isRevision, agency: agency, gluedLead: nil)
        }
        // Furniture the opening's words leave (`2023-12-05 14:21　来源：新华网`) makes a date line, not a glued lead.
        if let dateLine = dateLine(line) { return dateLine }
        // A lead is a sentence of its own: a date followed by words in lower case (`December 12, 2016 will be
        // remembered ...`) is the lead sentence itself, not a header.
        let lead = text[first.range.upperBound...].drop { $0.isWhitespace || $0 == "|" || $0 == "-" }
        guard let start = lead.first, start.isLetter || start.isPunctuation, !start.isLowercase else {
            return dateLine(line)
        }
        return DateHeader(dates: [first.date], isRevision: isRevision, agency: nil, gluedLead: Substring(lead))
    }
}
