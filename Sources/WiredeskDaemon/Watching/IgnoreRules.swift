import WiredeskSystem

/// Names in the inbox that are not articles and are left untouched: dotfiles and partial downloads by default,
/// plus whatever shell patterns the configuration adds.
public struct IgnoreRules: Sendable, Equatable {
    /// Patterns matched (`fnmatch`) against a file's or folder's own name.
    public var patterns: [String]

    public static let defaultPatterns = [".*", "*.part", "*.tmp", "*.crdownload", "*~", "*.swp"]

    public init(patterns: [String] = IgnoreRules.defaultPatterns) {
        self.patterns = patterns
    }

    public func ignores(name: [UInt8]) -> Bool {
        let cName = ShellPattern.cName(name)
        return patterns.contains { pattern in ShellPattern(pattern).matches(cName) }
    }

    /// Whether any component of an inbox path is ignored (a file inside an ignored folder is ignored too).
    public func ignores(_ path: InboxPath) -> Bool {
        path.bytes.split(separator: UInt8(ascii: "/")).contains { ignores(name: Array($0)) }
    }
}
