/// Chooses the author line of a page: JSON-LD authors, then `<meta name=author>` and its cousins, then the text of
/// the page's author or byline element, without a leading "By".
enum HTMLBylineChooser {
    static let metaKeys = [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
    ]

    /// Words that introduce a byline in the languages of the feeds.
    static let leadingWords = ["by ", "von ", "par ", "por ", "di ", "door "]

    static func choose(facts: HTMLPageFacts, jsonLD: HTMLJSONLD) -> String? {
        let authors = jsonLD.authors.map(HTMLTree.collapsingSpaces).filter { !isAddress($0) }
        if !authors.isEmpty { return uniqued(authors).joined(separator: ", ") }
        for key in metaKeys {
            if let value = facts.meta[key].map(HTMLTree.collapsingSpaces), !value.isEmpty, !isAddress(value) {
                return withoutLeadingWord(value)
            }
        }
        return facts.bylines.lazy.map(HTMLTree.collapsingSpaces).map(withoutLeadingWord).first { !$0.isEmpty }
    }

    static func withoutLeadingWord(_ text: String) -> String {
        let lowered = text.lowercased()
        for word in leadingWords where lowered.hasPrefix(word) {
            return String(text.dropFirst(word.count).drop(while: \.isWhitespace))
        }
        return text
    }

    private static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
