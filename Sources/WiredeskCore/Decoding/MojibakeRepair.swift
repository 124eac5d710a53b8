/// Repairs mojibake: UTF-8 text that some system on the way read as Windows-1252 (or Latin-1) and wrote out again as
/// UTF-8, so that `é` arrives as `Ã©`, `’` as `â€™`, `москва` as `Ð¼Ð¾ÑÐºÐ²Ð°` — once or, after two such systems,
/// twice.
///
/// Each character of a UTF-8 sequence became one character: the lead byte (0xC2–0xF4) a letter from `Â` to `ô`, each
/// continuation byte (0x80–0xBF) a Windows-1252 symbol (`€`, `™`, `©`, a no-break space) or, read as Latin-1, a C1
/// control. A run of exactly that shape whose bytes form one valid UTF-8 character is replaced by that character; the
/// rest of the text is left as it is, so a story in which only some lines were garbled is repaired line by line and
/// a correct `é` next to a garbled one stays. Two shapes are repaired only when the same text has an unambiguous
/// sequence too: one ending in `«` or `»` (`Ô»` could be a capital before a closing guillemet), and an `Â` before a
/// blank or at the end, the remains of a garbled no-break space that a later step turned into a plain space (it is
/// dropped). Work is linear in the text:
/// one pass over its scalars per layer of garbling, at most three.
enum MojibakeRepair {
    /// `text` with its mojibake repaired, or `text` itself when it has none. `TextDecoder.cleaningMarks` tells on the
    /// bytes whether a text may hold any (every sequence starts with a lead letter `Â`–`ô`, UTF-8 `C3 82`–`C3 B4`).
    static func repaired(_ text: String) -> String {
        var current = text
        for _ in 0..<3 {
            guard let fixed = repairedOnce(current) else { break }
            current = fixed
        }
        return current
    }

    /// One layer of garbling undone, or `nil` when there was nothing to undo.
    static func repairedOnce(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var found: [(start: Int, length: Int, scalar: Unicode.Scalar?, isAmbiguous: Bool)] = []
        var index = 0
        while index < scalars.count {
            if let sequence = sequence(in: scalars, at: index) {
                found.append((index, sequence.length, sequence.scalar, sequence.isAmbiguous))
                index += sequence.length
            } else {
                if scalars[index] == "\u{C2}", index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace
                {
                    found.append((index, 1, nil, true))
                }
                index += 1
            }
        }
        let takesAmbiguous = found.contains { !$0.isAmbiguous }
        let repairs = found.filter { takesAmbiguous || !$0.isAmbiguous }
        guard !repairs.isEmpty else { return nil }
        var result = String.UnicodeScalarView()
        var next = 0
        for repair in repairs {
            result.append(contentsOf: scalars[next..<repair.start])
            if let scalar = repair.scalar { result.append(scalar) }
            next = repair.start + repair.length
        }
        result.append(contentsOf: scalars[next...])
        return String(result)
    }

    /// The character whose UTF-8 bytes, read as Windows-1252, are the scalars at `index`, if they are such.
    private static func sequence(in scalars: [Unicode.Scalar], at index: Int)
        -> (length: Int, scalar: Unicode.Scalar, isAmbiguous: Bool)?
    {
        let lead = scalars[index].value
        let continuations: Int
        switch lead {
        case 0xC2...0xDF: continuations = 1
        case 0xE0...0xEF: continuations = 2
        case 0xF0...0xF4: continuations = 3
        default: return nil
        }
        guard index + continuations < scalars.count else { return nil }
        var bytes: [UInt8] = [UInt8(lead)]
        for offset in 1...continuations {
            guard let byte = windows1252Byte(scalars[index + offset]), (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self), let scalar = decoded.unicodeScalars.first
        else { return nil }
        let last = bytes[bytes.count - 1]
        let isAmbiguous = continuations == 1 && (last == 0xAB || last == 0xBB)
        return (continuations + 1, scalar, isAmbiguous)
    }

    /// The byte Windows-1252 (or, for the C1 controls, Latin-1) writes as `scalar`, `nil` for a character it lacks.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value <= 0xFF { return UInt8(value) }
        return windows1252Bytes[value]
    }

    /// Bytes 0x80–0x9F by the character Windows-1252 gives them (`€` is 0x80), for the 27 it defines.
    private static let windows1252Bytes: [UInt32: UInt8] = {
        var bytes: [UInt32: UInt8] = [:]
        for byte in UInt8(0x80)...0x9F {
            let scalar = TextDecoder.decodeWindows1252([byte]).unicodeScalars.first!
            if scalar.value > 0xFF { bytes[scalar.value] = byte }
        }
        return bytes
    }()
}
