import WiredeskText

/// Reads `DatelineParser.forms` on the UTF-8 of a lead's head, without a regular expression: each part of a form
/// lists where it may end, in the order the part's pattern would try them, and a form matches when its parts can follow
/// one another. The result is the one the form's pattern would give.
///
/// Characters whose class only Unicode tables decide (a letter outside ASCII, a no-break space) are left to the
/// patterns: on meeting one where it matters, the reader gives up and says so.
struct DatelineRecogniser {
    /// The reader met a character it leaves to the patterns.
    struct GiveUp: Error {}

    /// What the parts of a form captured, as byte ranges of the head.
    struct Captures {
        var place: Range<Int>?
        var region: Range<Int>?
        var weekday: Range<Int>?
        var month: Range<Int>?
        var day: Range<Int>?
        var year: Range<Int>?
        var agency: Range<Int>?
    }

    /// A way a form's parts so far can have matched: where the next part starts and what was captured.
    struct State {
        var end: Int
        var captures = Captures()
    }

    let bytes: ByteView
    /// Bytes that may be read; reading at or past it gives up when the head was cut from a longer lead.
    let limit: Int
    let isCut: Bool

    init(_ bytes: ByteView, limit: Int) {
        self.bytes = bytes
        self.limit = min(limit, bytes.count)
        isCut = bytes.count > limit
    }

    /// The first way `parts` match from the start of the head, as the form's pattern would find it. Each part hands
    /// its ends, most preferred first, straight to the rest of the form: the first complete match stops the search, so
    /// alternatives a pattern would never reach are never read.
    func match(_ parts: ArraySlice<DatelineParser.Part>, from state: State = State(end: 0)) throws -> State? {
        guard let part = parts.first else { return state }
        let rest = parts.dropFirst()
        return try ends(of: part, from: state) { try match(rest, from: $0) }
    }

    /// What follows a part: the rest of the form from one of the part's ends, `nil` when it does not match from there.
    typealias Continuation = (State) throws -> State?

    // MARK: Bytes

    /// The byte at `index`, `nil` past the end of the text.
    @inline(__always)
    func byte(_ index: Int) throws -> UInt8? {
        if index < limit { return bytes[index] }
        if isCut { throw GiveUp() }
        return nil
    }

