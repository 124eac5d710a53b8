/// Finds the agency aliases of `AgencyCatalog` in running text by walking a byte trie, instead of trying a regular
/// expression alternation of every alias at every position.
///
/// Aliases match as written (case-sensitive, since several are common words in some language); a space inside an
/// alias matches any run of whitespace; a match must stand as a whole word (no letter or digit on either side).
struct AliasTrie: Sendable {
    private struct Node: Sendable {
        var edges: [(byte: UInt8, next: Int32)] = []
        /// The canonical name of the alias ending here.
        var canonical: String?
    }

    private var nodes = [Node()]
    /// For each byte value, whether some alias starts with it.
    private var startsAlias = [Bool](repeating: false, count: 256)
    /// The byte an alias's space is stored as in the trie.
    private static let anySpace: UInt8 = 0x20

    init(aliases: [(alias: String, canonical: String)]) {
        for (alias, canonical) in aliases {
            var node = 0
            var previousWasSpace = false
            for byte in alias.utf8 {
                let isSpace = TextBytes.isSpace(byte)
                if isSpace && previousWasSpace { continue }
                previousWasSpace = isSpace
                node = child(of: node, byte: isSpace ? Self.anySpace : byte)
            }
            if nodes[node].canonical == nil { nodes[node].canonical = canonical }
            if let first = alias.utf8.first { startsAlias[Int(first)] = true }
        }
        otherStarts = (0...255).filter { startsAlias[$0] && !(0x41...0x5A).contains($0) }.map {
            ByteLanes.broadcast(UInt8($0))
        }
        let lanes = otherStarts + [0, 0, 0, 0]
        otherStartLanes = (lanes[0], lanes[1], lanes[2], lanes[3])
    }

    private mutating func child(of node: Int, byte: UInt8) -> Int {
        if let edge = nodes[node].edges.first(where: { $0.byte == byte }) { return Int(edge.next) }
        nodes.append(Node())
        nodes[node].edges.append((byte, Int32(nodes.count - 1)))
        return nodes.count - 1
    }

    /// A whole-word alias found in text: the byte range it covers and the agency it names.
    struct Match {
        var start: Int
        var end: Int
        var canonical: String
    }

    /// Every alias that starts at `start` and ends at a word boundary (or anywhere, when `wholeWord` is false),
    /// longest first.
    func matches(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, wholeWord: Bool = true) -> [Match] {
        var found: [Match] = []
        var node = 0
        var index = start
        while true {
            if let canonical = nodes[node].canonical, index > start,
                !wholeWord || !TextBytes.isWordByte(bytes, at: index)
            {
                found.append(Match(start: start, end: index, canonical: canonical))
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if TextBytes.isSpace(byte) || TextBytes.isNoBreakSpace(bytes, at: index) {
                guard let edge = nodes[node].edges.first(where: { $0.byte == Self.anySpace }) else { break }
                index = TextBytes.afterSpaces(bytes, from: index)
                node = Int(edge.next)
                continue
            }
            guard let edge = nodes[node].edges.first(where: { $0.byte == byte }) else { break }
            node = Int(edge.next)
            index += 1
        }
        return found.reversed()
    }

    /// Calls `body` at each index of `bytes` where an alias may start (as `mayStart` decides), in order. The text is
    /// read eight bytes at a time: lanes holding a capital (or another byte some alias starts with) right after a byte
    /// that is no ASCII letter are the only candidates, and each is checked exactly. Most eight-byte runs of
    /// running text hold none.
    func forEachPossibleStart(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let text = bytes.baseAddress else { return }
        // Lanes after an ASCII letter are no candidates. (A digit before a capital leaves one that the exact check
        // rejects.)
        var index = 0
        let otherStarts = otherStartLanes
        let otherCount = self.otherStarts.count
        guard otherCount <= 4 else { return forEachPossibleStartByByte(in: bytes, body) }
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(text + index).loadUnaligned(as: UInt64.self)
            var starts = ByteLanes.within(word, 0x41...0x5A)
            // Unrolled for the usual handful of such bytes.
            if otherCount > 0 { starts |= ByteLanes.equal(word, broadcast: otherStarts.0) }
            if otherCount > 1 { starts |= ByteLanes.equal(word, broadcast: otherStarts.1) }
            if otherCount > 2 { starts |= ByteLanes.equal(word, broadcast: otherStarts.2) }
            if otherCount > 3 { starts |= ByteLanes.equal(word, broadcast: otherStarts.3) }
            guard starts != 0 else {
                index += 8
                continue
            }
            // Setting 0x20 folds capitals onto small letters and moves no other byte into a–z.
            let wordBytes = ByteLanes.within(word | 0x2020_2020_2020_2020, 0x61...0x7A)
            let previousIsWord: UInt64 = index > 0 && LineCue.isLetter(text[index - 1]) ? 0x80 : 0
            starts &= ~(wordBytes << 8 | previousIsWord)
            while starts != 0 {
                let candidate = index + starts.trailingZeroBitCount / 8
                starts &= starts - 1
                if mayStart(bytes, at: candidate) { body(candidate) }
            }
            index += 8
        }
        while index < bytes.count {
            if mayStart(bytes, at: index) { body(index) }
            index += 1
        }
    }

