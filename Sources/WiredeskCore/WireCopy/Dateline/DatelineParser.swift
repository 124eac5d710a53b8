import Foundation
import WiredeskText

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
/// Each form is a sequence of the same parts (place, optional region, date, agency, dash), so a reader can scan the
/// table and see which shapes are understood: `CITY, Month Day (Agency) --`, `CITY (AP) —`, `CITY, Month Day /TASS/.`,
/// `SPRINGFIELD, Ill., March 2 -`, `RNA -` and so on. Every part is both a regular-expression fragment and a
/// hand-written reader of UTF-8 (`DatelineRecogniser`): the reader interprets the table on the common path, and the
/// patterns built from the same parts take over when a head holds characters the reader leaves to them.
enum DatelineParser {
    /// The parts the forms are built from; `pattern` is each one's regular expression.
    enum Part: CaseIterable {
        /// Stray letters before the dateline (`a  WASHINGTON ...`), optional.
        case junk
        /// `TEHRAN`, `RIO DE JANEIRO`, `Rio de Janeiro`: up to five words, the first capitalised.
        case place
        /// `new york`, `Lisbon`: up to three words, the first in either case; only before a date, which makes the
        /// dateline (copy keyed in lower case, or a city whose case a system lost).
        case anyCasePlace
        /// `, Ill.`, `, D.C.`: optional.
        case region
        /// A comma before the date, or only a space after a region's abbreviation point (`RICHMOND, Va. Feb 26`).
        case dateSeparator
        /// `Dec. 12`, `12 Dec 2016`, `Monday, December 12`, `12th March`.
        case date
        /// `Monday` alone.
        case weekday
        /// `April`, `Nov.`: a month without its day (`LONDON, April -`), read for the place; it dates nothing.
        case month
        /// `(Xinhua)`, `( AP ).`
        case bracketedAgency
        /// `/TASS/.`
        case slashedAgency
        /// A catalogued agency name written bare: `Kyodo`, `IRNA`.
        case namedAgency
        /// `-`, `--`, `—`, `:` with what may follow it; `_` stands for a dash in old ANPA wire copy (`(AP) _`).
        case dash
        /// A dash with a blank on at least one side, after an agency name alone: `RNA -` is a dateline, the `AP-` of
        /// `AP-NORC poll` or of a slug `AP-US-Budget` is not.
        case leadDash
        /// A dash, or none before a capital (`New Delhi, Dec 11 (PTI) The ...`).
        case dashOrCapital
        case spaces, comma, optionalComma, optionalPoint, optionalOpeningBracket, optionalClosingBracket

