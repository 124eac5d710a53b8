import Foundation
import WiredeskText

/// Reads a calendar date out of a machine value (`2021-11-01T10:52:50+0100`, `Tue, 07 Nov 2023 10:00:00 +0100`)
/// or a phrase as pages print it (`7. November 2023`, `Nov. 7, 2023`, `07.11.2023`, `2023年11月7日`).
///
/// Machine values keep their time and offset, normalised to ISO 8601, because the archive stores the publisher's
/// local time; phrases give a date only.
enum HTMLDateParser {
    struct Day: Comparable, Hashable {
        var year: Int
        var month: Int
        var day: Int

        static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }

        var iso: String {
            String(format: "%04d-%02d-%02d", year, month, day)
        }

        /// Days since 1970-01-01, so neighbouring days differ by one.
        var dayNumber: Int { CivilDay.daysSinceEpoch(year: year, month: month, day: day) }
    }

    /// Dates outside these years are not publication dates of pages wiredesk meets (copyright 1900, 2099 defaults).
    static let plausibleYears = 1995...2035

    /// An ISO 8601 value for a machine-readable date: `YYYY-MM-DD`, or with its time and offset as given.
    static func isoValue(_ raw: String) -> String? {
        let text = String(raw.trimmingWhitespace())
        let range = NSRange(text.startIndex..., in: text)
        if let match = isoPattern.firstMatch(in: text, range: range) {
            let parts = (1...9).map { group(match, $0, in: text) }
            guard let year = Int(parts[0] ?? ""), let month = Int(parts[1] ?? ""), let day = Int(parts[2] ?? ""),
                let date = validDay(year, month, day)
            else { return nil }
            guard let hour = parts[3], let minute = parts[4] else { return date.iso }
            var value = "\(date.iso)T\(hour):\(minute):\(parts[5] ?? "00")"
            if let zone = parts[7] {
                value += zone == "Z" || zone == "z" ? "Z" : normalizedOffset(zone)
            }
            return value
        }
        if let match = rfc822Pattern.firstMatch(in: text, range: range),
            let day = Int(group(match, 1, in: text) ?? ""),
            let month = monthNumber(group(match, 2, in: text) ?? ""),
            let year = Int(group(match, 3, in: text) ?? ""),
            let date = validDay(year, month, day)
        {
            return date.iso
        }
        if let match = compactPattern.firstMatch(in: text, range: range),
            let date = validDay(
                Int(group(match, 1, in: text) ?? "") ?? 0, Int(group(match, 2, in: text) ?? "") ?? 0,
                Int(group(match, 3, in: text) ?? "") ?? 0)
        {
            return date.iso
        }
        return firstDay(in: text).map(\.iso)
    }

    /// The day of an ISO 8601 value (`2021-11-01`, `2021-11-01T10:52:50+01:00`).
    static func day(inISO value: String) -> Day? {
        let parts = value.prefix(10).split(separator: "-")
        guard parts.count == 3 else { return nil }
        return validDay(Int(parts[0]) ?? 0, Int(parts[1]) ?? 0, Int(parts[2]) ?? 0)
    }

    /// The first date written in `text` in any of the supported styles; with `keepingRevisions`, a date labelled as
    /// a revision counts too.
    static func firstDay(in text: String, monthFirst: Bool = false, keepingRevisions: Bool = false) -> Day? {
        locatedDays(in: text, monthFirst: monthFirst, limit: 1, keepingRevisions: keepingRevisions).first?.day
    }

    /// Dates written in `text`, in the order they appear.
    static func days(in text: String, monthFirst: Bool = false, limit: Int = .max) -> [Day] {
        locatedDays(in: text, monthFirst: monthFirst, limit: limit).map(\.day)
    }

    /// Dates written in `text` with where each starts (a UTF-16 offset), in the order they appear; dates that a
    /// label marks as a revision (unless `keepingRevisions`) or as the reader's current time are left out.
    static func locatedDays(
        in text: String, monthFirst: Bool = false, limit: Int = .max, keepingRevisions: Bool = false
    ) -> [(location: Int, day: Day)] {
        let stretches = text.withBytes { candidateStretches($0) }
        guard !stretches.isEmpty else { return [] }
        var result: [(location: Int, day: Day)] = []
        var lastLocation = -1
        var previousEnd = 0
        let utf8 = text.utf8
        for stretch in stretches {
            let start = utf8.index(utf8.startIndex, offsetBy: stretch.bytes.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: stretch.bytes.upperBound)
            let piece = String(text[start..<end])
            let range = NSRange(piece.startIndex..., in: piece)
            var found: [(location: Int, end: Int, day: Day)] = []
            var marks = PieceMarks(text, bytes: stretch.bytes)
            let monthStarts = monthWordStarts(piece)
            if monthStarts.map({ !$0.isEmpty }) ?? true { marks.insert(.monthName) }
            for (pattern, order, needs) in phrasePatterns where marks.isSuperset(of: needs.all) {
                if !needs.any.isEmpty && marks.isDisjoint(with: needs.any) { continue }
                let matches: [NSTextCheckingResult]
                if order == .nameDayYear, let monthStarts {
                    // The pattern starts with the month's name: tried only where one starts, not at every letter.
                    matches = monthStarts.compactMap { start in
                        pattern.firstMatch(
                            in: piece, options: [.anchored, .withTransparentBounds],
                            range: NSRange(location: start, length: range.length - start))
                    }
                } else {
                    matches = pattern.matches(in: piece, range: range)
                }
                for match in matches {
                    let fields = (1..<match.numberOfRanges).map { group(match, $0, in: piece) ?? "" }
                    if let day = day(from: fields, order: order, monthFirst: monthFirst) {
                        let location = stretch.utf16Start + match.range.location
                        found.append((location, location + match.range.length, day))
                    }
                }
            }
            found.sort { $0.location < $1.location }
            for item in found where item.location != lastLocation {
                // A label reaches only to the next date: "Registriert: 18.09.2008 21.01.2009" labels the first alone.
                let labelled = followsModificationLabel(
                    item.location, after: previousEnd, in: text,
                    labels: keepingRevisions ? readerTimeLabels : modificationLabels)
                let event = followsEventPreposition(item.location, after: previousEnd, in: text)
                lastLocation = item.location
                previousEnd = max(previousEnd, item.end)
                if labelled || event { continue }
                result.append((item.location, item.day))
                if result.count >= limit { return result }
            }
        }
        return result
    }

    /// Whether `text` may hold a month name where the patterns look for one: a run of ASCII letters that is one, or
    /// a word with other characters that ends in one, compared case-folded as the patterns compare. Most stretches
    /// hold neither, and the month patterns, with their long alternation of names, are the slowest.
    static func mayNameAMonth(_ text: String) -> Bool {
        monthWordStarts(text).map { !$0.isEmpty } ?? true
    }

    /// Where (UTF-16 offsets) the runs of ASCII letters of `text` that are month names start; `nil` when a word
    /// with characters past ASCII may hold one, somewhere the offsets of whole words would not tell.
    static func monthWordStarts(_ text: String) -> [Int]? {
        return text.withBytes { utf8 -> [Int]? in
            var starts: [Int] = []
            var word: [UInt8] = []
            var mixed = false
            var offset = 0
            var utf16 = 0
            var wordStart = 0
            while offset <= utf8.count {
                let byte: UInt8 = offset < utf8.count ? utf8[offset] : 0x20
                offset += 1
                defer { if byte & 0xC0 != 0x80 { utf16 += byte >= 0xF0 ? 2 : 1 } }
                if byte >= 0x80 {
                    if word.isEmpty { wordStart = utf16 }
                    word.append(byte)
                    mixed = true
                    continue
                }
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    if word.isEmpty { wordStart = utf16 }
                    word.append(lower)
                    continue
                }
                if mixed {
                    if mixedWordMayNameAMonth(word) { return nil }
                } else if word.count >= 3, monthNames[String(decoding: word, as: UTF8.self)] != nil {
                    starts.append(wordStart)
                }
                word.removeAll(keepingCapacity: true)
                mixed = false
            }
            return starts
        }
    }

    /// Whether a word with characters past ASCII holds a month name where a pattern may match one: ending where the
    /// word ends or before a space, so that "«janvier" and "märz\u{A0}" count and "märzen" does not.
    private static func mixedWordMayNameAMonth(_ bytes: [UInt8]) -> Bool {
        let folded = Array(String(decoding: bytes, as: UTF8.self).folding(options: .caseInsensitive, locale: nil))
        for end in 1...folded.count where end == folded.count || folded[end].isWhitespace {
            for length in foldedMonthNameLengths where length <= end {
                if foldedMonthNames.contains(String(folded[(end - length)..<end])) { return true }
            }
        }
        return false
    }

    private static let foldedMonthNames = Set(
        monthNames.keys.map { $0.folding(options: .caseInsensitive, locale: nil) })
    private static let foldedMonthNameLengths = Set(foldedMonthNames.map(\.count)).sorted()

    /// How far (in bytes that are not spaces) a stretch reaches on either side of the digits it is built around:
    /// farther than any date pattern can reach from its year or its first "digits and a dot".
    static let stretchReach = 64

    /// The parts of a text (UTF-8 byte ranges, cut at ASCII whitespace, with the UTF-16 offset of their start) around
    /// every run of four digits and every run of digits followed by a dot: every date pattern holds one of these, so
    /// the patterns need to search only these stretches, a small part of most texts. Cutting at whitespace keeps
    /// the patterns' look-behinds and look-aheads as they are on the whole text.
    static func candidateStretches(_ utf8: ByteView) -> [(bytes: Range<Int>, utf16Start: Int)] {
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
        }
        let count = utf8.count
        var ranges: [Range<Int>] = []
        var index = 0
        // Where the reach of the last stretch ended: the next one's reaches no nearer, and from there to the end of
        // its word (the last stretch's end) there is no space. In a long word of dates, each stretch then costs its
        // reach, not the word.
        var lastReach = 0
        while index < count {
            guard isDigit(utf8[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < count, isDigit(utf8[end]) { end += 1 }
            if end - index >= 4 || (end < count && utf8[end] == 0x2E) {
                // Reaching back to the last stretch is enough to know that this one joins it.
                let floor = ranges.last?.upperBound ?? 0
                var lower = index
                var budget = stretchReach
                while lower > floor, budget > 0 {
                    lower -= 1
                    if !isSpace(utf8[lower]) { budget -= 1 }
                }
                while lower > floor, !isSpace(utf8[lower - 1]), !isSpace(utf8[lower]) { lower -= 1 }
                var upper = end
                budget = stretchReach
                while upper < count, budget > 0 {
                    if !isSpace(utf8[upper]) { budget -= 1 }
                    upper += 1
                }
                if let last = ranges.last, upper >= lastReach, upper <= last.upperBound {
                    lastReach = upper
                    upper = last.upperBound
                } else {
                    lastReach = upper
                    while upper < count, !isSpace(utf8[upper]) { upper += 1 }
                }
                if let last = ranges.last, lower <= last.upperBound {
                    ranges[ranges.count - 1] = last.lowerBound..<max(upper, last.upperBound)
                } else {
                    ranges.append(lower..<upper)
                }
            }
            index = end
        }
        var result: [(bytes: Range<Int>, utf16Start: Int)] = []
        var counted = 0
        var utf16 = 0
        for range in ranges {
            while counted < range.lowerBound {
                let byte = utf8[counted]
                if byte & 0xC0 != 0x80 { utf16 += byte >= 0xF0 ? 2 : 1 }
                counted += 1
            }
            result.append((range, utf16))
        }
        return result
    }

    /// Words that label a date as a revision ("Updated: ...", "Letzte Änderung: ...") or as the reader's current
    /// time ("Aktuelle Zeit: ...", a forum's "It is currently ...", "Registriert: ..."), not the publication.
    static let modificationLabels = revisionLabels + readerTimeLabels

    /// Words that label a date as a revision of the page.
    static let revisionLabels = [
        // en, de
        "update", "modified", "edited", "revised", "änderung", "geändert", "aktualisiert", "zuletzt bearbeitet",
        // fr, es, it, pt
        "modifié", "mis à jour", "actualisé", "actualizado", "actualización", "modificado", "aggiornato",
        "aggiornamento", "modificato", "atualizado", "atualização", "alterado",
        // nl, sv, da, pl, cs, ru
        "bijgewerkt", "gewijzigd", "uppdaterad", "opdateret", "zaktualizowano", "aktualizováno", "обновлено",
        "изменено", "обновление",
        // a later review of the text (health and finance pages): "Medically reviewed on ...", "Fact checked ..."
        "reviewed on", "fact checked", "fact-checked", "geprüft am", "révisé le",
    ]

    /// Words that label a date as the reader's own time, a forum member's registration or a printout's: never the
    /// page's date, not even as a last resort.
    static let readerTimeLabels = [
        // the reader's own time, a forum member's registration
        "registriert", "mitglied seit", "member since", "joined", "inscrit le", "aktuelle zeit", "current time",
        "it is currently", "heute ist", "today is", "nous sommes le",
        // the day a reader printed the page
        "ausdruck vom", "gedruckt am", "printed on", "imprimé le",
    ]

    /// Whether the few characters before a date (a UTF-16 offset), back to the end of the previous date, label it as a
    /// revision date.
    private static func followsModificationLabel(
        _ location: Int, after lowerBound: Int, in text: String, labels: [String]
    ) -> Bool {
        let utf16 = text.utf16
        guard let end = utf16.index(utf16.startIndex, offsetBy: location, limitedBy: utf16.endIndex) else {
            return false
        }
        let start = utf16.index(end, offsetBy: -max(0, min(location - lowerBound, 30)))
        let before = String(decoding: utf16[start..<end], as: UTF16.self).lowercased()
        return labels.contains { HTMLContentHints.contains(before, $0) }
    }

    /// A date from a web address: `/2023/11/07/`, `/2023-11-07`, `_20231107_`.
    static func day(inURL url: String) -> Day? {
        let range = NSRange(url.startIndex..., in: url)
        guard let match = urlPattern.firstMatch(in: url, range: range) else { return nil }
        let fields = (1...6).map { group(match, $0, in: url) }
        let year = Int(fields[0] ?? fields[3] ?? "") ?? 0
        let month = Int(fields[1] ?? fields[4] ?? "") ?? 0
        let day = Int(fields[2] ?? fields[5] ?? "") ?? 0
        return validDay(year, month, day)
    }

    /// A date inside an identifier such as `<body id="news20190624_k1001">`: eight digits of a plausible
    /// year, month and day not run together with other digits.
    static func day(inIdentifier identifier: String) -> Day? {
        let range = NSRange(identifier.startIndex..., in: identifier)
        guard let match = identifierPattern.firstMatch(in: identifier, range: range) else { return nil }
        let fields = (1...3).map { Int(group(match, $0, in: identifier) ?? "") ?? 0 }
        return validDay(fields[0], fields[1], fields[2])
    }

    static func validDay(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        guard plausibleYears.contains(year), (1...12).contains(month),
            (1...CivilDay.length(ofMonth: month, inYear: year)).contains(day)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    // MARK: Patterns

    /// Characters a stretch holds that some patterns cannot match without, found in one pass over its bytes, so
    /// that a pattern runs only where it may match.
    struct PieceMarks: OptionSet {
        let rawValue: UInt8
        static let dash = PieceMarks(rawValue: 1)
        static let slash = PieceMarks(rawValue: 2)
        static let dot = PieceMarks(rawValue: 4)
        static let bar = PieceMarks(rawValue: 8)
        /// Any byte past ASCII: CJK date words, the en dash, letters of month names the patterns match loosely.
        static let nonASCII = PieceMarks(rawValue: 16)
        /// A month's name may be there (set by `mayNameAMonth`, not by the byte scan).
        static let monthName = PieceMarks(rawValue: 32)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ text: String, bytes: Range<Int>) {
            rawValue = text.withBytes { utf8 in
                var marks: UInt8 = 0
                for byte in utf8[bytes] {
                    switch byte {
                    case UInt8(ascii: "-"): marks |= PieceMarks.dash.rawValue
                    case UInt8(ascii: "/"): marks |= PieceMarks.slash.rawValue
                    case UInt8(ascii: "."): marks |= PieceMarks.dot.rawValue
                    case UInt8(ascii: "|"): marks |= PieceMarks.bar.rawValue
                    case 0x80...: marks |= PieceMarks.nonASCII.rawValue
                    default: break
                    }
                }
                return marks
            }
        }
    }
}
