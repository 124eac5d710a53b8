/// The status tags of wire services' headlines and slug lines (Reuters, AP, AFP, UPI usage): `UPDATE 2-`, `RPT-`,
/// `CORRECTED-`, `FACTBOX-`. One table for every reader: before a dateline they are read past (`StatusPrefix`), in
/// front of a title the ones that mark a new version of a story already sent are set aside when stories are compared
/// (`NearDuplicateSignature.strippingRevisionPrefix`), and none of them is a city (`BareDateline`).
enum StatusTags {
    /// Each tag in capitals, and whether it marks a new version of the same story (a repeat, an update, a
    /// correction) rather than a story of another kind (an analysis, a factbox).
    static let table: [(tag: String, marksRevision: Bool)] = [
        ("UPDATE", true), ("WRAPUP", true), ("RPT", true), ("REPEAT", true), ("CORRECTED", true),
        ("CORRECTION", true), ("REFILE", true), ("RECASTS", true), ("ADVISORY", true), ("FLASH", true),
        ("URGENT", true), ("BULLETIN", true), ("NEWSALERT", true),
        ("RESEND", false), ("RUSH", false), ("ALERT", false), ("EXCLUSIVE", false), ("INSIGHT", false),
        ("ANALYSIS", false), ("FACTBOX", false), ("PREVIEW", false), ("FOCUS", false), ("WRITETHRU", false),
        ("KILL", false), ("WITHDRAWN", false),
    ]

    static let all: [String] = table.map(\.tag)

    /// The tags that mark a new version of a story, in table order.
    static let revisions: [String] = table.filter(\.marksRevision).map(\.tag)
}