    /// The ASCII byte at `index`; a byte of a multi-byte character gives up.
    @inline(__always)
    func ascii(_ index: Int) throws -> UInt8? {
        guard let byte = try byte(index) else { return nil }
        if byte >= 0x80 { throw GiveUp() }
        return byte
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { LineCue.isLetter(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    /// `[\p{L}\p{M}'’.\-]` on ASCII.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// The index after the whitespace run at `index` (`\s*`); a space outside ASCII gives up.
    func afterSpaces(_ index: Int) throws -> Int {
        var index = index
        while let byte = try byte(index) {
            if TextBytes.isSpace(byte) {
                index += 1
            } else {
                if byte >= 0x80, try isWideSpace(index) { throw GiveUp() }
                break
            }
        }
        return index
    }

    /// Whether a multi-byte character at `index` is a Unicode space (`\s` but not ASCII).
    private func isWideSpace(_ index: Int) throws -> Bool {
        let first = bytes[index]
        let second = try byte(index + 1) ?? 0
        if first == 0xC2 { return second == 0xA0 || second == 0x85 }
        let third = first >= 0xE0 ? try byte(index + 2) ?? 0 : 0
        switch (first, second) {
        // U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000
        case (0xE1, 0x9A): return third == 0x80
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF
        case (0xE2, 0x81): return third == 0x9F
        case (0xE3, 0x80): return third == 0x80
        default: return false
        }
    }

    /// The index after the word at `index` (`[\p{L}\p{M}'’.\-]*`).
    private func afterWord(_ index: Int) throws -> Int {
        var index = index
        while let byte = try ascii(index), Self.isWordByte(byte) { index += 1 }
        return index
    }

    // MARK: Parts

    /// Hands each place where `part` may end, when it starts at `state.end`, to `next`, most preferred first; returns
    /// the first match `next` completes.
    private func ends(of part: DatelineParser.Part, from state: State, _ next: Continuation) throws -> State? {
        let start = state.end
        func at(_ end: Int) -> State {
            var next = state
            next.end = end
            return next
        }
        /// `next` from each of `ends` in turn.
        func each(_ ends: some Sequence<Int>, _ capture: WritableKeyPath<Captures, Range<Int>?>? = nil, from first: Int)
            throws -> State?
        {
            for end in ends {
                var state = at(end)
                if let capture { state.captures[keyPath: capture] = first..<end }
                if let found = try next(state) { return found }
            }
            return nil
        }
        switch part {
        case .junk:
            var index = start
            while index < start + 2, let byte = try byte(index), (0x61...0x7A).contains(byte) { index += 1 }
            guard index > start else { return try next(at(start)) }
            let after = try afterSpaces(index)
            if after - index >= 2, let found = try next(at(after)) { return found }
            return try next(at(start))
        case .place, .anyCasePlace:
            guard let first = try byte(start) else { return nil }
            if first >= 0x80 {
                // Punctuation from U+2010–U+206F (curly quotes, dashes) is no letter; other characters may be.
                guard first == 0xE2, try byte(start + 1) == 0x80 else { throw GiveUp() }
                return nil
            }
            let isPlace = part == .place
            guard isPlace ? Self.isUpper(first) : Self.isLetter(first) else { return nil }
            // The words after the first (`firstEnd`), longest run first, as the pattern's repetition tries them.
            func ends(after firstEnd: Int) throws -> [Int] {
                var ends = [firstEnd]
                while ends.count < (isPlace ? 5 : 3) {
                    var index = ends[ends.count - 1]
                    var spaces = 0
                    while spaces < 2, try byte(index) == 0x20 {
                        index += 1
                        spaces += 1
                    }
                    guard spaces > 0, let next = try ascii(index), Self.isLetter(next) else { break }
                    ends.append(try afterWord(index + 1))
                }
                return ends.reversed()
            }
            let firstEnd = try afterWord(start + 1)
            // `Frankfurt/Main`: a place's first word may go on after a slash with a capital; the pattern tries that
            // first and the plain word after it.
            if isPlace, try byte(firstEnd) == UInt8(ascii: "/"), let capital = try byte(firstEnd + 1) {
                if capital >= 0x80 { throw GiveUp() }
                if Self.isUpper(capital),
                    let found = try each(ends(after: try afterWord(firstEnd + 2)), \.place, from: start)
                {
                    return found
                }
            }
            return try each(ends(after: firstEnd), \.place, from: start)
        case .region:
            let comma = try afterSpaces(start)
            guard try byte(comma) == UInt8(ascii: ",") else { return try next(at(start)) }
            let first = try afterSpaces(comma + 1)
            guard let byte = try ascii(first), Self.isUpper(byte) else { return try next(at(start)) }
            var ends = [try afterWord(first + 1)]
            while ends.count < 3, try self.byte(ends[ends.count - 1]) == 0x20,
                let next = try ascii(ends[ends.count - 1] + 1), Self.isUpper(next)
            {
                ends.append(try afterWord(ends[ends.count - 1] + 2))
            }
            if let found = try each(ends.reversed(), \.region, from: first) { return found }
            return try next(at(start))
        case .dateSeparator:
            let comma = try afterSpaces(start)
            if try byte(comma) == UInt8(ascii: ","), let found = try next(at(try afterSpaces(comma + 1))) {
                return found
            }
            if start > 0, bytes[start - 1] == UInt8(ascii: "."), case let after = try afterSpaces(start), after > start
            {
                return try next(at(after))
            }
            return nil
        case .date:
            return try dates(from: state, next)
        case .weekday:
            return try each(try weekdays(at: start), \.weekday, from: start)
        case .month:
            return try each(try monthWords(at: start), \.month, from: start)
        case .bracketedAgency:
            return try enclosedAgency(
                from: state, mark: UInt8(ascii: "("), closing: UInt8(ascii: ")"), longest: 40, next)
        case .slashedAgency:
            return try enclosedAgency(
                from: state, mark: UInt8(ascii: "/"), closing: UInt8(ascii: "/"), longest: 25, next)
        case .namedAgency:
            // Near the cut, a name could run past what the reader may see.
            if isCut && limit - start < 64 { throw GiveUp() }
            guard limit > start else { return nil }
            let head = bytes.view(0..<limit)
            let matches = AgencyCatalog.aliasTrie.matches(in: head, at: start, wholeWord: false)
            return try each(matches.lazy.map(\.end), \.agency, from: start)
        case .dash:
            return try dash(at: start).map { try next(at($0)) } ?? nil
        case .leadDash:
            guard let end = try dash(at: start) else { return nil }
            let blankBefore = try byte(start).map(TextBytes.isSpace) ?? false
            return blankBefore || TextBytes.isSpace(bytes[end - 1]) ? try next(at(end)) : nil
        case .dashOrCapital:
            if let end = try dash(at: start) { return try next(at(end)) }
            let after = try afterSpaces(start)
            guard after > start, let byte = try byte(after) else { return nil }
            if byte >= 0x80 {
                // A capital outside ASCII is left to the patterns; an opening curly quote is read here.
                guard try isOpeningDoubleQuote(after) else { throw GiveUp() }
                return try next(at(after))
            }
            return Self.isUpper(byte) || byte == UInt8(ascii: "\"") ? try next(at(after)) : nil
        case .spaces:
            return try next(at(try afterSpaces(start)))
        case .comma:
            let comma = try afterSpaces(start)
            guard try byte(comma) == UInt8(ascii: ",") else { return nil }
            return try next(at(try afterSpaces(comma + 1)))
        case .optionalComma:
            var end = try afterSpaces(start)
            if try byte(end) == UInt8(ascii: ",") { end = try afterSpaces(end + 1) }
            return try next(at(end))
        case .optionalPoint:
            return try each(try optional(UInt8(ascii: "."), at: start), from: start)
        case .optionalOpeningBracket:
            return try each(try optional(UInt8(ascii: "("), at: start), from: start)
        case .optionalClosingBracket:
            return try each(try optional(UInt8(ascii: ")"), at: start), from: start)
        case .numericDate:
            return try numericDates(from: state, next)
        case .spacedDash:
            let dash = try afterSpaces(start)
            guard dash > start, try byte(dash) == UInt8(ascii: "-") else { return nil }
            let after = try afterSpaces(dash + 1)
            return after > dash + 1 ? try next(at(after)) : nil
        case .blank:
            let after = try afterSpaces(start)
            if after > start { return try next(at(after)) }
            // The end of the paragraph (a cut head cannot tell, and gives up).
            return try byte(start) == nil ? try next(at(start)) : nil
        case .dashOrPoint:
            if let end = try dash(at: start) { return try next(at(end)) }
            guard try byte(start) == UInt8(ascii: "."), case let after = try afterSpaces(start + 1), after > start + 1
            else { return nil }
            return try next(at(after))
        case .arabicIn, .hijriDate, .eraMark, .reportOpening, .hanPlace, .hanDate, .hanReporters, .cornerOpen,
            .cornerPlace, .cornerClose, .equalsPlace, .closingBracket, .koreanReporters, .leadDay:
            // Parts of scripts beyond ASCII: a head that reaches one in ASCII cannot match it, and one that does not
            // is left to the patterns.
            return try nonASCIIPart(part, from: state)
        }
    }

    /// What the reader says of a part it leaves to the patterns: no match where the part's first character must lie
    /// outside ASCII (or be a bracket) and the head shows another.
    private func nonASCIIPart(_ part: DatelineParser.Part, from state: State) throws -> State? {
        let first = try afterSpaces(state.end)
        guard let byte = try byte(first) else { return nil }
        switch part {
        case .equalsPlace:
            guard byte == UInt8(ascii: "(") else { return nil }
        case .closingBracket:
            guard byte == UInt8(ascii: ")") else { return nil }
        case .hijriDate:
            // A day in figures, then a Hijri month's name, in Arabic script.
            var index = first
            while let digit = try self.byte(index), Self.isDigit(digit) { index += 1 }
            guard let next = try self.byte(try afterSpaces(index)), next >= 0x80 else { return nil }
        case .eraMark, .hanReporters, .koreanReporters, .leadDay:
            // Optional parts: only the patterns know whether they take anything.
            break
        default:
            guard byte >= 0x80 else { return nil }
        }
        throw GiveUp()
    }

    /// `mark?`: after the mark if it is there, then without it.
    func optional(_ mark: UInt8, at index: Int) throws -> [Int] {
        try byte(index) == mark ? [index + 1, index] : [index]
    }

    private func isOpeningDoubleQuote(_ index: Int) throws -> Bool {
        let second = try byte(index + 1)
        let third = try byte(index + 2)
        return bytes[index] == 0xE2 && second == 0x80 && third == 0x9C
    }

    /// `(Xinhua)` or `/TASS/.`: the name runs to the first closing mark, without the blanks around it.
    private func enclosedAgency(
        from state: State, mark: UInt8, closing: UInt8, longest: Int, _ next: Continuation
    ) throws -> State? {
        guard try byte(state.end) == mark else { return nil }
        let first = try afterSpaces(state.end + 1)
        var index = first
        let isBracket = mark == UInt8(ascii: "(")
        while let byte = try ascii(index), byte != closing, byte != 0x0A,
            !isBracket || byte != UInt8(ascii: "(")
        {
            index += 1
        }
        guard try byte(index) == closing else { return nil }
        var last = index
        while last > first, TextBytes.isSpace(bytes[last - 1]) { last -= 1 }
        // A name of one character could still match with the blank before it: left to the pattern.
        if last - first < 2 { throw GiveUp() }
        guard last - first <= longest else { return nil }
        var captures = state.captures
        captures.agency = first..<last
        var ends = try optional(UInt8(ascii: "."), at: index + 1)
        if closing == UInt8(ascii: "/") {
            // `/TASS/.` needs blanks after it.
            ends = try ends.compactMap { end in
                let after = try afterSpaces(end)
                return after > end ? after : nil
            }
        }
        for end in ends {
            if let found = try next(State(end: end, captures: captures)) { return found }
        }
        return nil
    }

    /// The end of a dash at `index` (after the blanks around it), or `nil`: 1–3 hyphens, 1–2 en/em dashes, a colon or
    /// an underscore, followed by a blank, letter, digit, quote, `<` or `(`.
    private func dash(at index: Int) throws -> Int? {
        let start = try afterSpaces(index)
        guard let first = try byte(start) else { return nil }
        var end = start
        if first == UInt8(ascii: "-") {
            while try byte(end) == UInt8(ascii: "-") { end += 1 }
            guard end - start <= 3 else { return nil }
        } else if first == UInt8(ascii: ":") || first == UInt8(ascii: "_") {
            end += 1
        } else if first == 0xE2 {
            while try isWideDash(end) { end += 3 }
            guard end > start, end - start <= 6 else { return nil }
        } else {
            return nil
        }
        // The end of the paragraph: the lead is the next one.
        guard let next = try byte(end) else { return end }
        if next >= 0x80 {
            // Curly quotes and wide spaces may follow; a letter outside ASCII is left to the patterns.
            let second = try byte(end + 1)
            let third = try byte(end + 2)
            let isQuote = next == 0xE2 && second == 0x80 && (third == 0x9C || third == 0x98)
            let isSpace = try isWideSpace(end)
            guard isQuote || isSpace else { throw GiveUp() }
        } else {
            let follows =
                TextBytes.isSpace(next) || Self.isLetter(next) || Self.isDigit(next)
                || "\"'<(".utf8.contains(next)
            guard follows else { return nil }
        }
        return try afterSpaces(end)
    }

    /// `‐`, `‑`, `‒`, `–`, `—` or `―` (U+2010–U+2015) at `index`.
    private func isWideDash(_ index: Int) throws -> Bool {
        guard try byte(index) == 0xE2, try byte(index + 1) == 0x80, let last = try byte(index + 2) else { return false }
        return (0x90...0x95).contains(last)
    }
}
