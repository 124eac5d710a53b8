import Foundation
import WiredeskCore

/// Read-only access to the shared corpora next to the package (`../shared/corpus`).
enum CorpusFixtures {
    static let corpusDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpusDirectory.appendingPathComponent(relativePath)))
    }

    static func json(_ relativePath: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: corpusDirectory.appendingPathComponent(relativePath)))
    }

    /// Lines of a JSON Lines file, each decoded to a dictionary.
    static func jsonLines(_ relativePath: String) throws -> [[String: Any]] {
        let text = String(decoding: try bytes(relativePath), as: UTF8.self)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// The scorers' normalization: NFC, whitespace collapsed, case folded.
    static func norm(_ text: String?) -> String? {
        text.map {
            $0.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .lowercased()
        }
    }

    /// `1987-02-26T15:03:27` read as UTC.
    static func receivedDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.date(from: text)
    }
}
