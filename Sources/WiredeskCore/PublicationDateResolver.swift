import Foundation

/// Decides a story's publication date from the strongest evidence it carries, as ISO 8601.
///
/// In order: an explicit date header (preferring the one that agrees with the dateline's day, since the dateline is
/// the story's local date); then the dateline's month and day, with the year the dateline states, else the year of a
/// full date in the headers (an "Updated" one will do for the year), else the year that puts the date nearest the time
/// the file was received. A story with neither header date nor dated dateline has no publication date: the time of
/// receipt alone says when the file came, not when the story was published.
enum PublicationDateResolver {
    /// How far a dateline may run ahead of the receipt time: a story filed in Wellington is dated a day ahead of
    /// its GMT timestamp.
    static let clockAheadAllowance: TimeInterval = 2 * 86_400

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func resolve(
        headerDates: [FoundDate],
        referenceDates: [FoundDate],
        dateline: Dateline?,
        receivedAt: Date
    ) -> String? {
        if let best = headerDates.first(where: { $0.month == dateline?.month && $0.day == dateline?.day })
            ?? headerDates.first
        {
            return best.iso
        }
        guard let month = dateline?.month, let day = dateline?.day else { return nil }
        if let year = dateline?.year {
            return FoundDate.isoDate(year: year, month: month, day: day)
        }
        if let reference = referenceDates.first,
            let anchor = utc.date(
                from: DateComponents(year: reference.year, month: reference.month, day: reference.day))
        {
            return nearest(month: month, day: day, to: anchor, latest: nil)
        }
        return nearest(month: month, day: day, to: receivedAt, latest: receivedAt + clockAheadAllowance)
    }

    /// The date with this month and day nearest `anchor` (in the anchor's year or next to it), never after `latest`.
    private static func nearest(month: Int, day: Int, to anchor: Date, latest: Date?) -> String? {
        let anchorYear = utc.component(.year, from: anchor)
        var best: (year: Int, distance: TimeInterval)?
        for year in (anchorYear - 1)...(anchorYear + 1) {
            let components = DateComponents(year: year, month: month, day: day)
            // Reject impossible days (Feb 30) rather than letting the calendar roll them over.
            guard components.isValidDate(in: utc), let candidate = utc.date(from: components) else { continue }
            if let latest, candidate > latest { continue }
            let distance = abs(candidate.timeIntervalSince(anchor))
            if best == nil || distance < best!.distance { best = (year, distance) }
        }
        return best.map { FoundDate.isoDate(year: $0.year, month: month, day: day) }
    }
}
