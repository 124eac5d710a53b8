/// A word of up to 16 UTF-8 bytes packed into two machine words: built byte by byte while a text is read, compared
/// and hashed without a `String`, so the cue words of the cleaning rules and the stop words of the language tables
/// cost no allocation to look up.
struct ShortWord: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    /// Bytes appended; past 16 the extra bytes are counted but not kept, and the word matches no table entry.
    var length = 0

    init() {}

    init(_ text: some StringProtocol) {
        self.init(text.utf8)
    }

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { append(byte) }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if length < 8 {
            low |= UInt64(byte) << UInt64(8 * length)
        } else if length < 16 {
            high |= UInt64(byte) << UInt64(8 * (length - 8))
        }
        length += 1
    }

    /// Whether this word starts with `prefix`.
    func hasPrefix(_ prefix: ShortWord) -> Bool {
        guard prefix.length <= length, prefix.length <= 16 else { return false }
        func mask(_ bytes: Int) -> UInt64 { bytes >= 8 ? ~0 : bytes <= 0 ? 0 : (1 << UInt64(8 * bytes)) - 1 }
        return low & mask(prefix.length) == prefix.low && high & mask(prefix.length - 8) == prefix.high
    }
}

/// An open-addressing hash table from short words to a set of up to 32 flags (languages using a stop word, rules a
/// cue word calls up): looking a word up costs a multiplication and a comparison or two.
struct ShortWordTable: Sendable {
    /// Longest word (in UTF-8 bytes) a table holds; longer words are in no table.
    static let longestWord = 16

    private static let capacity = 1 << 10
    private var keys = [ShortWord](repeating: ShortWord(), count: capacity)
    private var masks = [UInt32](repeating: 0, count: capacity)

    @inline(__always)
    private static func slot(of key: ShortWord) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.length)
        return Int(truncatingIfNeeded: mixed >> 54) & (capacity - 1)
    }

    /// Adds flag `bit` (0–31) to `word`'s set.
    mutating func add(_ word: ShortWord, bit: Int) {
        precondition(word.length <= Self.longestWord && (0..<32).contains(bit))
        var slot = Self.slot(of: word)
        while keys[slot].length != 0, keys[slot] != word { slot = (slot + 1) & (Self.capacity - 1) }
        keys[slot] = word
        masks[slot] |= 1 << UInt32(bit)
    }

    /// The flags of `word`, 0 when the table does not hold it.
    @inline(__always)
    func bits(of word: ShortWord) -> UInt32 {
        guard word.length > 0, word.length <= Self.longestWord else { return 0 }
        var slot = Self.slot(of: word)
        while keys[slot].length != 0 {
            if keys[slot] == word { return masks[slot] }
            slot = (slot + 1) & (Self.capacity - 1)
        }
        return 0
    }
}
