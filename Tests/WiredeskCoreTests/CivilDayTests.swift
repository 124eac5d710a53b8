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
            if day == 1, month > 1 || year > 1899 {
                let previous = calendar.dateComponents([.month, .day], from: date.addingTimeInterval(-86_400))
                #expect(
                    previous.day == CivilDay.length(ofMonth: previous.month ?? 0, inYear: month == 1 ? year - 1 : year))
            }
        }
    }
}
