import Foundation
import WiredeskText

/// Turns a file's bytes into normalized text: Unicode NFC with `\n` line endings.
///
/// The order follows what feeds actually send: a byte-order mark decides first (UTF-8, UTF-16 LE/BE); otherwise
/// valid UTF-8 is UTF-8, and anything else is read as Windows-1252, the encoding of legacy wire systems and
/// Windows editors, in which every byte has a character, so no text is ever lost to a decoding error.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) throws(Rejection) -> String {
        let raw: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            raw = decodeUTF8OrWindows1252(bytes[3...])
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            raw = try decodeUTF16(bytes[2...], bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            raw = try decodeUTF16(bytes[2...], bigEndian: true)
        } else {
            raw = decodeUTF8OrWindows1252(bytes[...])
        }
        return normalize(raw)
    }

    /// `\r\n` and lone `\r` become `\n`; mojibake (UTF-8 once or twice read as Windows-1252) is repaired
    /// (`MojibakeRepair`); control characters are dropped (`withoutControls`); the text is put in Unicode
    /// normalization form C.
    public static func normalize(_ text: String) -> String {
        let marks = cleaningMarks(text)
        var result = marks.mayHoldMojibake ? MojibakeRepair.repaired(text) : text
        if marks.hasControls { result = withoutControls(result) }
        if result.utf8.contains(0x0D) {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // NFC is costly (hundreds of ms per MB); text made only of scalars that NFC never changes skips it.
        if !isKnownNFC(result) {
            result = nfc(result)
        }
        return result
    }

    /// What one pass over `text`'s bytes shows of the repairs `normalize` may make: a lead letter of mojibake (`Â`–`ô`,
    /// UTF-8 `C3 82`–`C3 B4`), a control character (C0 but tab, line feed and carriage return; DEL; C1, `C2 80`–`C2 9F`).
    /// Runs of ASCII text without controls are read eight bytes at a time.
    static func cleaningMarks(_ text: String) -> (mayHoldMojibake: Bool, hasControls: Bool) {
        text.withBytes { bytes in
            var mojibake = false
            var controls = false
            let tab = ByteLanes.broadcast(0x09)
            let lineFeed = ByteLanes.broadcast(0x0A)
            let carriageReturn = ByteLanes.broadcast(0x0D)
            let count = bytes.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = bytes.word(at: index)
                    if ByteLanes.nonASCII(word) == 0 {
                        let low =
                            ByteLanes.within(word, 0x00...0x1F)
                            & ~(ByteLanes.equal(word, broadcast: tab) | ByteLanes.equal(word, broadcast: lineFeed)
                            | ByteLanes.equal(word, broadcast: carriageReturn))
                        if low | ByteLanes.within(word, 0x7F...0x7F) != 0 { controls = true }
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { controls = true }
                } else if byte == 0x7F {
                    controls = true
                } else if index + 1 < count {
                    let next = bytes[index + 1]
                    if byte == 0xC2, (0x80...0x9F).contains(next) { controls = true }
                    if byte == 0xC3, (0x82...0xB4).contains(next) { mojibake = true }
                }
                if mojibake && controls { break }
                index += 1
            }
            return (mojibake, controls)
        }
    }

    /// `text` without its control characters, which `normalize` asks for when `cleaningMarks` found one: the framing
    /// of wire transmissions (SOH, STX, ETX, EOT, SYN: IPTC 7901 and ANPA 1312 wrap every story in them), terminal and
    /// printer codes, DEL and the C1 controls carry no text. A form feed or a vertical tab (a page break on a
    /// teleprinter) becomes a line break; tab, line feed and carriage return stay.
    static func withoutControls(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(scalar)
            case 0x0B, 0x0C: scalars.append("\n")
            case 0x00..<0x20, 0x7F...0x9F: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Bytes of text put in NFC at a time, at least.
    static let normalizationPiece = 2 * 1024

    /// `text` in NFC, a piece at a time: Foundation composes a string in place, moving all that follows at every
    /// character it composes, so a long decomposed text would cost quadratic time. Each piece ends before a
    /// character that nothing before it can compose or reorder with (`startsComposition`), so the pieces normalize
    /// on their own as they would together.
    static func nfc(_ text: String) -> String {
        guard text.utf8.count > 2 * normalizationPiece else { return text.precomposedStringWithCanonicalMapping }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var length = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            if length >= normalizationPiece, startsComposition(scalar) {
                result += String(scalars[start..<index]).precomposedStringWithCanonicalMapping
                start = index
                length = 0
            }
            length += UTF8.width(scalar)
        }
        result += String(scalars[start...]).precomposedStringWithCanonicalMapping
        return result
    }

    /// Whether `scalar` is a starter that no character before it composes with, so that NFC may be applied on either
    /// side of it apart: a scalar of combining class 0 below U+0900 (every character that composes with one before
    /// it is a combining mark there), or a CJK ideograph, kana or Hangul syllable. A `false` only means the text is
    /// not cut there.
    static func startsComposition(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let isInert =
            value < 0x0900 || (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xAC00...0xD7A3).contains(value)
        return isInert && scalar.properties.canonicalCombiningClass == .notReordered
    }

    /// Whether every scalar of `text` lies in a range that NFC leaves alone whatever its neighbours: no combining
    /// mark, no composition exclusion, no singleton. A `false` only means the full normalization must run.
    static func isKnownNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x300 { continue }
            if !nfcStableRanges.contains(where: { $0.contains(value) }) { return false }
        }
        return true
    }

    /// Blocks whose characters NFC neither decomposes nor composes with a neighbour: Cyrillic letters, general
    /// punctuation, currency signs, CJK punctuation, kana, CJK ideographs, Hangul syllables and full-width forms.
    private static let nfcStableRanges: [ClosedRange<UInt32>] = [
        0x0400...0x0482, 0x048A...0x052F, 0x2010...0x2064, 0x20A0...0x20C0, 0x3000...0x3029, 0x3030...0x303F,
        0x3041...0x3096, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFFEE,
    ]

    /// Decodes `bytes` as the named legacy charset when wiredesk decodes it itself (the labels that WHATWG maps to
    /// Windows-1252, and UTF-8); `nil` for any other label.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, charset label: String) -> String? {
        let name = label.lowercased()
        if windows1252Labels.contains(name) { return decodeWindows1252(bytes) }
        if name == "utf-8" || name == "utf8" { return String(decoding: bytes, as: UTF8.self) }
        return nil
    }

    /// WHATWG Encoding: every one of these labels means Windows-1252, since browsers read Latin-1 pages that way.
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii",
        "us-ascii", "iso-ir-100", "csisolatin1", "ibm819", "cp819", "iso_8859-1:1987", "iso88591", "ansi_x3.4-1968",
    ]

    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or scalars past U+10FFFF), decided on
    /// the bytes: the check alone, without the copy `String(validating:)` makes.
    static func isValidUTF8(_ bytes: ByteView) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            // Runs of ASCII, most of a page's markup, eight bytes at a time.
            while index + 8 <= count,
                ByteLanes.nonASCII(bytes.word(at: index)) == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            @inline(__always) func continuation(_ offset: Int) -> Bool {
                index + offset < count && bytes[index + offset] & 0xC0 == 0x80
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 { return false }
                if lead == 0xED && second > 0x9F { return false }
                index += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = bytes[index + 1]
                if lead == 0xF0 && second < 0x90 { return false }
                if lead == 0xF4 && second > 0x8F { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    static func decodeUTF8OrWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return decodeWindows1252(bytes)
    }

    /// Windows-1252 as WHATWG defines it: the five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90,
    /// 0x9D) map to the C1 controls of the same value rather than being dropped.
    public static func decodeWindows1252<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{8D}", "\u{017D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{9D}", "\u{017E}", "\u{0178}",
    ]

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(Rejection) -> String {
        guard bytes.count % 2 == 0 else { throw .undecodable(detail: "UTF-16 text with an odd number of bytes") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var codec = UTF16()
        while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: throw .undecodable(detail: "invalid UTF-16 (unpaired surrogate)")
            }
        }
    }
}
