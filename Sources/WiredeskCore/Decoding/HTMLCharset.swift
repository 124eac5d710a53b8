import Foundation
import WiredeskText

/// Decides how an HTML page's bytes are to be read before libxml2 sees them.
///
/// The order is the one browsers follow, made stricter where pages lie: a byte-order mark wins; then bytes that are
/// valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares (mislabelled UTF-8 is common, while Latin
/// text that happens to be valid UTF-8 is not); then the charset the page declares in its first few kilobytes; then
/// Windows-1252, in which every byte is a character.
enum HTMLCharset {
    /// What to hand libxml2: bytes and the name of their encoding, which is then used instead of any declaration.
    struct Input {
        var bytes: [UInt8]
        var encoding: String
    }

    /// How far into the page a `<meta charset>` or `http-equiv` declaration is looked for.
    static let declarationWindow = 4096

    static func input(for bytes: [UInt8], libxmlKnows: (String) -> Bool) throws(Rejection) -> Input {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Input(bytes: Array(TextDecoder.decodeUTF8OrWindows1252(bytes[3...]).utf8), encoding: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let text = try TextDecoder.decodeUTF16(bytes[2...], bigEndian: bytes[0] == 0xFE)
            return Input(bytes: Array(text.utf8), encoding: "UTF-8")
        }
        if bytes.withBytes(TextDecoder.isValidUTF8) {
            return Input(bytes: bytes, encoding: "UTF-8")
        }
        if let declared = declaredCharset(in: bytes) {
            if let text = TextDecoder.decode(bytes, charset: declared) {
                return Input(bytes: Array(text.utf8), encoding: "UTF-8")
            }
            if libxmlKnows(declared) {
                // Converted here rather than by libxml2, so that the page reaches it as UTF-8, which `HTMLRawText`
                // can filter: a legacy multi-byte charset may hide a `<` inside a character, UTF-8 cannot.
                if let converted = utf8(of: bytes, charset: declared) {
                    return Input(bytes: converted, encoding: "UTF-8")
                }
                return Input(bytes: bytes, encoding: declared)
            }
        }
        return Input(bytes: Array(TextDecoder.decodeWindows1252(bytes).utf8), encoding: "UTF-8")
    }

    /// `bytes` read in the charset called `label` and written in UTF-8, by iconv, which libxml2 would convert them
    /// with (`CharsetConverter`); `nil` when iconv does not know the charset.
    static func utf8(of bytes: [UInt8], charset label: String) -> [UInt8]? {
        CharsetConverter.utf8(of: bytes, charset: label)
    }

    /// The charset named by `<meta charset=...>`, `<meta http-equiv="Content-Type" content="...; charset=...">` or
    /// an XML declaration's `encoding`, in the page's first few kilobytes; lower-cased.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(declarationWindow).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for marker in [Array("charset".utf8), Array("encoding".utf8)] {
            var index = 0
            while let found = firstIndex(of: marker, in: head, from: index) {
                index = found + marker.count
                if let name = attributeValue(in: head, after: index) { return name }
            }
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Reads `= "name"`, `=name` or `='name'` right after a `charset`/`encoding` keyword.
    private static func attributeValue(in head: [UInt8], after start: Int) -> String? {
        var index = start
        while index < head.count, head[index] == 0x20 { index += 1 }
        guard index < head.count, head[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < head.count, head[index] == 0x20 || head[index] == 0x22 || head[index] == 0x27 { index += 1 }
        let nameStart = index
        while index < head.count, isCharsetNameByte(head[index]) { index += 1 }
        guard index > nameStart else { return nil }
        return String(decoding: head[nameStart..<index], as: UTF8.self)
    }

    private static func isCharsetNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."): true
        default: false
        }
    }
}
