/// The weekday names datelines and date headers write (`Monday, December 12`, `Tue, 07 Nov 2023`), and the forms the
/// readers of them are built from: one table, so the patterns and the byte readers accept the same words in the same
/// order.
enum WeekdayNames {
    /// Each weekday's name and its abbreviations, Monday first; the abbreviations of a day longest first, so that a
    /// reader trying them in order prefers `Thurs` to `Thu`. English only: the language of the wires that name a day.
    static let table: [(name: String, abbreviations: [String])] = [
        ("monday", ["mon"]),
        ("tuesday", ["tues", "tue"]),
        ("wednesday", ["wed"]),
        ("thursday", ["thurs", "thur", "thu"]),
        ("friday", ["fri"]),
        ("saturday", ["sat"]),
        ("sunday", ["sun"]),
    ]

    /// Every weekday word, lower case, in the order the readers try them: the names, then the abbreviations.
    static let words: [String] = table.map(\.name) + table.flatMap(\.abbreviations)

    /// A case-insensitive alternation of `words`, in their order.
    static let alternation = "(?i:" + words.joined(separator: "|") + ")"

    /// A weekday word with or without its point.
    static let pattern = alternation + "\\.?"
}
