import Foundation

/// Decides a story's publication date from the strongest evidence it carries, as ISO 8601.
///
/// In order: an explicit date header (preferring the one that agrees with the dateline's day, since the dateline is
/// the story's local date); then the dateline's month and day, with the year the dateline states, else the year of a
/// full date in the headers (an "Updated" one will do for the year), else the year that puts the date nearest the time
/// the file was received. A story with neither header date nor dated dateline has no publication date: the time of
/// receipt alone says when the file came, not when the story was published.
enum PublicationDateResolver {
    /// A publication date, and whether its year was only inferred from the time the file was received (the text
    /// gave a month and a day, and no year anywhere).
    struct Resolved: Equatable {
        var iso: String
        var yearInferred: Bool
    }

    /// How far a dateline may run ahead of the receipt time: a story filed in Wellington is dated a day ahead of
    /// its GMT timestamp.
    static let clockAheadAllowance: TimeInterval = 2 * 86_400

    static func resolve(
        headerDates: [FoundDate],
        referenceDates: [FoundDate],
        dateline: Dateline?,
        receivedAt: Date
    ) -> String? {
        resolveDate(
            headerDates: headerDates, referenceDates: referenceDates, dateline: dateline, receivedAt: receivedAt)?
            .iso
    }

    /// The date `resolve` gives, with where its year came from.
    static func resolveDate(
        headerDates: [FoundDate],
        referenceDates: [FoundDate],
        dateline: Dateline?,
        receivedAt: Date
    ) -> Resolved? {
        // A date after the file was received is no publication date: a typo, or a date the story looks ahead to.
        let latestDay = Int(((receivedAt.timeIntervalSince1970 + clockAheadAllowance) / 86_400).rounded(.down))
        func isPossible(year: Int, month: Int, day: Int) -> Bool {
            CivilDay.daysSinceEpoch(year: year, month: month, day: day) <= latestDay
        }
        let headerDates = headerDates.filter { isPossible(year: $0.year, month: $0.month, day: $0.day) }
        let referenceDates = referenceDates.filter { isPossible(year: $0.year, month: $0.month, day: $0.day) }
        // A dateline with a day and no month (Kyodo's and Yonhap's day in the lead) agrees with a header of that day.
        let agrees = { (date: FoundDate) in
            date.day == dateline?.day && (dateline?.month == nil || date.month == dateline?.month)
        }
        if let best = headerDates.first(where: agrees) ?? headerDates.first {
            return Resolved(iso: best.iso, yearInferred: false)
        }
        guard let day = dateline?.day else { return nil }
        guard let month = dateline?.month else {
            // The latest day of that number on or before the text's other dates, or the time of receipt.
            if let reference = referenceDates.first {
                return latest(day: day, onOrBefore: reference).map { Resolved(iso: $0, yearInferred: false) }
            }
            let received = Int(((receivedAt.timeIntervalSince1970 + clockAheadAllowance) / 86_400).rounded(.down))
            let today = CivilDay.date(ofDay: received)
            return latest(day: day, onOrBefore: FoundDate(year: today.year, month: today.month, day: today.day)).map {
                Resolved(iso: $0, yearInferred: true)
            }
        }
        if let year = dateline?.year, isPossible(year: year, month: month, day: day) {
            return Resolved(iso: FoundDate.isoDate(year: year, month: month, day: day), yearInferred: false)
        }
        if let reference = referenceDates.first {
            let anchor = CivilDay.daysSinceEpoch(year: reference.year, month: reference.month, day: reference.day)
            return nearest(month: month, day: day, to: TimeInterval(anchor) * 86_400, latest: nil).map {
                Resolved(iso: $0, yearInferred: false)
            }
        }
        // The last resort: nothing in the text gives the year, so the file's modification time (when it was received,
        // not when wiredesk read it) does, and the article says so.
        let received = receivedAt.timeIntervalSince1970
        return nearest(month: month, day: day, to: received, latest: received + clockAheadAllowance).map {
            Resolved(iso: $0, yearInferred: true)
        }
    }

    /// The date with this month and day nearest `anchor` (in the anchor's year or next to it), never after `latest`;
    /// both are seconds since 1970 in UTC.
    private static func nearest(month: Int, day: Int, to anchor: TimeInterval, latest: TimeInterval?) -> String? {
        // Reject impossible days (Feb 30) rather than letting them roll over into the next month.
        guard (1...12).contains(month), (1...CivilDay.length(ofMonth: month, inYear: 2000)).contains(day) else {
            return nil
        }
        let anchorYear = CivilDay.year(ofDay: Int((anchor / 86_400).rounded(.down)))
        var best: (year: Int, distance: TimeInterval)?
        for year in (anchorYear - 1)...(anchorYear + 1) where day <= CivilDay.length(ofMonth: month, inYear: year) {
            let candidate = TimeInterval(CivilDay.daysSinceEpoch(year: year, month: month, day: day)) * 86_400
            if let latest, candidate > latest { continue }
            let distance = abs(candidate - anchor)
            if best == nil || distance < best!.distance { best = (year, distance) }
        }
        return best.map { FoundDate.isoDate(year: $0.year, month: month, day: day) }
    }

    /// The latest date whose day of the month is `day`, on or before `reference`.
    private static func latest(day: Int, onOrBefore reference: FoundDate) -> String? {
        var (year, month) = (reference.year, reference.month)
        if day > reference.day { (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1) }
        for _ in 0..<3 {
            if day <= CivilDay.length(ofMonth: month, inYear: year) {
                return FoundDate.isoDate(year: year, month: month, day: day)
            }
            (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1)
        }
        return nil
    }
}
