/// Finds the news outlets a story cites as its sources: "Press TV reported", "told IRNA", "according to Tasnim".
///
/// Only names in `AgencyCatalog` count, so the names come out canonical; the phrases that make a mention a citation
/// are the tables below: the words that may follow the name, the verb after it, and the phrase before it. The text is
/// scanned once for catalogue names (`AliasTrie`); the phrases are only looked at around the names found.
enum CitedSourceFinder {
    /// What may stand between the name and the verb: "IRNA news agency reported", "Press TV's website said".
    static let nameExtensions = [
        "news agency", "agency", "television", "TV", "channel", "website", "correspondent", "reporter", "report",
    ]

    /// Verbs that make the name before them a cited source.
    static let verbsAfter = [
        "reported", "reports", "said", "says", "quoted", "cited", "wrote", "added", "announced", "learned",
        "carried", "published",
    ]
    /// Phrases that make the name after them (or after "the" and the name) a cited source.
    static let phrasesBefore = [
        "told", "spoke to", "according to", "quoted by", "cited by", "reported by", "in an interview with",
        "speaking to", "talking to", "quoting", "said to", "in remarks to", "in a statement to", "reported", "reports",
    ]

    private static let extensionBytes = nameExtensions.map { Array($0.utf8) }
    private static let verbBytes = verbsAfter.map { Array($0.utf8) }
    private static let phraseBytes = phrasesBefore.map { Array($0.utf8) }
    private static let theBytes = Array("the".utf8)

    /// Canonical names of the cited outlets, in order of first mention, without `issuer`.
    static func citedSources(in text: String, excluding issuer: String?) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var found: [String] = []
            let trie = AgencyCatalog.aliasTrie
            trie.forEachPossibleStart(in: bytes) { index in
                for match in trie.matches(in: bytes, at: index)
                where match.canonical != issuer && (isFollowedByVerb(match, in: bytes) || isCited(match, in: bytes)) {
                    if !found.contains(match.canonical) { found.append(match.canonical) }
                    break
                }
            }
            return found
        }
    }

    /// `NAME['s] [extension] verb`, the verb a whole word.
    private static func isFollowedByVerb(_ match: AliasTrie.Match, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = match.end
        if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
            index += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            index += 3
        }
        if index > match.end, index < bytes.count, bytes[index] == UInt8(ascii: "s") { index += 1 }
        func verbFollows(_ index: Int) -> Bool {
            let start = TextBytes.afterSpaces(bytes, from: index)
            guard start > index else { return false }
            return verbBytes.contains { verb in
                guard let end = TextBytes.match(verb, in: bytes, at: start) else { return false }
                return !TextBytes.isWordByte(bytes, at: end) && (end >= bytes.count || bytes[end] != UInt8(ascii: "_"))
            }
        }
        if verbFollows(index) { return true }
        let start = TextBytes.afterSpaces(bytes, from: index)
        guard start > index else { return false }
        return extensionBytes.contains { words in
            TextBytes.match(words, in: bytes, at: start).map(verbFollows) ?? false
        }
    }

    /// `phrase [the] NAME`, the phrase starting a word.
    private static func isCited(_ match: AliasTrie.Match, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func phraseEndsAt(_ index: Int) -> Bool {
            let end = TextBytes.beforeSpaces(bytes, from: index)
            guard end < index else { return false }
            return phraseBytes.contains { phrase in
                guard let start = TextBytes.match(phrase, in: bytes, endingAt: end) else { return false }
                return !TextBytes.isWordByte(bytes, at: start - 1)
            }
        }
        if phraseEndsAt(match.start) { return true }
        let end = TextBytes.beforeSpaces(bytes, from: match.start)
        guard end < match.start, let the = TextBytes.match(theBytes, in: bytes, endingAt: end),
            !TextBytes.isWordByte(bytes, at: the - 1)
        else { return false }
        return phraseEndsAt(the)
    }
}