        var pattern: String {
            switch self {
            case .junk: "(?:[a-z]{1,2}\\s{2,})?"
            case .place: "(?<place>\\p{Lu}\(word)*(?:[ ]{1,2}\\p{L}\(word)*){0,4})"
            case .anyCasePlace: "(?<place>\\p{L}\(word)*(?:[ ]{1,2}\\p{L}\(word)*){0,2})"
            case .region: "(?:\\s*,\\s*(?<region>\\p{Lu}\(word)*(?:[ ]\\p{Lu}\(word)*){0,2}))?"
            case .dateSeparator: "(?:\\s*,\\s*|(?<=\\.)\\s+)"
            case .date:
                "(?:(?<weekday>\(WeekdayNames.pattern))\\s*,?\\s*)?"
                    + "(?:(?<month>\(MonthNames.wordPattern))\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?"
                    + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?<month2>\(MonthNames.wordPattern)))"
                    + "(?:\\s*,?\\s*(?<year>(?:19|20)\\d{2}))?"
            case .weekday: "(?<weekday>\(WeekdayNames.pattern))"
            case .month: "(?<month>\(MonthNames.wordPattern))"
            case .bracketedAgency: "\\(\\s*(?<agency>[^()\\n]{2,40}?)\\s*\\)\\.?"
            case .slashedAgency: "/\\s*(?<agency>[^/\\n]{2,25}?)\\s*/\\.?\\s+"
            case .namedAgency: "(?<agency>\(AgencyCatalog.guardedAliasPattern))"
            case .dash: dashPattern
            case .leadDash: "(?:(?=\\s)\(dashPattern)|\(dashMark)\\s+)"
            case .dashOrCapital: "(?:\(dashPattern)|\\s+(?=\\p{Lu}|[\"“]))"
            case .spaces: "\\s*"
            case .comma: "\\s*,\\s*"
            case .optionalComma: "\\s*,?\\s*"
            case .optionalPoint: "\\.?"
            case .optionalOpeningBracket: "\\(?"
            case .optionalClosingBracket: "\\)?"
            }
        }

        private var word: String { "[\\p{L}\\p{M}'’.\\-]" }
        private var dashMark: String { "(?:-{1,3}|[–—―‒]{1,2}|:|_)" }
        private var dashPattern: String { "\\s*\(dashMark)(?=\\s|\\p{L}|\\d|[\"“'‘<(])\\s*" }
    }

    /// The forms, most specific first. The first whose month (if any) is a real month wins.
    static let forms: [[Part]] = [
        // TEHRAN, Dec. 12 (Xinhua) --   PARIS, 12 Dec 2016 (AFP) -   MADRID, 12 dic (EFE).-   New Delhi, Dec 11 (PTI)
        [.junk, .place, .region, .dateSeparator, .date, .spaces, .bracketedAgency, .dashOrCapital],
        // MOSCOW, December 12. /TASS/.
        [.junk, .place, .region, .dateSeparator, .date, .optionalPoint, .spaces, .slashedAgency],
        // TOKYO, Dec. 12 Kyodo -   Tehran, Dec 12, IRNA --
        [.junk, .place, .region, .dateSeparator, .date, .optionalComma, .namedAgency, .dash],
        // TEHRAN, Monday (IRNA) -
        [.junk, .place, .region, .comma, .weekday, .spaces, .bracketedAgency, .dash],
        // WASHINGTON (AP) —   Berlin (dpa) -   SPRINGFIELD, Ill. (AP) —
        [.junk, .place, .region, .spaces, .bracketedAgency, .dashOrCapital],
        // MOSCOW /TASS/.
        [.junk, .place, .region, .spaces, .slashedAgency],
        // Tehran, IRNA --
        [.junk, .place, .region, .comma, .namedAgency, .dash],
        // HOUSTON, Feb 26 -   RICHMOND, Va. Feb 26 -   AMSTERDAM, 2 March -
        [.junk, .place, .region, .dateSeparator, .date, .dash],
        // LONDON, April -   (the day left out)
        [.junk, .place, .region, .dateSeparator, .month, .dash],
        // lisbon, nov 14 (reuters) -   New york, March 2 -   (after the forms whose place is capitalised)
        [.junk, .anyCasePlace, .region, .dateSeparator, .date, .spaces, .bracketedAgency, .dash],
        [.junk, .anyCasePlace, .region, .dateSeparator, .date, .dash],
        // Dec. 12 (UPI) --   March 3 (Reuters) -
        [.date, .spaces, .bracketedAgency, .dash],
        // RNA -   Tasnim –   (IRNA) -
        [.optionalOpeningBracket, .namedAgency, .optionalClosingBracket, .leadDash],
    ]

    private static let formPatterns: [String] = forms.map { "^" + $0.map(\.pattern).joined() }
    private static let patterns = formPatterns.map { TextPattern($0) }

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
    private static let formNeeds: [Cues] = forms.map { parts in
        var needs: Cues = []
        if parts.contains(.bracketedAgency) { needs.insert(.bracket) }
        if parts.contains(.slashedAgency) { needs.insert(.slash) }
        if parts.contains(.date) { needs.insert(.digit) }
        if parts.contains(.namedAgency) { needs.insert(.agencyName) }
        if parts.contains(.dash) || parts.contains(.leadDash) { needs.insert(.dash) }
        return needs
    }

    /// For each form, the marks (brackets, slashes, digits, dashes) it needs, leaving out agency names.
    private static let formMarkNeeds: [Cues] = formNeeds.map { $0.subtracting(.agencyName) }

    /// The marks `bytes` show: every cue but agency names, which cost a catalogue lookup.
    static func markCues(in bytes: ByteView) -> Cues {
        var cues: Cues = []
        for byte in bytes { cues.formUnion(markCue(of: byte)) }
        return cues
    }

    /// The mark a byte is, if any: `(` opens a bracketed agency, `/` a slashed one, a digit a date, and `-`, `:`, `_`
    /// or the lead byte of a wide dash a dash.
    @inline(__always)
    static func markCue(of byte: UInt8) -> Cues {
        switch byte {
        case UInt8(ascii: "("): .bracket
        case UInt8(ascii: "/"): .slash
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "_"), 0xE2: .dash
        default: []
        }
    }

    /// The cues `head` shows.
    static func cues(in head: String) -> Cues {
        var cues: Cues = []
        head.withBytes { bytes in
            let trie = AgencyCatalog.aliasTrie
            for (index, byte) in bytes.enumerated() {
                let mark = markCue(of: byte)
                if !mark.isEmpty {
                    cues.formUnion(mark)
                } else if !cues.contains(.agencyName), trie.mayStart(bytes, at: index),
                    !trie.matches(in: bytes, at: index, wholeWord: false).isEmpty
                {
                    cues.insert(.agencyName)
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
    private static let formKeys = forms.enumerated().map { row, parts in
        (parts.contains(.place) || parts.contains(.anyCasePlace) ? "placex" : "agencyx") + String(row)
    }

    /// The dateline at the start of `lead`, or `nil` when the lead does not start with one. Status tags before it
    /// (`RPT-`, `UPDATE 2-`: `StatusPrefix`) are read past and kept in its text.
    static func parse(_ lead: String) -> Dateline? {
        let tagged = StatusPrefix.length(in: lead)
        if tagged > 0 {
            let utf8 = lead.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: tagged)
            if var dateline = parseUntagged(String(lead[start...])) {
                dateline.text = String(lead[..<start]) + dateline.text
                return dateline
            }
        }
        return parseUntagged(lead)
    }

    private static func parseUntagged(_ lead: String) -> Dateline? {
        switch recognised(lead) {
        case .found(let dateline): dateline
        case .none: nil
        case .leftToPatterns: parseWithPatterns(lead)
        }
    }

    /// What the hand-written reader made of a lead.
    enum Recognised {
        case found(Dateline)
        case none
        /// The head holds characters whose class only the patterns decide.
        case leftToPatterns
    }

    /// The forms read by `DatelineRecogniser`, in table order: the first form that matches and passes validation wins.
    static func recognised(_ lead: String) -> Recognised {
        return lead.withBytes { bytes in
            let reader = DatelineRecogniser(bytes, limit: maximumLength)
            // A form lacking a mark it needs cannot match: most leads and headlines are settled by one pass over the
            // head instead of nine readings. The head scanned covers every character the patterns would see.
            let shown = markCues(in: bytes.view(prefix: 4 * maximumLength))
            do {
                for (row, parts) in forms.enumerated() where shown.isSuperset(of: formMarkNeeds[row]) {
                    guard let state = try reader.match(parts[...]) else { continue }
                    let utf8 = lead.utf8
                    func text(_ range: Range<Int>?) -> Substring? {
                        range.map {
                            lead[
                                utf8.index(
                                    utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(
                                        utf8.startIndex, offsetBy: $0.upperBound)]
                        }
                    }
                    let end = utf8.index(utf8.startIndex, offsetBy: state.end)
                    let captured = Captured(
                        place: text(state.captures.place), region: text(state.captures.region),
                        month: text(state.captures.month), day: text(state.captures.day),
                        year: text(state.captures.year), agency: text(state.captures.agency),
                        matched: lead[..<end], rest: lead[end...])
                    if let dateline = dateline(from: captured) { return .found(dateline) }
                }
                return .none
            } catch {
                return .leftToPatterns
            }
        }
    }

    /// The dateline at the start of `lead` as the regular expressions built from the forms find it.
    static func parseWithPatterns(_ lead: String) -> Dateline? {
        // Datelines are short: only the head of a long paragraph is handed to the patterns.
        let head = lead.utf8.count > maximumLength ? String(lead.prefix(maximumLength)) : lead
        let shown = cues(in: head)
        let rows = forms.indices.filter { shown.isSuperset(of: formNeeds[$0]) }
        guard !rows.isEmpty, let any = alternation(of: rows).firstMatch(in: head),
            let row = rows.first(where: { any.hasGroup(formKeys[$0]) })
        else { return nil }
        var found = dateline(from: Captured(any, suffix: "x\(row)")).map { ($0, any) }
        // The row that matched failed validation (a month word that is no month): try the rows after it in turn.
        for later in rows where later > row && found == nil {
            guard let match = patterns[later].firstMatch(in: head) else { continue }
            found = dateline(from: Captured(match, suffix: "")).map { ($0, match) }
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

    /// What a form captured, however it was read.
    struct Captured {
        var place: Substring?
        var region: Substring?
        var month: Substring?
        var day: Substring?
        var year: Substring?
        var agency: Substring?
        var matched: Substring
        var rest: Substring
    }

    private static func dateline(from captured: Captured) -> Dateline? {
        var month: Int?
        var day: Int?
        if let monthWord = captured.month {
            guard let number = MonthNames.month(of: monthWord) else { return nil }
            month = number
            // Every form with a date reads a day; only `month` stands without one.
            if let dayText = captured.day {
                guard let number = Int(dayText), (1...31).contains(number) else { return nil }
                day = number
            }
        }
        let text = String(captured.matched.trimmingWhitespace())
        var agency: String?
        if let named = captured.agency {
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
        let rawPlace = captured.place.map(String.init)
        if let rawPlace, captured.region == nil, month == nil, AgencyCatalog.canonicalName(rawPlace) != nil {
            return nil
        }
        return Dateline(
            text: text,
            place: rawPlace.map(PlaceName.normalCase),
            month: month,
            day: day,
            year: captured.year.flatMap { Int($0) },
            agency: agency,
            lead: captured.rest
        )
    }

    /// An unknown name in parentheses is taken for an agency only when it reads like one: a few capitalised words.
    private static func looksLikeAgencyName(_ name: Substring) -> Bool {
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), !name.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }
}

extension DatelineParser.Captured {
    /// The groups of a match of the patterns, whose names end in `suffix`.
    init(_ match: TextMatch, suffix: String) {
        func group(_ name: String) -> Substring? { match.group(name + suffix) }
        self.init(
            place: group("place"), region: group("region"), month: group("month") ?? group("month2"),
            day: group("day") ?? group("day2"), year: group("year"), agency: group("agency"), matched: match.matched,
            rest: match.rest)
    }
}
