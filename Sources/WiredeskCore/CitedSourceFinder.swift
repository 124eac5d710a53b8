import Foundation

/// Finds the news outlets a story cites as its sources: "Press TV reported", "told IRNA", "according to Tasnim".
///
/// Only names in `AgencyCatalog` count, so the names come out canonical; the phrases that make a mention a citation
/// are the two tables below, one for the verb after the name and one for the words before it.
enum CitedSourceFinder {
    private static let name = "(?<![\\p{L}\\d])(?:the\\s+)?(?<name>\(AgencyCatalog.guardedAliasPattern))(?![\\p{L}\\d])"
    /// What may stand between the name and the verb: "IRNA news agency reported", "Press TV's website said".
    private static let nameExtension =
        "(?:['’]s?)?(?:\\s+(?:news\\s+agency|agency|television|TV|channel|website|correspondent|reporter|report))?"

    /// Verbs that make the name before them a cited source.
    static let verbsAfter = [
        "reported", "reports", "said", "says", "quoted", "cited", "wrote", "added", "announced", "learned",
        "carried", "published",
    ]
    /// Phrases that make the name after them a cited source.
    static let phrasesBefore = [
        "told", "spoke to", "according to", "quoted by", "cited by", "reported by", "in an interview with",
        "speaking to",
        "talking to", "quoting", "said to", "in remarks to", "in a statement to", "reported", "reports",
    ]

    private static let patterns: [TextPattern] = [
        TextPattern("\(name)\(nameExtension)\\s+(?:\(verbsAfter.joined(separator: "|")))\\b"),
        TextPattern(
            "\\b(?:\(phrasesBefore.map { $0.replacingOccurrences(of: " ", with: "\\s+") }.joined(separator: "|")))"
                + "\\s+\(name)"),
    ]

    /// Canonical names of the cited outlets, in order of first mention, without `issuer`.
    static func citedSources(in text: String, excluding issuer: String?) -> [String] {
        var found: [(position: String.Index, name: String)] = []
        for pattern in patterns {
            for match in pattern.matches(in: text) {
                guard let written = match.group("name"),
                    let canonical = AgencyCatalog.canonicalName(String(written)),
                    canonical != issuer
                else { continue }
                found.append((written.startIndex, canonical))
            }
        }
        var seen = Set<String>()
        return found.sorted { $0.position < $1.position }.map(\.name).filter { seen.insert($0).inserted }
    }
}
