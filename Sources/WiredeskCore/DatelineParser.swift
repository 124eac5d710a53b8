import Foundation

/// A dateline found at the start of a story's lead: what it says and where the lead proper begins.
struct Dateline: Equatable {
    /// The dateline as written, e.g. `TEHRAN, Dec. 12 (Xinhua) --`.
    var text: String
    /// The city in normal case (`Tehran`, `Rio de Janeiro`), `nil` for agency-only leads such as `RNA -`.
    var place: String?
    var month: Int?
    var day: Int?
    var year: Int?
    /// The agency the dateline names, canonical when the catalogue knows it.
    var agency: String?
    /// The lead text after the dateline.
    var lead: Substring
}

/// Recognises the datelines of wire services at the start of a lead paragraph, from a table of forms.
///
/// Each form is a pattern built from the same parts (place, optional region, date, agency, dash), so a reader can
/// scan the table and see which shapes are understood: `CITY, Month Day (Agency) --`, `CITY (AP) —`,
/// `CITY, Month Day /TASS/.`, `SPRINGFIELD, Ill., March 2 -`, `RNA -` and so on.
enum DatelineParser {
    // The parts the forms are built from.
    private static let junk = "(?:[a-z]{1,2}\\s{2,})?"
    private static let word = "[\\p{L}\\p{M}'’.\\-]"
    private static let place = "(?<place>\\p{Lu}\(word)*(?:[ ]{1,2}\\p{L}\(word)*){0,4})"
    private static let region =
        "(?:\\s*,\\s*(?<region>\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?:[ ]\\p{Lu}[\\p{L}\\p{M}.'’\\-]*){0,2}))?"
    /// A comma before the date, or only a space after a region's abbreviation point (`RICHMOND, Va. Feb 26`).
    private static let dateSeparator = "(?:\\s*,\\s*|(?<=\\.)\\s+)"
    private static let date =
        "(?:(?<weekday>\(MonthNames.weekdayPattern))\\s*,?\\s*)?"
        + "(?:(?<month>\(MonthNames.wordPattern))\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?"
        + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?<month2>\(MonthNames.wordPattern)))"
        + "(?:\\s*,?\\s*(?<year>(?:19|20)\\d{2}))?"
    private static let weekdayOnly = "(?<weekday>\(MonthNames.weekdayPattern))"
    private static let dash = "\\s*(?:-{1,3}|[–—―‒]{1,2}|:)(?=\\s|\\p{L}|\\d|[\"“'‘<(])\\s*"
    private static let parenthesisedAgency = "\\(\\s*(?<agency>[^()\\n]{2,40}?)\\s*\\)\\.?"
    /// After an agency in parentheses some services put no dash at all: `New Delhi, Dec 11 (PTI) The ...`.
    private static let dashOrCapital = "(?:\(dash)|\\s+(?=\\p{Lu}|[\"“]))"
    private static let slashedAgency = "/\\s*(?<agency>[^/\\n]{2,25}?)\\s*/\\.?\\s+"
    private static let namedAgency = "(?<agency>\(AgencyCatalog.guardedAliasPattern))"

    /// The forms, most specific first. The first whose month (if any) is a real month wins.
    private static let formPatterns: [String] = [
        // TEHRAN, Dec. 12 (Xinhua) --   PARIS, 12 Dec 2016 (AFP) -   MADRID, 12 dic (EFE).-   New Delhi, Dec 11 (PTI)
        "^\(junk)\(place)\(region)\(dateSeparator)\(date)\\s*\(parenthesisedAgency)\(dashOrCapital)",
        // MOSCOW, December 12. /TASS/.
        "^\(junk)\(place)\(region)\(dateSeparator)\(date)\\.?\\s*\(slashedAgency)",
        // TOKYO, Dec. 12 Kyodo -   Tehran, Dec 12, IRNA --
        "^\(junk)\(place)\(region)\(dateSeparator)\(date)\\s*,?\\s*\(namedAgency)\(dash)",
        // TEHRAN, Monday (IRNA) -
        "^\(junk)\(place)\(region)\\s*,\\s*\(weekdayOnly)\\s*\(parenthesisedAgency)\(dash)",
        // WASHINGTON (AP) —   Berlin (dpa) -   SPRINGFIELD, Ill. (AP) —
        "^\(junk)\(place)\(region)\\s*\(parenthesisedAgency)\(dashOrCapital)",
        // MOSCOW /TASS/.
        "^\(junk)\(place)\(region)\\s*\(slashedAgency)",
        // Tehran, IRNA --
        "^\(junk)\(place)\(region)\\s*,\\s*\(namedAgency)\(dash)",
        // HOUSTON, Feb 26 -   RICHMOND, Va. Feb 26 -   AMSTERDAM, 2 March -
        "^\(junk)\(place)\(region)\(dateSeparator)\(date)\(dash)",
        // RNA -   Tasnim –   (IRNA) -
        "^\\(?\(namedAgency)\\)?\(dash)",
    ]
    private static let forms = formPatterns.map { TextPattern($0) }

    /// What a lead's head shows of the marks the forms need: an agency in brackets needs a `(`, a date needs a digit.
    struct Cues: OptionSet {
        let rawValue: Int
        static let bracket = Cues(rawValue: 1)
        static let slash = Cues(rawValue: 2)
        static let digit = Cues(rawValue: 4)
        static let dash = Cues(rawValue: 8)
        static let agencyName = Cues(rawValue: 16)
    }

    /// For each form, the cues a head must show for it to match, read off the parts the form is built from.
    private static let formNeeds: [Cues] = formPatterns.map { pattern in
        var needs: Cues = []
        if pattern.contains(parenthesisedAgency) { needs.insert(.bracket) }
        if pattern.contains(slashedAgency) { needs.insert(.slash) }
        if pattern.contains(date) { needs.insert(.digit) }
        if pattern.contains(namedAgency) { needs.insert(.agencyName) }
        if pattern.contains(dash) && !pattern.contains(dashOrCapital) { needs.insert(.dash) }
        return needs
    }

    /// The cues `head` shows.
    static func cues(in head: String) -> Cues {
        var cues: Cues = []
        var head = head
        head.withUTF8 { bytes in
            let trie = AgencyCatalog.aliasTrie
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "("): cues.insert(.bracket)
                case UInt8(ascii: "/"): cues.insert(.slash)
                case UInt8(ascii: "0")...UInt8(ascii: "9"): cues.insert(.digit)
                case UInt8(ascii: "-"), UInt8(ascii: ":"), 0xE2: cues.insert(.dash)
                default:
                    if !cues.contains(.agencyName), trie.mayStart(bytes, at: index),
                        !trie.matches(in: bytes, at: index).isEmpty
                    {
                        cues.insert(.agencyName)
                    }
                }
            }
        }
        return cues
    }

    /// The forms whose needs `head` meets, as one alternation, so a lead costs one match: row N's groups are renamed
    /// with the suffix xN (`placex3`), and the first row that matches is the one the table order would pick. Each
    /// combination is compiled once, when first needed.
    private static func alternation(of rows: [Int]) -> TextPattern {
        let key = rows.reduce(0) { $0 | 1 << $1 }
        return alternations.withLock { cache in
            if let pattern = cache[key] { return pattern }
            let pattern = TextPattern(
                "^(?:"
                    + rows.map { row in
                        "(?:"
                            + formPatterns[row].dropFirst().replacingOccurrences(
                                of: "\\(\\?<([A-Za-z][A-Za-z0-9]*)>", with: "(?<$1x\(row)>", options: .regularExpression
                            )
                            + ")"
                    }.joined(separator: "|") + ")")
            cache[key] = pattern
            return pattern
        }
    }

    private static let alternations = Locked<[Int: TextPattern]>([:])

    /// For each row, a group it always fills: which row matched.
    private static let formKeys = formPatterns.enumerated().map { row, pattern in
        (pattern.contains("(?<place>") ? "placex" : "agencyx") + String(row)
    }

    /// The dateline at the start of `lead`, or `nil` when the lead does not start with one.
    static func parse(_ lead: String) -> Dateline? {
        // Datelines are short: only the head of a long paragraph is handed to the patterns.
        let head = lead.utf8.count > maximumLength ? String(lead.prefix(maximumLength)) : lead
        let shown = cues(in: head)
        let rows = formPatterns.indices.filter { shown.isSuperset(of: formNeeds[$0]) }
        guard !rows.isEmpty, let any = alternation(of: rows).firstMatch(in: head),
            let row = rows.first(where: { any.hasGroup(formKeys[$0]) })
        else { return nil }
        var found = dateline(from: any, suffix: "x\(row)").map { ($0, any) }
        // The row that matched failed validation (a month word that is no month): try the rows after it in turn.
        for later in rows where later > row && found == nil {
            let form = forms[later]
            guard let match = form.firstMatch(in: head) else { continue }
            found = dateline(from: match, suffix: "").map { ($0, match) }
        }
        guard let (parsed, match) = found else { return nil }
        var dateline = parsed
        dateline.lead =
            lead[
                lead.index(
                    lead.startIndex, offsetBy: head.distance(from: head.startIndex, to: match.range.upperBound))...]
        return dateline
    }

    /// Characters of a lead examined for a dateline.
    static let maximumLength = 200

    private static func dateline(from match: TextMatch, suffix: String) -> Dateline? {
        func group(_ name: String) -> Substring? { match.group(name + suffix) }
        var month: Int?
        var day: Int?
        if let monthWord = group("month") ?? group("month2") {
            guard let number = MonthNames.month(of: monthWord) else { return nil }
            month = number
            day = (group("day") ?? group("day2")).flatMap { Int($0) }
            guard let day, (1...31).contains(day) else { return nil }
        }
        let text = String(match.matched.trimmingWhitespace())
        var agency: String?
        if let named = group("agency") {
            if let canonical = AgencyCatalog.canonicalName(String(named)) {
                agency = canonical
            } else if looksLikeAgencyName(named), !text.hasSuffix(")") {
                // Without a dash after it, only a known agency in parentheses makes a dateline: a headline such as
                // `DIAMOND SHAMROCK (DIA) CUTS ...` has the same shape.
                agency = String(named)
            } else {
                return nil
            }
        }
        let rawPlace = group("place").map(String.init)
        if let rawPlace, AgencyCatalog.canonicalName(rawPlace) != nil, group("region") == nil, month == nil {
            return nil
        }
        return Dateline(
            text: text,
            place: rawPlace.map(PlaceName.normalCase),
            month: month,
            day: day,
            year: group("year").flatMap { Int($0) },
            agency: agency,
            lead: match.rest
        )
    }

    /// An unknown name in parentheses is taken for an agency only when it reads like one: a few capitalised words.
    private static func looksLikeAgencyName(_ name: Substring) -> Bool {
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), !name.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }
}
