import WiredeskText

/// How much of one title's wording another repeats: 1 when every word of the second is in the first.
///
/// Used to recognise the page's headline inside the article (so the body does not start with it again) and to
/// decide whether title candidates from different sources agree.
enum HTMLTitleSimilarity {
    static func similarity(_ reference: String, _ candidate: String) -> Double {
        let referenceWords = Set(words(reference))
        let candidateWords = words(candidate)
        guard !candidateWords.isEmpty else { return 0 }
        let joinedLength = candidateWords.joined(separator: " ").count
        let unique = candidateWords.filter { !referenceWords.contains($0) }
        let uniqueLength = unique.joined(separator: " ").count
        return 1 - Double(uniqueLength) / Double(joinedLength)
    }

    /// Lower-cased runs of letters and digits.
    static func words(_ text: String) -> [String] {
        if let words = asciiWords(text) { return words }
        return text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// `words` of an ASCII text, read on its bytes (where letters and digits are `A-Z`, `a-z` and `0-9`); `nil`
    /// for any other text. Most titles and paragraphs compared are ASCII, and splitting Characters is slow.
    private static func asciiWords(_ text: String) -> [String]? {
        return text.withBytes { utf8 -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                let lower = byte | 0x20
                if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    word.append(byte >= 0x30 && byte <= 0x39 ? byte : lower)
                } else if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
    }
}
