/// The date parts of the dateline forms read on bytes: weekdays, month words, day numbers and years, each listing its
/// ends in the order the part's pattern would try them.
extension DatelineRecogniser {

    /// Weekday names in the order of `WeekdayNames.pattern`'s alternatives, lower case.
    private static let weekdayNames: [[UInt8]] = WeekdayNames.words.map { Array($0.utf8) }

    /// Ends of a weekday name at `index`, each with its point first.
    func weekdays(at index: Int) throws -> [Int] {
        var ends: [Int] = []
        for name in Self.weekdayNames {
            var offset = 0
            while offset < name.count, let byte = try byte(index + offset), byte | 0x20 == name[offset] {
                offset += 1
            }
            guard offset == name.count else { continue }
            ends += try optional(UInt8(ascii: "."), at: index + offset)
        }
        return ends
    }

    /// Ends of a month word at `index` (`\p{L}[\p{L}\p{M}]{1,11}\.?`): the whole run of letters, with its point, then shorter.
    func monthWords(at index: Int) throws -> [Int] {
        var end = index
        while let byte = try ascii(end), Self.isLetter(byte) { end += 1 }
        let run = end - index
        guard run >= 2 else { return [] }
        var ends: [Int] = []
        if run <= 12, try byte(end) == UInt8(ascii: ".") { ends.append(end + 1) }
        for length in stride(from: min(run, 12), through: 2, by: -1) { ends.append(index + length) }
        return ends
    }

    /// Ends of a day number at `index` (`\d{1,2}`), longest first.
    private func days(at index: Int) throws -> [Int] {
        guard let first = try ascii(index), Self.isDigit(first) else { return [] }
        if let second = try ascii(index + 1), Self.isDigit(second) { return [index + 2, index + 1] }
        return [index + 1]
    }

    /// Ends of an ordinal suffix (`st`, `nd`, `rd`, `th`) at `index`, then none.
    private func ordinals(at index: Int) throws -> [Int] {
        guard let first = try byte(index), let second = try byte(index + 1) else { return [index] }
        let suffix = (first, second)
        let isOrdinal =
            suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68)
        return isOrdinal ? [index + 2, index] : [index]
    }

    /// The date part: optional weekday, then `Month Day` or `Day Month`, then an optional year.
    func dates(from state: State, _ next: Continuation) throws -> State? {
        var starts: [(Int, Range<Int>?)] = try weekdays(at: state.end).map { end in
            var after = try afterSpaces(end)
            if try byte(after) == UInt8(ascii: ",") { after = try afterSpaces(after + 1) }
            return (after, state.end..<end)
        }
        starts.append((state.end, nil))
        for (start, weekday) in starts {
            var captures = state.captures
            captures.weekday = weekday
            for monthEnd in try monthWords(at: start) {
                let dayStart = try afterSpaces(monthEnd)
                for dayEnd in try days(at: dayStart) {
                    for end in try ordinals(at: dayEnd) {
                        captures.month = start..<monthEnd
                        captures.day = dayStart..<dayEnd
                        if let found = try withYears(State(end: end, captures: captures), next) { return found }
                    }
                }
            }
            for dayEnd in try days(at: start) {
                for ordinalEnd in try ordinals(at: dayEnd) {
                    for pointEnd in try optional(UInt8(ascii: "."), at: ordinalEnd) {
                        let monthStart = try afterSpaces(pointEnd)
                        guard monthStart > pointEnd else { continue }
                        for monthEnd in try monthWords(at: monthStart) {
                            captures.month = monthStart..<monthEnd
                            captures.day = start..<dayEnd
                            if let found = try withYears(State(end: monthEnd, captures: captures), next) {
                                return found
                            }
                        }
                    }
                }
            }
        }
        return nil
    }

    /// `state` followed by a year (`, 2016`), then `state` alone.
    private func withYears(_ state: State, _ next: Continuation) throws -> State? {
        var start = try afterSpaces(state.end)
        if try byte(start) == UInt8(ascii: ",") { start = try afterSpaces(start + 1) }
        var plain = state
        plain.captures.year = nil
        let century = (try byte(start), try byte(start + 1))
        guard century == (0x31, 0x39) || century == (0x32, 0x30), let third = try ascii(start + 2),
            let fourth = try ascii(start + 3), Self.isDigit(third), Self.isDigit(fourth)
        else { return try next(plain) }
        var dated = state
        dated.end = start + 4
        dated.captures.year = start..<(start + 4)
        if let found = try next(dated) { return found }
        return try next(plain)
    }

    /// The numeric date part (`5/12`, `2 - 12`, `05/12/2023`): day, separator, month, then a year after the same
    /// kind of separator, or none.
    func numericDates(from state: State, _ next: Continuation) throws -> State? {
        for dayEnd in try days(at: state.end) {
            let separator = try afterSpaces(dayEnd)
            guard let mark = try ascii(separator), "-/.".utf8.contains(mark) else { continue }
            let monthStart = try afterSpaces(separator + 1)
            for monthEnd in try days(at: monthStart) {
                if let digit = try ascii(monthEnd), Self.isDigit(digit) { continue }
                var captures = state.captures
                captures.day = state.end..<dayEnd
                captures.month = monthStart..<monthEnd
                if let mark = try ascii(monthEnd), "-/.".utf8.contains(mark) {
                    let century = (try byte(monthEnd + 1), try byte(monthEnd + 2))
                    if century == (0x31, 0x39) || century == (0x32, 0x30), let third = try ascii(monthEnd + 3),
                        let fourth = try ascii(monthEnd + 4), Self.isDigit(third), Self.isDigit(fourth)
                    {
                        let after = try byte(monthEnd + 5)
                        if after.map({ !Self.isDigit($0) }) ?? true {
                            var dated = captures
                            dated.year = (monthEnd + 1)..<(monthEnd + 5)
                            if let found = try next(State(end: monthEnd + 5, captures: dated)) { return found }
                        }
                    }
                }
                if let found = try next(State(end: monthEnd, captures: captures)) { return found }
            }
        }
        return nil
    }
}
