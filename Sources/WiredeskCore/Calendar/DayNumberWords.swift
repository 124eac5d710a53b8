/// Day numbers written as words: Hindi copy (PTI's Bhasha service) spells the days under ten (`पांच दिसंबर`, "five
/// December"), in either spelling of a nasal.
enum DayNumberWords {
    /// Each word and the day it names.
    static let table: [(word: String, day: Int)] = [
        ("एक", 1), ("दो", 2), ("तीन", 3), ("चार", 4), ("पांच", 5), ("पाँच", 5), ("छह", 6), ("छः", 6), ("छ:", 6),
        ("सात", 7), ("आठ", 8), ("नौ", 9),
    ]

    /// An alternation of the words, longest first.
    static let pattern = "(?:" + MonthNames.longestFirst(table.map(\.word)).joined(separator: "|") + ")"

    private static let days: [String: Int] = Dictionary(
        table.map { ($0.word, $0.day) }, uniquingKeysWith: { a, _ in a })

    /// The day `word` names, `nil` when it is no day word.
    static func day(of word: Substring) -> Int? { days[String(word)] }
}
