import Foundation

/// The date lines agencies' sites print above a headline, in every language they file in: a line that is a date and
/// a time with furniture around them and nothing else (`5 ДЕК 2023, 14:21`, `2023-12-05 14:21:09　来源：新华网`,
/// `송고시간2023-12-05 14:21`, `Selasa, 5 Desember 2023 14:21 WIB`, `Thứ Ba, 05/12/2023 14:21 (GMT+7)`,
/// `۱۴ آذر ۱۴۰۲، ۱۰:۳۵`, `14:21 05.12.2023 (обновлено: 14:30 06.12.2023)`). What makes one is what is left once its
/// dates, times, weekdays, labels, source fields, zones and agency names are taken out: no letter.
extension DateHeader {
    /// The labels of such lines, and whether each marks a revision: a date after one is never the publication date.
    static let lineLabels: [(label: String, isRevision: Bool)] = [
        ("published", false), ("posted", false), ("all headlines", false), ("опубликовано", false),
        ("yayınlanma", false), ("yayın tarihi", false), ("प्रकाशित", false), ("송고시간", false), ("입력", false),
        ("发布时间", false), ("發布時間", false), ("veröffentlicht", false), ("publié le", false), ("publié", false),
        ("publicado", false), ("diterbitkan", false), ("ngày đăng", false), ("تاريخ النشر", false),
        ("تاریخ انتشار", false), ("تاریخ", false), ("updated", true), ("обновлено", true), ("обновлен", true),
        ("güncelleme", true), ("güncellendi", true), ("अपडेटेड", true), ("अपडेट", true), ("수정", true),
        ("更新", true), ("aktualisiert", true), ("mis à jour", true), ("actualizado", true), ("atualizado", true),
        ("actualización", true), ("atualização", true), ("diperbarui", true), ("cập nhật", true),
        ("آخر تحديث", true), ("تحديث", true), ("به‌روزرسانی", true), ("بروزرسانی", true), ("نشر في", false),
        ("نشر", false), ("기사입력", false), ("최종수정", true), ("업데이트", true), ("stand", false),
        ("update", true), ("diperbarui pada", true), ("publicado em", false), ("publicado el", false),
    ]

    /// Words that join a date and its time (`05.12.2023, 14:21 Uhr`, `05/12/2023 à 14h21`, `pukul 14.21 WIB`).
    static let lineConnectors = [
        "uhr", "am", "um", "à", "às", "a las", "le", "el", "em", "on", "at", "saat", "pukul", "lúc", "ساعت", "الساعة",
        "de",
    ]

    /// Fields naming the site or the desk that published the story (`来源：新华网`, `Kaynak: AA`): their values are
    /// names, not headline.
    static let sourceLabels = [
        "来源", "來源", "source", "kaynak", "sumber", "nguồn", "fuente", "fonte", "quelle", "المصدر", "منبع", "출처",
    ]

    /// Time zones and era marks such lines print by the time (`WIB`, `(GMT+7)`, `IST`; `هـ` and `م` after a Hijri and a
    /// Gregorian year).
    static let lineZones = [
        "WIB", "WITA", "WIT", "IST", "MSK", "KST", "JST", "CET", "CEST", "EET", "EEST", "TRT", "AST", "IRST", "ICT",
        "GMT", "UTC", "هـ", "م",
    ]

    /// Arabic sites mark a time of day as morning or evening after it (`11:05 ص`, `09:30 م`, `مساءً`), where
    /// others print AM and PM.
    static let lineMeridiems = ["ص", "م", "صباحا", "صباحاً", "مساء", "مساءً", "ظهرا", "ظهراً", "عصرا", "عصراً"]

