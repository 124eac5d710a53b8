/// Dates of the Iranian (Solar Hijri) calendar, as Persian copy and its sites write them (`۱۴ آذر ۱۴۰۲`), turned into
/// Gregorian dates by arithmetic: the 33-year cycle of leap years holds for every year a story can carry.
enum SolarHijriDate {
    /// The Gregorian date of a Solar Hijri one (`1402-09-14` → `2023-12-05`), after the arithmetic of `jdf`, the
    /// Iranian calendar's public-domain reference conversion.
    static func gregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...12).contains(month), (1...(month <= 6 ? 31 : 30)).contains(day), (1...3000).contains(year) else {
            return nil
        }
        let shifted = year + 1595
        var days =
            -355_668 + 365 * shifted + (shifted / 33) * 8 + ((shifted % 33) + 3) / 4 + day
            + (month < 7 ? (month - 1) * 31 : (month - 7) * 30 + 186)
        var gregorianYear = 400 * (days / 146_097)
        days %= 146_097
        if days > 36_524 {
            days -= 1
            gregorianYear += 100 * (days / 36_524)
            days %= 36_524
            if days >= 365 { days += 1 }
        }
        gregorianYear += 4 * (days / 1_461)
        days %= 1_461
        if days > 365 {
            gregorianYear += (days - 1) / 365
            days = (days - 1) % 365
        }
        var dayOfMonth = days + 1
        var month = 1
        while month <= 12, dayOfMonth > CivilDay.length(ofMonth: month, inYear: gregorianYear) {
            dayOfMonth -= CivilDay.length(ofMonth: month, inYear: gregorianYear)
            month += 1
        }
        return (gregorianYear, month, dayOfMonth)
    }

    /// A day, a month of `MonthNames.table`'s Solar Hijri row and a year of the 14th or 15th century of the era, in
    /// text whose digits are ASCII (`DecimalDigits.ascii`).
    private static let pattern = TextPattern(
        "(?<![\\d])(?<day>\\d{1,2})\\s+(?<month>"
            + MonthNames.longestFirst(MonthNames.words(for: .solarHijriDates).map(\.word)).joined(separator: "|")
            + ")\\s+(?<year>1[34]\\d{2})(?!\\d)")

    private static let months: [String: Int] = Dictionary(
        MonthNames.words(for: .solarHijriDates).map { ($0.word, $0.month) }, uniquingKeysWith: { first, _ in first })

    /// Every Solar Hijri date in `text` (ASCII digits), as Gregorian dates, with the range each occupies.
    static func dates(in text: String) -> [(date: FoundDate, range: Range<String.Index>)] {
        pattern.matches(in: text).compactMap { match in
            guard let day = match.group("day").flatMap({ Int($0) }),
                let year = match.group("year").flatMap({ Int($0) }),
                let month = match.group("month").flatMap({ months[String($0)] }),
                let date = gregorian(year: year, month: month, day: day)
            else { return nil }
            return (FoundDate(year: date.year, month: date.month, day: date.day), match.range)
        }
    }
}
