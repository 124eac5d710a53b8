/// The full dates a story states in its own text that give a year-less dateline its year.
///
/// Datelines mostly leave the year out (`LONDON, April 3 (Reuters) -`, `القاهرة في 5 ديسمبر /أ ش أ/`, `Hà Nội, 5/12
/// (TTXVN) -`), and the year then comes from a header line, else from the time the file was received. Copy without
/// a header often states its date in full in its text, "on 3 April 2024": a full date there of the dateline's own
/// month and day is the story's date written out, and its year is the dateline's. Other dates are not: copy is
/// full of maturities, deadlines and anniversaries ("notes due March 1, 1999"). Only the start of a long text is
/// read.
enum StatedDates {
    /// Characters of the body read: a story states its date in its first paragraphs.
    static let readLength = 8_000
    /// `5/12/2023`, `05.12.2023`, `5-12-2023`: a numeric date whose order only the dateline settles.
    private static let numeric = TextPattern(
        "(?<![\\d./-])(?<first>\\d{1,2})(?<separator>[/.-])(?<second>\\d{1,2})\\k<separator>"
            + "(?<year>(?:19|20)\\d{2})(?!\\d)")

    /// The stated dates that agree with `dateline`'s month and day, in reading order; empty when the dateline has
    /// its year or no month and day.
    static func anchors(for dateline: Dateline?, in body: String) -> [FoundDate] {
        guard let dateline, dateline.year == nil, let month = dateline.month, let day = dateline.day else {
            return []
        }
        let text = body.utf8.count > readLength ? String(body.prefix(readLength)) : body
        // Cheap first: a full date holds a year, `19xx` or `20xx`.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "9") || $0 == UInt8(ascii: "0") }) else { return [] }
        var agreeing = DateFinder.dates(in: text).map(\.date).filter { $0.month == month && $0.day == day }
        for match in numeric.matches(in: text) {
            guard let first = match.group("first").flatMap({ Int($0) }),
                let second = match.group("second").flatMap({ Int($0) }),
                let year = match.group("year").flatMap({ Int($0) })
            else { continue }
            // Either order, as the dateline's own numbers read: day first (`5/12`) or month first.
            if (first, second) == (day, month) || (first, second) == (month, day) {
                agreeing.append(FoundDate(year: year, month: month, day: day))
            }
        }
        return agreeing
    }
}