    private static func alternation(_ words: [String]) -> String {
        MonthNames.longestFirst(words).map {
            NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: "\\s+")
        }.joined(separator: "|")
    }

    private static let revisionLabelPattern = TextPattern(
        "(?<![\\p{L}])(?:\(alternation(lineLabels.filter(\.isRevision).map(\.label))))", caseInsensitive: true)

    /// The furniture of a date line, every piece bounded: times, dates without a year, weekdays, labels, source
    /// fields, zones, the weekday a Japanese or Korean date is followed by (`(火)`, `(화)`).
    private static let lineFurniture = TextPattern(
        "\\d{1,2}\\s*:\\s*\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
            + "|\\d{1,2}\\s*時\\s*\\d{1,2}\\s*分|\\d{1,2}\\s*시\\s*\\d{1,2}\\s*분"
            + "|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{1,2}\\.?\\s*(?:\(MonthNames.strictPattern))(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:\(alternation(WeekdayNames.words + WeekdayNames.otherLanguages.flatMap(\.names))))"
            + "(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:\(alternation(lineLabels.map(\.label) + lineConnectors)))(?![\\p{L}])"
            + "|(?<![\\d.])\\d{1,2}[h.]\\d{2}(?![\\d.])"
            + "|(?<![\\p{L}])(?:\(alternation(sourceLabels)))\\s*[:：]\\s*[^\\s|]{0,40}"
            + "|(?<![\\p{L}])(?:\(alternation(lineMeridiems)))(?![\\p{L}\\p{M}])"
            + "|(?<![\\p{L}])(?:\(alternation(lineZones)))(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}])"
            + "|[(（][月火水木金土日월화수목금토일][)）]"
            + "|(?<![\\p{L}])(?:\(AgencyCatalog.aliasPattern))(?![\\p{L}])",
        caseInsensitive: true)

    /// A numeric date whose two first numbers may each be the day (`05/12/2023`), read both ways.
    static let ambiguousNumeric = TextPattern(
        "(?<![\\d/.-])(?<first>\\d{1,2})(?<separator>[/.-])(?<second>\\d{1,2})\\k<separator>(?<year>(?:19|20)\\d{2})"
            + "(?![\\d])")

    /// Date lines are short: a line longer than this is story.
    static let longestDateLine = 160

    /// A reporter's name set off by a bar before a date line, as Anadolu's pages head a story
    /// (`Jane Doe   |05.12.2023 - Güncelleme : 05.12.2023`): two to eight capitalised words, two reporters set
    /// apart by a comma.
    private static let reporterBeforeBar = TextPattern(
        "^\\s*(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]{1,20}(?:(?:[ ]|,[ ]?)\\p{Lu}[\\p{L}\\p{M}'’.-]{1,20}){1,7})\\s*\\|(?<rest>.*)$"
    )

    /// The date line `line` is, or `nil` when it holds a word of headline or story.
    static func dateLine(_ line: Substring) -> DateHeader? {
        if line.utf8.contains(UInt8(ascii: "|")), line.utf8.count <= longestDateLine,
            let match = reporterBeforeBar.firstMatch(in: String(line)), let name = match.group("name"),
            let rest = match.group("rest"), var header = datesOnlyLine(rest)
        {
            header.byline = String(name)
            return header
        }
        return datesOnlyLine(line)
    }

    /// Whether `line` holds a digit of any script; ASCII lines, most of those read, by their bytes alone.
    private static func hasDigit(_ line: Substring) -> Bool {
        var isASCII = true
        for byte in line.utf8 {
            if (0x30...0x39).contains(byte) { return true }
            if byte >= 0x80 { isASCII = false }
        }
        return !isASCII && line.unicodeScalars.contains { $0.value >= 0x80 && DecimalDigits.digitValue($0) != nil }
    }

    /// A line of dates and their furniture alone.
    private static func datesOnlyLine(_ line: Substring) -> DateHeader? {
        guard line.utf8.count <= longestDateLine,
            hasDigit(line), mayBeDateLine(line)
        else { return nil }
        let text = DecimalDigits.ascii(String(line))
        var found = DateFinder.dates(in: text)
        let named = DateLineDates.dates(in: text)
        for other in SolarHijriDate.dates(in: text) + named.full
        where !found.contains(where: { $0.range.overlaps(other.range) }) {
            found.append(other)
        }
        var ambiguous: [FoundDate] = []
        var residue = text
        // Dates without their year (`5 ДЕК, 09:10`) are furniture too.
        var taken = found.map(\.range) + named.read.filter { range in !found.contains { $0.range.overlaps(range) } }
        for match in ambiguousNumeric.matches(in: text) where !taken.contains(where: { $0.overlaps(match.range) }) {
            guard let first = match.group("first").flatMap({ Int($0) }),
                let second = match.group("second").flatMap({ Int($0) }),
                let year = match.group("year").flatMap({ Int($0) }), (1...12).contains(first),
                (1...12).contains(second)
            else { continue }
            ambiguous += [
                FoundDate(year: year, month: second, day: first), FoundDate(year: year, month: first, day: second),
            ]
            taken.append(match.range)
        }
        guard !taken.isEmpty else { return nil }
        for range in taken.sorted(by: { $0.lowerBound > $1.lowerBound }) { residue.replaceSubrange(range, with: " ") }
        residue = lineFurniture.replacingMatches(in: residue, with: " ")
        guard !residue.contains(where: \.isLetter) else { return nil }

        // Dates after a revision label (`обновлено`, `Güncelleme`) are when the story was revised.
        let revisionStart = revisionLabelPattern.firstMatch(in: text)?.range.lowerBound
        let sorted = found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let published = sorted.filter { revisionStart == nil || $0.range.lowerBound < revisionStart! }.map(\.date)
        let revised = sorted.filter { revisionStart != nil && $0.range.lowerBound >= revisionStart! }.map(\.date)
        return DateHeader(
            dates: published.isEmpty ? revised : published, isRevision: published.isEmpty && !revised.isEmpty,
            agency: nil, gluedLead: nil, ambiguousDates: ambiguous)
    }
}
