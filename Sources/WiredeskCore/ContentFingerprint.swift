import Crypto

/// The hash that makes the same article collide whatever its whitespace, line endings, encoding or container
/// (text file or HTML page), and that keeps genuinely different articles apart.
public enum ContentFingerprint {
    /// SHA-256 (hex) of the body's normalized text: case folded, letters and digits only, words single-spaced.
    public static func contentHash(of article: Article) -> String {
        let digest = SHA256.hash(data: Array(normalizedText(article.body).utf8))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Lower-cased words of letters and digits, joined by single spaces: punctuation and quote styles vanish.
    public static func normalizedText(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if WordCharacters.isWordScalar(scalar) {
                if pendingSpace && !output.isEmpty { output.append(" ") }
                pendingSpace = false
                let value = scalar.value
                if value < 0x80 {
                    let isUpper = (0x41...0x5A).contains(value)
                    output.append(Unicode.Scalar(UInt8(truncatingIfNeeded: isUpper ? value + 0x20 : value)))
                } else {
                    output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(output)
    }
}
