import WiredeskText

/// Datelines that name their city in capitals and little else, read only where a story's dateline stands (the
/// first paragraphs, `WireCopyParser.datelineParagraph`), never to judge whether a line is a headline, since a
/// headline in capitals has the same shape:
///
///     WASHINGTON - The Senate voted ...                 no date, no agency
///     LONDON March 2 - Shares fell ...                  no comma before the date
///     WASHINGTON, March 119 - The Senate ...            a day that is no day (the place holds, the date is dropped)
///
/// The place is one to three words in capitals; a dash with blanks around it ends the dateline; the lead after it is
/// a sentence (it has a word in lower case). Words that open notes and advisories in capitals (`NOTE -`,
/// `CORRECTION -`) and agency names are not places.
enum BareDateline {
    private static let pattern = TextPattern(
        "^(?<place>\\p{Lu}[\\p{Lu}'.\\-]+(?:[ ]\\p{Lu}[\\p{Lu}'.\\-]*){0,2})"
            + "(?:,[ ]?(?<region>\\p{Lu}[\\p{L}.]*(?:[ ]\\p{Lu}[\\p{L}.]*)?))?"
            + "(?:,?[ ]+(?<month>\\p{L}{3,10}\\.?)[ ]+(?<day>\\d{1,3}))?"
            + "[ ]+(?:-{1,2}|[–—])[ ]+(?=[\\p{Lu}\"“‘'\\d])")

    /// Characters of a lead examined: a bare dateline is short.
    static let maximumLength = 80

    /// Capitalised words that open a note, an advisory or a section in wire copy, not a dateline; and every status
    /// tag (`StatusTags`).
    static let notPlaces: Set<String> = Set(StatusTags.all).union([
        "NOTE", "NOTES", "EDITORS", "EDITOR", "EDS", "CORRECTS", "ATTENTION", "WARNING", "UPDATES", "BREAKING",
        "REVIEW", "FEATURE", "COLUMN", "OPINION", "COMMENT", "EDITORIAL", "INTERVIEW", "TEXT", "FULL TEXT", "SOURCE",
        "SOURCES", "PHOTO", "VIDEO", "GRAPHIC", "BACKGROUND", "TIMELINE", "KEY FACTS", "FACTS", "NEWS",
        "PRESS RELEASE", "RELEASE", "STATEMENT", "SUMMARY", "HIGHLIGHTS", "BRIEF", "BRIEFS", "AND", "THE", "BUT", "IN",
        "ON", "AT", "FOR",
    ])

    /// `EXAMPLE.COM`, `NEWS.CO.UK`: an outlet's address opening its copy, not a city (`ST. LOUIS` has its point at the
    /// end of a word).
    static func isWebAddress(_ place: String) -> Bool {
        let utf8 = Array(place.utf8)
        return utf8.indices.dropLast().contains { utf8[$0] == UInt8(ascii: ".") && ASCIIByte.isLetter(utf8[$0 + 1]) }
    }

    static func parse(_ lead: String) -> Dateline? {
        let head = lead.utf8.count > maximumLength ? String(lead.prefix(maximumLength)) : lead
        guard let match = pattern.firstMatch(in: head), match.range.lowerBound == head.startIndex,
            let place = match.group("place")
        else { return nil }
        let placeText = String(place)
        let firstWord = placeText.prefix { $0 != " " }
        guard !notPlaces.contains(placeText), !notPlaces.contains(String(firstWord)),
            AgencyCatalog.canonicalName(placeText) == nil, !isWebAddress(placeText)
        else { return nil }
        var month: Int?
        var day: Int?
        if let monthWord = match.group("month") {
            guard let number = MonthNames.month(of: monthWord) else { return nil }
            if let found = match.group("day").flatMap({ Int($0) }), (1...31).contains(found) {
                month = number
                day = found
            }
        }
        let restOfHead = match.rest.prefix(60)
        guard restOfHead.contains(where: \.isLowercase) else { return nil }
        let end = lead.index(
            lead.startIndex, offsetBy: head.distance(from: head.startIndex, to: match.range.upperBound))
        return Dateline(
            text: String(lead[..<end].trimmingWhitespace()), place: PlaceName.normalCase(placeText), month: month,
            day: day, year: nil, agency: nil, lead: lead[end...])
    }
}
