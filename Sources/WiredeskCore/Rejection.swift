/// Why a file cannot become an article; its `reason` is what `files.reason` records.
public enum Rejection: Error, Sendable, Equatable {
    case empty
    case whitespaceOnly
    case binary(kind: String)
    case tooLarge(size: Int, limit: Int)
    case undecodable(detail: String)
    case unsupportedType(String)
    case noText

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
        }
    }
}
