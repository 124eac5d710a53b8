import Crypto
import WiredeskText

/// The hash that makes the same article collide whatever its whitespace, line endings, encoding or container
/// (text file or HTML page), and that keeps genuinely different articles apart.
public enum ContentFingerprint {
    /// SHA-256 (hex) of the body's normalized text: case folded, letters and digits only, words single-spaced.
    public static func contentHash(of article: Article) -> String {
        HexDigest.lowercase(SHA256.hash(data: normalizedBytes(article.body)))
    }

    /// Lower-cased words of letters and digits, joined by single spaces: punctuation and quote styles vanish.
    public static func normalizedText(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// `normalizedText` as UTF-8, made in one pass over the text's bytes: ASCII through a table, other scalars
    /// decoded and looked up.
    static func normalizedBytes(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        WordCharacters.forEachScalar(in: text) { scalar, foldedASCII in
            let isWord = foldedASCII != 0 || scalar.map(WordCharacters.isWordScalar) == true
            guard isWord else {
                pendingSpace = true
                return
            }
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            if foldedASCII != 0 {
                output.append(foldedASCII)
            } else if let scalar {
                output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return output
    }
}
