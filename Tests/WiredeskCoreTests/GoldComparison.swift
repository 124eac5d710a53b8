import Foundation

/// How the evaluation's scorers compare extracted values with expected ones, for tests that judge a whole story the
/// same way.
enum GoldComparison {
    /// The scorers' normalization: NFC, whitespace collapsed, case folded.
    static func norm(_ text: String?) -> String? {
        text.map {
            $0.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .lowercased()
        }
    }

    /// `1987-02-26T15:03:27` read as UTC: a wire timestamp, the time a story was received.
    static func receivedDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.date(from: text)
    }
}
