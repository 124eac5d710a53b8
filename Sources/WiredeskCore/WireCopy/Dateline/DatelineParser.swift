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
    /// The reporters the dateline names (`（记者张三）`, `홍길동 기자 =`).
    var byline: String?
}

/// Recognises the datelines of wire services at the start of a lead paragraph, from a table of forms.
///
/// Each form is a sequence of the same parts (place, optional region, date, agency, dash), so a reader can scan the
/// table and see which shapes are understood: `CITY, Month Day (Agency) --`, `CITY (AP) —`, `CITY, Month Day /TASS/.`,
/// `SPRINGFIELD, Ill., March 2 -`, `RNA -` and so on. Every part is both a regular-expression fragment and a
/// hand-written reader of UTF-8 (`DatelineRecogniser`): the reader interprets the table on the common path, and the
/// patterns built from the same parts take over when a head holds characters the reader leaves to them.
enum DatelineParser {
    /// The forms, most specific first. The first whose month (if any) is a real month wins.
    static let forms: [[Part]] = [
        // TEHRAN, Dec. 12 (Xinhua) --   PARIS, 12 Dec 2016 (AFP) -   MADRID, 12 dic (EFE).-   New Delhi, Dec 11 (PTI)
        // नई दिल्ली, 5 दिसंबर (आईएएनएस)।   नयी दिल्ली, पांच दिसंबर (भाषा) ...
        [.junk, .place, .region, .dateSeparator, .date, .spaces, .bracketedAgency, .dashOrCapital],
        // MOSCOW, December 12. /TASS/.   МОСКВА, 5 декабря. /ТАСС/.
        [.junk, .place, .region, .dateSeparator, .date, .optionalPoint, .spaces, .slashedAgency],
        // TOKYO, Dec. 12 Kyodo -   Tehran, Dec 12, IRNA --
        [.junk, .place, .region, .dateSeparator, .date, .optionalComma, .namedAgency, .dash],
        // Interfax: Москва. 5 декабря. INTERFAX.RU -
        [.junk, .place, .region, .dateSeparator, .date, .optionalPoint, .blank, .namedAgency, .dash],
        // RIA Novosti: МОСКВА, 5 дек — РИА Новости.
        [.junk, .place, .region, .dateSeparator, .date, .dash, .namedAgency, .dashOrPoint],
        // VNA: Hà Nội, 5/12 (TTXVN) -
        [.junk, .place, .region, .comma, .numericDate, .spaces, .bracketedAgency, .dashOrCapital],
        // KUNA: الكويت - 5 - 12 (كونا) --
        [.junk, .place, .spacedDash, .numericDate, .spaces, .bracketedAgency, .dash],
        // MENA, WAM, QNA: القاهرة في 5 ديسمبر /أ ش أ/   أبوظبي في 5 ديسمبر/ وام/
        [.junk, .place, .arabicIn, .date, .spaces, .slashedAgency],
        // SPA: الرياض 12 جمادى الأولى 1445 هـ الموافق 26 نوفمبر 2023 م واس
        [.junk, .place, .blank, .hijriDate, .date, .eraMark, .blank, .namedAgency, .blank],
        // SPA without the Gregorian equivalent: الرياض 12 جمادى الأولى 1445 هـ واس
        [.junk, .place, .blank, .hijriDate, .namedAgency, .blank],
        // TEHRAN, Monday (IRNA) -
        [.junk, .place, .region, .comma, .weekday, .spaces, .bracketedAgency, .dash],
        // WASHINGTON (AP) —   Berlin (dpa) -   SPRINGFIELD, Ill. (AP) —
        [.junk, .place, .region, .spaces, .bracketedAgency, .dashOrCapital],
        // MOSCOW /TASS/.   الدوحة /قنا/
        [.junk, .place, .region, .spaces, .slashedAgency],
        // Tehran, IRNA --
        [.junk, .place, .region, .comma, .namedAgency, .dash],
        // IRNA: تهران- ایرنا-   RIA Novosti without a date: МОСКВА — РИА Новости.
        [.junk, .place, .region, .leadDash, .namedAgency, .dashOrPoint],
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
        // Xinhua, China News Service: 新华社北京12月5日电（记者张三）   中新网北京12月5日电 (记者 李四)
        [.namedAgency, .hanPlace, .hanDate, .hanReporters],
        // Kyodo, Jiji: 【東京共同】   【ワシントン時事】, the day in the lead (`5日`)
        [.cornerOpen, .cornerPlace, .namedAgency, .cornerClose, .leadDay],
        // Yonhap: (서울=연합뉴스) 홍길동 기자 =, the day in the lead (`5일`)
        [.equalsPlace, .namedAgency, .closingBracket, .koreanReporters, .leadDay],
        // IRNA without a place: به گزارش خبرنگار سیاسی ایرنا،
        [.reportOpening],
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
        // The first byte of a character beyond ASCII may be a digit of another script, a day written as a word or a
        // dash of another script (the danda `।`): it shows every mark.
        case 0xC0...0xFF: [.bracket, .slash, .digit, .dash]
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
                if !mark.isEmpty { cues.formUnion(mark) }
                // A byte beyond ASCII shows every mark and may still start a name (`ТАСС`, `新华社`).
                // No word boundary is asked for: Chinese runs a name into the city (`新华社北京`), and a dash
                // may touch one (`—РИА Новости`).
                if mark.isEmpty || byte >= 0xC0, !cues.contains(.agencyName), trie.startsSomeAlias(byte),
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
        var byline: Substring?
        /// A Hijri date's day, month word and year.
        var hijri: (day: Substring, month: Substring, year: Substring)?
        /// The day a lead gives (`2日`) when its dateline has none.
        var leadDay: Substring?
    }

