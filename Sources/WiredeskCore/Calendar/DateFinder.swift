import Foundation

/// A full calendar date (with its time of day when the text gives one) read from text.
struct FoundDate: Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// `HH:MM:SS`, when stated.
    var time: String?
    /// `Z` or `±HH:MM`, when stated.
    var zone: String?

    /// ISO 8601: `2016-12-12`, `2016-12-12T22:20:03`, `2016-12-12T22:20:03Z`, `2016-12-12T22:20:03+03:30`.
    var iso: String {
        let date = Self.isoDate(year: year, month: month, day: day)
        guard let time else { return date }
        return date + "T" + time + (zone ?? "")
    }

    static func isoDate(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// Finds full dates (year, month and day) in text, in the forms news headers and copy write them.
enum DateFinder {
    // Web pages set the time apart from the date with a mark: `December 12, 2016 / 4:05 PM`, `Dec 12, 2016 · 10:51`.
    private static let time =
        "(?:(?:T|\\s*[,/|\u{00B7}]?\\s*(?:at\\s+)?)(?<time>\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?"
        + "\\s*(?<meridiem>[AaPp]\\.?[Mm]\\.?)?\\s*(?<zone>Z|GMT|UTC|[+-]\\d{2}:?\\d{2}|\(DateFinder.namedZonePattern))?)?"
    private static let ordinal = "(?:st|nd|rd|th)?"

    /// The forms, in the order they are tried at each position. A numeric date with the year last reads as day first
    /// when its points say so (`12.12.2023`), but with slashes or hyphens it may be either (`05/06/2016`): the form
    /// gives its two numbers unassigned and `date(from:)` keeps only a reading no other could contradict.
    private static let forms: [TextPattern] = [
        // 2016-12-12, 2016-12-12 22:20:03 GMT, 2016-12-12T22:20:03+03:30, 2016/12/12 22:20, 2016.12.12
        "(?<![\\d./-])(?<year>(?:19|20)\\d{2})(?<separator>[-/.])(?<month>\\d{1,2})\\k<separator>(?<day>\\d{1,2})"
            + "(?!\\d)\(time)",
        // 12.12.2023 14:05, as European agencies write it
        "(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>(?:19|20)\\d{2})(?!\\d)\(time)",
        // 25/12/2016, 12/25/2016, 25-12-2016: day first or month first, whichever the numbers allow
        "(?<![\\d/-])(?<first>\\d{1,2})(?<separator>[/-])(?<second>\\d{1,2})\\k<separator>(?<year>(?:19|20)\\d{2})"
            + "(?!\\d)\(time)",
        // 2023年12月5日 14:21, as Chinese and Japanese pages write it
        "(?<year>(?:19|20)\\d{2})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日\(time)",
        // December 12, 2016   Dec. 12 2016, 10:20 AM
        "\\b(?<monthName>\(MonthNames.strictPattern))\\s+(?<day>\\d{1,2})\(ordinal),?\\s+(?<year>(?:19|20)\\d{2})\\b\(time)",
        // 12 December 2016   12th Dec. 2016
        "\\b(?<day>\\d{1,2})\(ordinal)\\.?\\s+(?<monthName>\(MonthNames.strictPattern)),?\\s+(?<year>(?:19|20)\\d{2})\\b\(time)",
    ].map { TextPattern($0, caseInsensitive: true) }

    /// Every full date in `text`, in reading order, with the range each occupies.
    static func dates(in text: String) -> [(date: FoundDate, range: Range<String.Index>)] {
        var found: [(date: FoundDate, range: Range<String.Index>)] = []
        for form in forms {
            for match in form.matches(in: text) {
                guard let date = date(from: match) else { continue }
                if found.contains(where: { $0.range.overlaps(match.range) }) { continue }
                found.append((date, match.range))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func date(from match: TextMatch) -> FoundDate? {
        func number(_ group: String) -> Int? { match.group(group).flatMap { Int($0) } }
        guard let year = number("year") else { return nil }
        var day = number("day")
        var month = number("month") ?? match.group("monthName").flatMap(MonthNames.month(of:))
        if let first = number("first"), let second = number("second") {
            // Either number may be the month: a reading is taken only when the other is impossible or the same.
            guard first > 12 || second > 12 || first == second else { return nil }
            (day, month) = first > 12 ? (first, second) : (second, first)
        }
        guard let day, let month, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return FoundDate(
            year: year, month: month, day: day,
            time: match.group("time").flatMap { normalizedTime($0, meridiem: match.group("meridiem")) },
            zone: match.group("zone").map { normalizedZone($0, year: year, month: month, day: day) })
    }

    private static func normalizedTime(_ time: Substring, meridiem: Substring?) -> String? {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count >= 2, var hour = parts.first, hour < 24, parts[1] < 60 else { return nil }
        if let meridiem = meridiem?.lowercased().first {
            if meridiem == "p" && hour < 12 { hour += 12 }
            if meridiem == "a" && hour == 12 { hour = 0 }
        }
        let second = parts.count > 2 ? parts[2] : 0
        return [hour, parts[1], second].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    /// North American zone abbreviations, which wire timestamps use (`10:51 PM EST`), as UTC offsets. Other
    /// abbreviations are ambiguous (`IST` is India, Ireland or Israel) and are not read.
    static let namedZones: [(name: String, offset: String)] = [
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"), ("MST", "-07:00"),
        ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"),
    ]
    /// Zone names that leave the season open (`10:51 PM ET`): standard or daylight time, as the date falls.
    static let seasonalZones: [(name: String, standard: String, daylight: String)] = [
        ("ET", "-05:00", "-04:00"), ("CT", "-06:00", "-05:00"), ("MT", "-07:00", "-06:00"),
        ("PT", "-08:00", "-07:00"),
    ]
    static let namedZonePattern =
        "(?:" + (namedZones.map(\.name) + seasonalZones.map(\.name)).joined(separator: "|") + ")\\b"

    private static func normalizedZone(_ zone: Substring, year: Int, month: Int, day: Int) -> String {
        let upper = zone.uppercased()
        if upper == "Z" || upper == "GMT" || upper == "UTC" { return "Z" }
        if let named = namedZones.first(where: { $0.name == upper }) { return named.offset }
        if let seasonal = seasonalZones.first(where: { $0.name == upper }) {
            return isUSDaylightTime(year: year, month: month, day: day) ? seasonal.daylight : seasonal.standard
        }
        let digits = upper.filter(\.isNumber)
        return String(upper.prefix(1)) + digits.prefix(2) + ":" + digits.suffix(2)
    }

    /// Whether US daylight time is kept on that day: from the second Sunday of March to the first Sunday of November
    /// since 2007, from the first Sunday of April to the last Sunday of October before. The 2 a.m. switch is not
    /// weighed: a timestamp on the night of the change may be an hour out.
    static func isUSDaylightTime(year: Int, month: Int, day: Int) -> Bool {
        func sunday(onOrAfter day: Int, ofMonth month: Int) -> Int {
            let weekday = CivilDay.weekday(year: year, month: month, day: day)
            return day + (7 - weekday) % 7
        }
        let start = year >= 2007 ? (3, sunday(onOrAfter: 8, ofMonth: 3)) : (4, sunday(onOrAfter: 1, ofMonth: 4))
        let end = year >= 2007 ? (11, sunday(onOrAfter: 1, ofMonth: 11)) : (10, sunday(onOrAfter: 25, ofMonth: 10))
        return (month, day) >= start && (month, day) < end
    }
}