    /// Bytes other than capitals that some alias starts with (`dpa`), each repeated in all eight lanes.
    private var otherStarts: [UInt64] = []
    /// The first four of `otherStarts`, for the unrolled scan.
    private var otherStartLanes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// `forEachPossibleStart` one byte at a time, for a catalogue with more first bytes than the scan unrolls.
    private func forEachPossibleStartByByte(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        for index in bytes.indices where mayStart(bytes, at: index) { body(index) }
    }

    /// Whether an alias may start at `index`: a word start whose first byte some alias starts with.
    func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard startsAlias[Int(bytes[index])] else { return false }
        return !TextBytes.isWordByte(bytes, at: index - 1)
    }
}

/// Tests on the eight bytes of a `UInt64` at once: each sets the high bit of the lanes whose byte passes.
enum ByteLanes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Lanes holding a byte of a multi-byte character.
    @inline(__always)
    static func nonASCII(_ word: UInt64) -> UInt64 { word & highBits }

    /// Lanes holding an ASCII byte within `range`. With the high bits cleared, adding at most 0x80 to a byte carries
    /// into no other lane.
    @inline(__always)
    static func within(_ word: UInt64, _ range: ClosedRange<UInt8>) -> UInt64 {
        let low = word & ~highBits
        let atLeastLower = low &+ ones &* UInt64(0x80 - range.lowerBound)
        let aboveUpper = low &+ ones &* UInt64(0x7F - range.upperBound)
        return atLeastLower & ~aboveUpper & ~word & highBits
    }

    /// `byte` in every lane.
    static func broadcast(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// Lanes holding the byte `broadcast` repeats.
    @inline(__always)
    static func equal(_ word: UInt64, broadcast: UInt64) -> UInt64 {
        let difference = word ^ broadcast
        return ~(((difference & ~highBits) &+ ~highBits) | difference) & highBits
    }
}

/// Byte-level character classes for UTF-8 text, standing in for `\s`, `\b` and `[\p{L}\d]`: ASCII is decided
/// exactly; any byte of a multi-byte character counts as part of a word, as nearly all such characters in news copy
/// are letters.
enum TextBytes {
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// U+00A0, the no-break space.
    @inline(__always)
    static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    /// Whether the byte at `index` belongs to a word (letter or digit); `false` outside the text.
    @inline(__always)
    static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let byte = bytes[index]
        if byte >= 0x80 {
            // The no-break space is the one common non-letter among multi-byte characters.
            return !isNoBreakSpace(bytes, at: index) && !(byte == 0xA0 && index > 0 && bytes[index - 1] == 0xC2)
        }
        return LineCue.isLetter(byte) || (0x30...0x39).contains(byte)
    }

    /// The index after the run of whitespace starting at `index`.
    static func afterSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if isNoBreakSpace(bytes, at: index) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// The index at which the run of whitespace ending just before `index` starts.
    static func beforeSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index > 0 {
            if isSpace(bytes[index - 1]) {
                index -= 1
            } else if index >= 2, bytes[index - 2] == 0xC2, bytes[index - 1] == 0xA0 {
                index -= 2
            } else {
                break
            }
        }
        return index
    }

    /// Whether `word` (ASCII, spaces standing for runs of whitespace) is written in `bytes` from `index`; returns the
    /// index after it.
    static func match(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        var index = index
        for byte in word {
            if byte == 0x20 {
                let after = afterSpaces(bytes, from: index)
                guard after > index else { return nil }
                index = after
            } else {
                guard index < bytes.count, bytes[index] == byte else { return nil }
                index += 1
            }
        }
        return index
    }

    /// Whether `word` is written in `bytes` ending just before `end`; returns the index where it starts.
    static func match(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        var index = end
        for byte in word.reversed() {
            if byte == 0x20 {
                let before = beforeSpaces(bytes, from: index)
                guard before < index else { return nil }
                index = before
            } else {
                guard index > 0, bytes[index - 1] == byte else { return nil }
                index -= 1
            }
        }
        return index
    }
}