    private static func dateline(from captured: Captured) -> Dateline? {
        var month: Int?
        var day: Int?
        var year = captured.year.flatMap { DecimalDigits.number($0) }
        if let monthWord = captured.month {
            // A month in figures (`5/12`, `12月5日`) or in words.
            guard let number = DecimalDigits.number(monthWord) ?? MonthNames.month(of: monthWord),
                (1...12).contains(number)
            else { return nil }
            month = number
            // Every form with a date reads a day; only `month` stands without one.
            if let dayText = captured.day {
                guard let number = DecimalDigits.number(dayText) ?? DayNumberWords.day(of: dayText),
                    (1...31).contains(number)
                else { return nil }
                day = number
            }
        } else if let hijri = captured.hijri {
            guard let hijriDay = DecimalDigits.number(hijri.day), let hijriYear = DecimalDigits.number(hijri.year),
                let hijriMonth = HijriDate.months[String(hijri.month)],
                let gregorian = HijriDate.gregorian(year: hijriYear, month: hijriMonth, day: hijriDay)
            else { return nil }
            (year, month, day) = (gregorian.year, gregorian.month, gregorian.day)
        } else if let leadDay = captured.leadDay.flatMap({ DecimalDigits.number($0) }), (1...31).contains(leadDay) {
            day = leadDay
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
        var rawPlace = captured.place.map(String.init)
        if let rawPlace, captured.region == nil, month == nil, AgencyCatalog.canonicalName(rawPlace) != nil {
            return nil
        }
        // A place set off by a point (`Москва. 5 декабря.`) keeps its letters only.
        if let place = rawPlace, place.hasSuffix("."), !place.dropLast().contains("."), place.count > 3 {
            rawPlace = String(place.dropLast())
        }
        let byline = captured.byline.map { String($0.trimmingWhitespace()) }.flatMap { $0.isEmpty ? nil : $0 }
        return Dateline(
            text: text,
            place: rawPlace.map { PlaceName.normalCase($0, language: agency.flatMap(AgencyCatalog.datelineLanguage)) },
            month: month,
            day: day,
            year: year,
            agency: agency,
            lead: captured.rest,
            byline: byline
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
            rest: match.rest, byline: group("byline"),
            hijri: group("hday").flatMap { day in
                group("hmonth").flatMap { month in group("hyear").map { (day, month, $0) } }
            },
            leadDay: group("leadday"))
    }
}
