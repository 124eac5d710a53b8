import Foundation

/// Dates of the Islamic calendar in its Umm al-Qura form, which Saudi copy dates by (`12 جمادى الأولى 1445 هـ`),
/// turned into Gregorian dates by Foundation's Umm al-Qura calendar: its months follow the published tables, which no
/// arithmetic rule reproduces.
enum HijriDate {
    private static let utc = TimeZone(secondsFromGMT: 0) ?? .current

    private static let ummAlQura: Calendar = {
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = utc
        return calendar
    }()

    private static let gregorianCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar
    }()

    /// The Gregorian date of an Umm al-Qura one (`1445-05-12` → `2023-11-26`).
    static func gregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...12).contains(month), (1...30).contains(day), (1300...1600).contains(year),
            let date = ummAlQura.date(from: DateComponents(year: year, month: month, day: day))
        else { return nil }
        let parts = gregorianCalendar.dateComponents([.year, .month, .day], from: date)
        guard let gregorianYear = parts.year, let gregorianMonth = parts.month, let gregorianDay = parts.day else {
            return nil
        }
        return (gregorianYear, gregorianMonth, gregorianDay)
    }

    /// A day, a month of `MonthNames.table`'s Hijri row and a year, with the era's `هـ` after it or not, in text
    /// whose digits are ASCII (`DecimalDigits.ascii`).
    static let pattern =
        "(?<hday>\\d{1,2})\\s+(?<hmonth>"
        + MonthNames.longestFirst(MonthNames.words(for: .islamicDates).map(\.word)).joined(separator: "|")
        + ")\\s+(?<hyear>1[34]\\d{2})(?!\\d)(?:\\s*هـ)?"

    static let months: [String: Int] = Dictionary(
        MonthNames.words(for: .islamicDates).map { ($0.word, $0.month) }, uniquingKeysWith: { first, _ in first })
}
