import Foundation

/// A regular expression compiled once, with the small API the extraction rules need: does it match, where, and what
/// did each named group capture.
///
/// The rules are tables of patterns; wrapping `NSRegularExpression` (measured 4× faster than Swift `Regex` here) keeps
/// those tables readable and keeps NSRange arithmetic in one place.
struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("invalid built-in pattern \(pattern): \(error)")
        }
    }

    func firstMatch(in text: String) -> TextMatch? {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, options: [], range: range).map { TextMatch(result: $0, text: text) }
    }

    func matches(in text: String) -> [TextMatch] {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.matches(in: text, options: [], range: range).map { TextMatch(result: $0, text: text) }
    }

    func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, options: [], range: range) != nil
    }

    func replacingMatches(in text: String, with template: String) -> String {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.stringByReplacingMatches(in: text, options: [], range: range, withTemplate: template)
    }
}

/// One match of a `TextPattern`: the matched text and its named groups.
struct TextMatch {
    let result: NSTextCheckingResult
    let text: String

    var range: Range<String.Index> { bounds(of: result.range) }
    var matched: Substring { text[range] }
    /// The text after the match.
    var rest: Substring { text[range.upperBound...] }

    /// Whether the named group took part in the match (cheaper than `group(_:)`: no index conversion).
    func hasGroup(_ name: String) -> Bool {
        result.range(withName: name).location != NSNotFound
    }

    func group(_ name: String) -> Substring? {
        let nsRange = result.range(withName: name)
        guard nsRange.location != NSNotFound else { return nil }
        return text[bounds(of: nsRange)]
    }

    /// The string positions of a range the expression matched, by UTF-16 offset. The expression reads scalars, so a
    /// bound may fall inside a character (`22:20` of `22:20\u{331}`, where NFC leaves the mark apart): a substring
    /// may end there, while `Range(_:in:)` would give `nil`.
    private func bounds(of nsRange: NSRange) -> Range<String.Index> {
        let utf16 = text.utf16
        let start = utf16.index(utf16.startIndex, offsetBy: nsRange.location)
        return start..<utf16.index(start, offsetBy: nsRange.length)
    }
}

/// A value shared between threads behind a lock: caches of compiled patterns.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
