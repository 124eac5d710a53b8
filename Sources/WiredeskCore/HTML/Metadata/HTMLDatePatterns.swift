import Foundation

/// The patterns `HTMLDateParser` reads dates with, the month words they name, and how the fields of a match make a
/// day.
extension HTMLDateParser {
    /// Which field of a phrase pattern's match is the year, the month and the day.
    enum FieldOrder {
        case yearMonthDay, dayMonthYear, dayNameYear, nameDayYear, slashed, separated
    }

    static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are literals of this file; a failure is a programming error caught by the tests.
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    static let isoPattern = regex(
        #"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"#)
    static let compactPattern = regex(#"^(\d{4})(\d{2})(\d{2})(?:\D|$)"#)
    static let rfc822Pattern = regex(#"^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3,})\.?\s+(\d{4})"#)
    static let urlPattern = regex(
        #"[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)|[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"#
    )

    static let identifierPattern = regex(#"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"#)

    static let monthAlternation = monthNames.keys.sorted { $0.count > $1.count }.joined(separator: "|")

    /// Each pattern with the order of its fields and the characters it cannot match without: all of `all` and, unless
    /// it is empty, one of `any`.
    typealias PhrasePattern = (NSRegularExpression, FieldOrder, needs: (all: PieceMarks, any: PieceMarks))

    static let phrasePatterns: [PhrasePattern] = [
        (
            regex(#"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])"#), .yearMonthDay,
            ([], [.dash, .slash, .dot])
        ),
        (regex(#"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"#), .yearMonthDay, ([.nonASCII], [])),
        // Korean and Hungarian style: "2021. 1. 5.", a dot after each part, a space after the year's and month's.
        (regex(#"(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)"#), .yearMonthDay, ([.dot], [])),
        (regex(#"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.])"#), .dayMonthYear, ([.dot], [])),
        (regex(#"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"#), .slashed, ([.slash], [])),
        // "26 | 01 | 2022", "26-01-2022": read as the slashed form is.
        (
            regex(#"(?<![\d|-])(\d{1,2})\s*([|-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d|-])"#), .separated,
            ([], [.dash, .bar])
        ),
        (
            regex(
                #"(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(\#(monthAlternation))\.?,?\s+(?:de\s+)?(\d{4})(?!\d)"#
            ), .dayNameYear, ([.monthName], [])
        ),
        // "05-Jan-2021", as record systems and many English-language sites print a day.
        (
            regex(#"(?<![\d-])(\d{1,2})-(\#(monthAlternation))-(\d{4})(?![\d-])"#), .dayNameYear,
            ([.monthName, .dash], [])
        ),
        (
            regex(#"\b(\#(monthAlternation))\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)"#), .nameDayYear,
            ([.monthName], [])
        ),
        // A span of days ("14. - 20. Januar 2022") is dated by the day it starts; the en dash is past ASCII.
        (
            regex(
                #"(?<!\d)(\d{1,2})\.?\s*[-–]\s*\d{1,2}\.?\s+(\#(monthAlternation))\.?,?\s+(\d{4})(?!\d)"#
            ), .dayNameYear, ([.monthName], [.dash, .nonASCII])
        ),
    ]

    static func day(from fields: [String], order: FieldOrder, monthFirst: Bool) -> Day? {
        guard fields.count >= 3 else { return nil }
        switch order {
        case .yearMonthDay:
            return validDay(Int(fields[0]) ?? 0, Int(fields[1]) ?? 0, Int(fields[2]) ?? 0)
        case .dayMonthYear:
            // "31.10.23": a two-digit year is this century's.
            let year = Int(fields[2]) ?? 0
            return validDay(year < 100 ? 2000 + year : year, Int(fields[1]) ?? 0, Int(fields[0]) ?? 0)
        case .separated:
            return day(from: [fields[0], fields[2], fields[3]], order: .slashed, monthFirst: monthFirst)
        case .slashed:
            let first = Int(fields[0]) ?? 0
            let second = Int(fields[1]) ?? 0
            let year = Int(fields[2]) ?? 0
            if first > 12 { return validDay(year, second, first) }
            if second > 12 { return validDay(year, first, second) }
            return monthFirst ? validDay(year, first, second) : validDay(year, second, first)
        case .dayNameYear:
            guard let month = monthNumber(fields[1]) else { return nil }
            return validDay(Int(fields[2]) ?? 0, month, Int(fields[0]) ?? 0)
        case .nameDayYear:
            guard let month = monthNumber(fields[0]) else { return nil }
            return validDay(Int(fields[2]) ?? 0, month, Int(fields[1]) ?? 0)
        }
    }

    static func group(_ match: NSTextCheckingResult, _ index: Int, in text: String) -> String? {
        guard index < match.numberOfRanges, let range = Range(match.range(at: index), in: text) else { return nil }
        return String(text[range])
    }

    static func normalizedOffset(_ zone: String) -> String {
        if zone.contains(":") { return zone }
        return String(zone.prefix(3)) + ":" + String(zone.suffix(2))
    }

    static func monthNumber(_ name: String) -> Int? {
        monthNames[name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))]
    }

    /// The month words of `MonthNames.table` that web pages are read with, and the month each names.
    static let monthNames: [String: Int] = Dictionary(
        MonthNames.words(for: .webPages).map { ($0.word, $0.month) }, uniquingKeysWith: { first, _ in first })

    /// Words that open a span of time in running text ("Seit 4. August 2014 gilt ...", "until 3 May 2021", "depuis le
    /// 2 mars 2020"): the date they introduce is when something in the story begins or ends, never when the page was
    /// published, as no date line of a page is written that way. One or two words, read right before the date.
    static let eventPrepositions: Set<String> = [
        // de
        "seit", "seit dem", "bis", "bis zum", "bis am", "ab", "ab dem",
        // en
        "since", "until", "till",
        // fr, es, it, pt, nl
        "depuis", "depuis le", "jusqu'au", "jusqu’au", "desde", "desde el", "hasta", "hasta el", "fino al", "até",
        "sinds",
    ]

    /// Words that make such a span a page's own statement: "Online seit 12.03.2020" is when the page went up.
    static let publicationSpanWords: Set<String> = ["online", "veröffentlicht", "published", "posted"]

    /// Whether the one or two words right before a date (a UTF-16 offset), back to the end of the previous date,
    /// are one of `eventPrepositions`.
    static func followsEventPreposition(_ location: Int, after lowerBound: Int, in text: String) -> Bool {
        let utf16 = text.utf16
        guard location > lowerBound,
            let end = utf16.index(utf16.startIndex, offsetBy: location, limitedBy: utf16.endIndex)
        else { return false }
        let start = utf16.index(end, offsetBy: -min(location - lowerBound, 40))
        let words = String(decoding: utf16[start..<end], as: UTF16.self).lowercased().split(
            whereSeparator: \.isWhitespace)
        guard let last = words.last else { return false }
        let previous = words.count >= 2 ? String(words[words.count - 2]) : nil
        if let previous, eventPrepositions.contains(previous + " " + last) {
            return words.count < 3 || !publicationSpanWords.contains(String(words[words.count - 3]))
        }
        guard eventPrepositions.contains(String(last)) else { return false }
        return previous.map { !publicationSpanWords.contains($0) } ?? true
    }

    /// The moment a normalised ISO 8601 value (`isoValue`'s output) names, in seconds since 1970-01-01T00:00Z, and
    /// the offset (in minutes) it is written in; `nil` without a time and a zone.
    static func instant(of value: String) -> (seconds: Int, offset: Int)? {
        let utf8 = Array(value.utf8)
        guard utf8.count >= 20, utf8[10] == UInt8(ascii: "T"), let day = day(inISO: value) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            range.upperBound <= utf8.count ? Int(String(decoding: utf8[range], as: UTF8.self)) : nil
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else {
            return nil
        }
        var offset = 0
        if utf8[19] != UInt8(ascii: "Z") {
            guard utf8.count == 25, let hours = number(20..<22), let minutes = number(23..<25) else { return nil }
            offset = (hours * 60 + minutes) * (utf8[19] == UInt8(ascii: "-") ? -1 : 1)
        }
        return (((day.dayNumber * 24 + hour) * 60 + minute - offset) * 60 + second, offset)
    }
}
