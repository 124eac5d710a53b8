import WiredeskText

/// The status tags agencies put before a story that is sent again or changed, which can stand before the dateline:
/// `RPT-LONDON, March 2 -`, `REFILE-UPDATE 2-TOKYO, May 4 (Reuters) -`, `CORRECTED - PARIS, ...`. A tag is a word of
/// `StatusTags` in capitals, with the take number some carry (`UPDATE 2`), followed by a dash; tags may follow one
/// another. The dateline after them is read as if they were not there, and keeps them in its text.
enum StatusPrefix {
    private static let tagBytes: [[UInt8]] = StatusTags.all.map { Array($0.utf8) }

    /// Tags this long are not looked for past: they stand at the very start of a lead.
    static let longestRun = 48

    /// The number of UTF-8 bytes of status tags at the start of `lead`, blanks after them included; 0 when there are
    /// none.
    static func length(in lead: String) -> Int {
        lead.withBytes { bytes in
            var end = 0
            while end < longestRun, let next = tagEnd(in: bytes, at: end) { end = next }
            return end
        }
    }

    /// The end of one tag, its take number and its dash (with the blanks around them) at `start`, or `nil`.
    private static func tagEnd(in bytes: ByteView, at start: Int) -> Int? {
        let count = bytes.count
        func matches(_ tag: [UInt8]) -> Bool {
            start + tag.count <= count && tag.indices.allSatisfy { bytes[start + $0] == tag[$0] }
        }
        guard let tag = tagBytes.first(where: matches) else { return nil }
        var index = start + tag.count
        // The word ends here: `RUSHES` or `KILLED` is no tag.
        if index < count, ASCIIByte.isLetter(bytes[index]) { return nil }
        func skipBlanks() { while index < count, bytes[index] == 0x20 { index += 1 } }
        skipBlanks()
        var digits = 0
        while index < count, digits < 3, ASCIIByte.isDigit(bytes[index]) {
            index += 1
            digits += 1
        }
        skipBlanks()
        var dashes = 0
        while index < count, bytes[index] == UInt8(ascii: "-") {
            index += 1
            dashes += 1
        }
        if dashes == 0, index + 2 < count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
            (0x93...0x94).contains(bytes[index + 2])
        {
            index += 3
            dashes = 1
        }
        guard (1...2).contains(dashes) else { return nil }
        skipBlanks()
        return index < count ? index : nil
    }
}
