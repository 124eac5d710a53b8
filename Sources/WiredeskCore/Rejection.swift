/// Why a file cannot become an article; its `reason` is what `files.reason` records.
public enum Rejection: Error, Sendable, Equatable {
    case empty
    case whitespaceOnly
    case binary(kind: String)
    case tooLarge(size: Int, limit: Int)
    case undecodable(detail: String)
    case unsupportedType(String)
    case noText
    /// Extraction went on longer than the file's time budget (`ExtractionBudget`).
    case overBudget(seconds: Double)
    /// Extraction was stopped because its caller is shutting down; never recorded: the file is taken again later.
    case interrupted

    /// A short sentence for `files.reason` and the log, starting with a stable keyword.
    public var reason: String {
        switch self {
        case .empty: "empty: the file has no bytes"
        case .whitespaceOnly: "empty: the file holds only whitespace"
        case .binary(let kind): "binary: \(kind)"
        case .tooLarge(let size, let limit): "too large: \(size) bytes, over the limit of \(limit)"
        case .undecodable(let detail): "undecodable: \(detail)"
        case .unsupportedType(let type): "unsupported type: \(type)"
        case .noText: "empty: no article text could be extracted"
        case .overBudget(let seconds): "timeout: extraction took longer than its budget of \(Self.format(seconds)) s"
        case .interrupted: "interrupted: extraction stopped because wiredesk is stopping"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e9 ? String(Int(seconds)) : String(seconds)
    }
}
