import WiredeskText

/// The full dates a story states in its own text that give a year-less dateline its year.
///
/// Datelines mostly leave the year out (`LONDON, April 3 (Reuters) -`, `القاهرة في 5 ديسمبر /أ ش أ/`, `Hà Nội, 5/12
/// (TTXVN) -`), and the year then comes from a header line, else from the time the file was received. Copy without
/// a header often states its date in full in its text, "on 3 April 2024": a full date there of the dateline's own
/// month and day is the story's date written out, and its year is the dateline's. Other dates are not: copy is
/// full of maturities, deadlines and anniversaries ("notes due March 1, 1999"). Only the start of a long text is
/// read, and of it only the stretches around its years.
enum StatedDates {
    /// Characters of the body read: a story states its date in its first paragraphs.
    static let readLength = 8_000
    /// `नौ अप्रैल 2022`: a day under ten spelt out, as Hindi copy writes it in its text as in its datelines.
    private static let wordDay = TextPattern(
        "(?<!\\p{L})(?<day>\(DayNumberWords.pattern))\\s+(?<month>\(MonthNames.wordPattern))\\s*,?\\s+"
            + "(?<year>(?:19|20)\\d{2})(?!\\d)")

    /// Bytes read before and after a year for the rest of its date: `Wednesday, 22 February 2023`, `2023年12月18日`.
    static let before = 48
    static let after = 24

    /// The stated dates that agree with `dateline`'s month and day, in reading order; empty when the dateline has
    /// its year or no month and day.
    ///
    /// The patterns read only the stretches around a year (`19xx`, `20xx` standing alone) that also hold the
    /// dateline's day number: most copy has few, and the month names' patterns cost much per byte read.
    static func anchors(for dateline: Dateline?, in body: String) -> [FoundDate] {
        guard let dateline, dateline.year == nil, let month = dateline.month, let day = dateline.day else {
            return []
        }
        var agreeing: [FoundDate] = []
        for stretch in stretches(around: day, in: body) {
            agreeing += DateFinder.dates(in: stretch).map(\.date).filter { $0.month == month && $0.day == day }
            // The phrases of the languages web pages print dates in, too (`4 de junio de 2024`, `14. Juni 2024`).
            for stated in HTMLDateParser.days(in: stretch) where stated.month == month && stated.day == day {
                agreeing.append(FoundDate(year: stated.year, month: month, day: day))
            }
            for match in wordDay.matches(in: stretch) {
                guard match.group("day").flatMap(DayNumberWords.day(of:)) == day,
                    match.group("month").flatMap(MonthNames.month(of:)) == month,
                    let year = match.group("year").flatMap({ Int($0) })
                else { continue }
                agreeing.append(FoundDate(year: year, month: month, day: day))
            }
            // `5/12/2023`, `05.12.2023`: a numeric date whose order only the dateline settles.
            for match in DateHeader.ambiguousNumeric.matches(in: stretch) {
                guard let first = match.group("first").flatMap({ Int($0) }),
                    let second = match.group("second").flatMap({ Int($0) }),
                    let year = match.group("year").flatMap({ Int($0) })
                else { continue }
                // Either order, as the dateline's own numbers read: day first (`5/12`) or month first.
                if (first, second) == (day, month) || (first, second) == (month, day) {
                    agreeing.append(FoundDate(year: year, month: month, day: day))
                }
            }
        }
        return agreeing
    }

    /// The stretches of the first `readLength` bytes of `text` around each year that hold `day` as a number of its
    /// own, stretches that overlap merged, cut at character boundaries.
    static func stretches(around day: Int, in text: String) -> [String] {
        text.withBytes { stretches(around: day, in: $0.view(prefix: readLength)) }
    }

    private static func stretches(around day: Int, in bytes: ByteView) -> [String] {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
        var ranges: [Range<Int>] = []
        var index = 0
        while index + 4 <= bytes.count {
            guard isDigit(index), !isDigit(index - 1) else {
                index += 1
                continue
            }
            var end = index
            while isDigit(end) { end += 1 }
            let isYear =
                end - index == 4
                && ((bytes[index] == 0x31 && bytes[index + 1] == 0x39)
                    || (bytes[index] == 0x32 && bytes[index + 1] == 0x30))
            if isYear {
                let range = max(0, index - before)..<min(bytes.count, end + after)
                if let last = ranges.last, last.upperBound >= range.lowerBound {
                    ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
                } else {
                    ranges.append(range)
                }
            }
            index = end
        }
        return ranges.compactMap { range in
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
            while upper < bytes.count, upper > lower, bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
            let stretch = String(decoding: bytes[lower..<upper], as: UTF8.self)
            guard holdsNumber(day, in: bytes[lower..<upper]) || holdsDayWord(day, in: stretch) else { return nil }
            return stretch
        }
    }

    /// Whether `text` holds a word that spells `day` (`नौ`), for the days under ten.
    private static func holdsDayWord(_ day: Int, in text: String) -> Bool {
        day < 10 && text.utf8.contains { $0 >= 0x80 }
            && DayNumberWords.table.contains { $0.day == day && text.contains($0.word) }
    }

    /// Whether `bytes` hold `number` as a run of digits of its own (`5`, `05`), in ASCII digits.
    private static func holdsNumber(_ number: Int, in bytes: some Collection<UInt8>) -> Bool {
        var value = 0
        var digits = 0
        for byte in bytes {
            if (0x30...0x39).contains(byte) {
                value = digits < 3 ? value * 10 + Int(byte - 0x30) : 1_000
                digits += 1
            } else {
                if digits > 0 && digits <= 2 && value == number { return true }
                value = 0
                digits = 0
            }
        }
        return digits > 0 && digits <= 2 && value == number
    }
}
