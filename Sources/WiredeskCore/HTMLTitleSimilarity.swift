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
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
