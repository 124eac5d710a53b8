import Foundation
import Testing

@testable import WiredeskCore

/// Day arithmetic against Foundation's Gregorian calendar, every day from 1899 to 2101, leap days and the 1900/2000
/// century rules included.
@Suite struct CivilDayTests {
    @Test func agreesWithTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try #require(calendar.date(from: DateComponents(year: 1899, month: 1, day: 1)))
        for offset in 0..<(203 * 366) {
            let date = first.addingTimeInterval(TimeInterval(offset) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let year = try #require(parts.year)
            let month = try #require(parts.month)
            let day = try #require(parts.day)
            let days = Int(date.timeIntervalSince1970 / 86_400)
            #expect(CivilDay.daysSinceEpoch(year: year, month: month, day: day) == days)
            #expect(CivilDay.year(ofDay: days) == year)
            #expect(
                CivilDay.weekday(year: year, month: month, day: day) == calendar.component(.weekday, from: date) - 1)
            if day == 1, month > 1 || year > 1899 {
                let previous = calendar.dateComponents([.month, .day], from: date.addingTimeInterval(-86_400))
                #expect(
                    previous.day == CivilDay.length(ofMonth: previous.month ?? 0, inYear: month == 1 ? year - 1 : year))
            }
        }
    }

    @Test(arguments: [
        (1970, 1, 1, 4), (2000, 2, 29, 2), (2016, 12, 12, 1), (2023, 11, 7, 2), (1900, 3, 1, 4), (1899, 12, 31, 0),
        (2100, 2, 28, 0),
    ])
    func weekdayOfKnownDays(year: Int, month: Int, day: Int, weekday: Int) {
        #expect(CivilDay.weekday(year: year, month: month, day: day) == weekday)
    }

    @Test(arguments: [(1900, false), (2000, true), (2016, true), (2023, false), (2100, false), (2400, true)])
    func leapYears(year: Int, isLeap: Bool) {
        #expect(CivilDay.isLeapYear(year) == isLeap)
        #expect(CivilDay.length(ofMonth: 2, inYear: year) == (isLeap ? 29 : 28))
    }

    /// The web-page reader counts the days between two dates with the same arithmetic.
    @Test func pageDaysCountLikeCivilDays() throws {
        let first = try #require(HTMLDateParser.validDay(2016, 2, 28))
        let second = try #require(HTMLDateParser.validDay(2016, 3, 1))
        #expect(second.dayNumber - first.dayNumber == 2)
        #expect(first.dayNumber == CivilDay.daysSinceEpoch(year: 2016, month: 2, day: 28))
        #expect(HTMLDateParser.validDay(2015, 2, 29) == nil)
    }
}
