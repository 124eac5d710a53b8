import WiredeskText

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
        // Names in other scripts (`ТАСС`, `新华社`) start with a byte past ASCII: the scan takes every such lane as a
        // candidate, so only ASCII bytes other than capitals are listed.
        startsBeyondASCII = (0x80...0xFF).contains { startsAlias[$0] }
        otherStarts = (0...0x7F).filter { startsAlias[$0] && !(0x41...0x5A).contains($0) }.map {
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
    func matches(in bytes: ByteView, at start: Int, wholeWord: Bool = true) -> [Match] {
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
    /// read eight bytes at a time: lanes holding a capital, a byte past ASCII (or another byte some alias starts with)
    /// right after a byte that is no ASCII letter are the only candidates, and each is checked exactly. Most eight-byte runs of
    /// running text hold none.
    func forEachPossibleStart(in bytes: ByteView, _ body: (Int) -> Void) {
        // Lanes after an ASCII letter are no candidates. (A digit before a capital leaves one that the exact check
        // rejects.)
        var index = 0
        let otherStarts = otherStartLanes
        let otherCount = self.otherStarts.count
        guard otherCount <= 4 else { return forEachPossibleStartByByte(in: bytes, body) }
        while index + 8 <= bytes.count {
            let word = bytes.word(at: index)
            var starts = ByteLanes.within(word, 0x41...0x5A)
            if startsBeyondASCII { starts |= ByteLanes.nonASCII(word) }
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
            let previousIsWord: UInt64 = index > 0 && ASCIIByte.isLetter(bytes[index - 1]) ? 0x80 : 0
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
    /// Whether some alias starts with a byte past ASCII.
    private var startsBeyondASCII = false
    /// The first four of `otherStarts`, for the unrolled scan.
    private var otherStartLanes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// `forEachPossibleStart` one byte at a time, for a catalogue with more first bytes than the scan unrolls.
    private func forEachPossibleStartByByte(in bytes: ByteView, _ body: (Int) -> Void) {
        for index in bytes.indices where mayStart(bytes, at: index) { body(index) }
    }

    /// Whether an alias may start at `index`: a word start whose first byte some alias starts with.
    /// Whether some alias starts with `byte`, wherever it stands: Chinese and Japanese datelines run an agency's
    /// name into the city (`新华社北京`, `【大阪共同】`), with no word boundary before it.
    func startsSomeAlias(_ byte: UInt8) -> Bool { startsAlias[Int(byte)] }

    func mayStart(_ bytes: ByteView, at index: Int) -> Bool {
        guard startsAlias[Int(bytes[index])] else { return false }
        return !TextBytes.isWordByte(bytes, at: index - 1)
    }
}
