import Foundation

/// The dates of a site's date line (`DateHeader.dateLine`) that `DateFinder` leaves: a month named in any language of
/// `MonthNames.table` (`5 dez 2023`, `5 de diciembre de 2023`, `5. Dezember 2023`, and year-less `5 ДЕК`), and a
/// Solar Hijri date in figures (`۱۴۰۲/۰۹/۱۴`). Read on text whose digits are ASCII (`DecimalDigits.ascii`).
enum DateLineDates {
    /// Every Gregorian month word of the table, lower case, with its month: a date line may be in any language.
    static let monthWords: [String: Int] = {
        var table: [String: Int] = [:]
        let calendars: MonthReaders = [.islamicDates, .solarHijriDates]
        for word in MonthNames.words where word.readers.isDisjoint(with: calendars) && table[word.word] == nil {
            table[word.word] = word.month
        }
        return table
    }()

    private static let alternation = MonthNames.longestFirst(monthWords.keys.sorted()).map {
        NSRegularExpression.escapedPattern(for: $0)
    }.joined(separator: "|")

    /// `5 dez 2023`, `5 de diciembre de 2023`, `5. Dezember`, `Dec 5, 2023`: a day and a month word, the year
    /// optional; and a Chinese, Japanese or Korean month and day without their year.
    private static let textual = TextPattern(
        "(?<![\\p{L}\\d])(?<day>\\d{1,2})\\.?\\s*(?:de\\s+)?(?<month>\(alternation))\\.?(?![\\p{L}])"
            + "(?:\\s*,?\\s*(?:de\\s+)?(?<year>(?:19|20)\\d{2})(?!\\d))?"
            + "|(?<![\\p{L}])(?<month2>\(alternation))\\.?\\s+(?<day2>\\d{1,2})(?!\\d)"
            + "(?:\\s*,?\\s*(?<year2>(?:19|20)\\d{2})(?!\\d))?"
            // 12月5日, 12월 5일 without a year
            + "|(?<!\\d)\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|(?<!\\d)\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일",
        caseInsensitive: true)

    /// `1402/09/14`: a Solar Hijri date in figures, year first.
    private static let solarHijriNumeric = TextPattern(
        "(?<![\\d/.-])(?<year>1[34]\\d{2})[/.-](?<month>\\d{1,2})[/.-](?<day>\\d{1,2})(?![\\d/.-])")

    /// The full dates found, and the ranges of every date read, with or without its year.
    static func dates(in text: String) -> (
        full: [(date: FoundDate, range: Range<String.Index>)], read: [Range<String.Index>]
    ) {
        var full: [(date: FoundDate, range: Range<String.Index>)] = []
        var read: [Range<String.Index>] = []
        for match in textual.matches(in: text) {
            read.append(match.range)
            guard let word = (match.group("month") ?? match.group("month2")).map({ $0.lowercased() }),
                let month = monthWords[word] ?? monthWords[word.replacingOccurrences(of: "i", with: "ı")],
                let day = (match.group("day") ?? match.group("day2")).flatMap({ Int($0) }), (1...31).contains(day),
                let year = (match.group("year") ?? match.group("year2")).flatMap({ Int($0) })
            else { continue }
            full.append((FoundDate(year: year, month: month, day: day), match.range))
        }
        for match in solarHijriNumeric.matches(in: text) {
            guard let year = match.group("year").flatMap({ Int($0) }),
                let month = match.group("month").flatMap({ Int($0) }),
                let day = match.group("day").flatMap({ Int($0) }),
                let date = SolarHijriDate.gregorian(year: year, month: month, day: day)
            else { continue }
            read.append(match.range)
            full.append((FoundDate(year: date.year, month: date.month, day: date.day), match.range))
        }
        return (full, read)
    }
}
