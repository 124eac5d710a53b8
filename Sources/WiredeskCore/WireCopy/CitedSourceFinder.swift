import WiredeskText

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
        "citing", "carried by", "a report by", "published by", "broadcast by", "aired by", "monitored by",
    ]
    /// Words that may stand between a phrase and the name besides `the`, at most this many: "according to the
    /// semi-official Tasnim news agency", "told the state-run IRNA".
    static let wordsBeforeName = 3

    private static let extensionBytes = nameExtensions.map { Array($0.utf8) }
    private static let verbBytes = verbsAfter.map { Array($0.utf8) }
    /// Each phrase as written and capitalised, since it may open a sentence ("According to IRNA, ...").
    private static let phraseBytes = phrasesBefore.flatMap { phrase in
        [Array(phrase.utf8), Array((phrase.prefix(1).uppercased() + phrase.dropFirst()).utf8)]
    }

    /// Canonical names of the cited outlets, in order of first mention, without `issuer`.
    static func citedSources(in text: String, excluding issuer: String?) -> [String] {
        return text.withBytes { bytes in
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
    private static func isFollowedByVerb(_ match: AliasTrie.Match, in bytes: ByteView) -> Bool {
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

    /// `phrase [the] [up to three lower-case words] NAME`, the phrase starting a word.
    private static func isCited(_ match: AliasTrie.Match, in bytes: ByteView) -> Bool {
        func phraseEndsAt(_ index: Int) -> Bool {
            let end = TextBytes.beforeSpaces(bytes, from: index)
            guard end < index else { return false }
            return phraseBytes.contains { phrase in
                guard let start = TextBytes.match(phrase, in: bytes, endingAt: end) else { return false }
                return !TextBytes.isWordByte(bytes, at: start - 1)
            }
        }
        var start = match.start
        for _ in 0...wordsBeforeName {
            if phraseEndsAt(start) { return true }
            // Step back over one lower-case word (`the`, `official`, `semi-official`, `state-run`).
            let end = TextBytes.beforeSpaces(bytes, from: start)
            guard end < start else { return false }
            var wordStart = end
            while wordStart > 0, isLowerCaseWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < end, (0x61...0x7A).contains(bytes[wordStart]),
                !functionWords.contains(where: { $0.elementsEqual(bytes[wordStart..<end]) })
            else { return false }
            start = wordStart
        }
        return false
    }

    /// Words that join phrases rather than qualify a name: "reported the arrest of IRNA's correspondent" cites no one.
    private static let functionWords = [
        "of", "in", "on", "at", "for", "from", "with", "by", "to", "and", "or", "a", "an",
    ]
    .map { Array($0.utf8) }

    private static func isLowerCaseWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
    }
}
