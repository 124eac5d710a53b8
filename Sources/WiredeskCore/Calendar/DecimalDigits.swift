/// Digits of every script read as numbers: Arabic-Indic (`٢٠٢٣`), Persian (`۱۴۰۲`), Devanagari (`२०२३`) and
/// full-width (`２０２３`) digits are the same decimal digits as ASCII ones, and every date reader reads them alike.
enum DecimalDigits {
    /// `text` with every decimal digit written in ASCII, and the full-width colon a clock uses (`１４：２１`) as `:`;
    /// ASCII text is returned as it is.
    static func ascii(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let value = digitValue(scalar) {
                scalars.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(value)))
            } else if scalar == "\u{FF1A}" {
                scalars.append(":")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The value of a decimal digit of any script, `nil` for another character.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else {
            return nil
        }
        return Int(value)
    }

    /// The number `digits` write in any one script (`12`, `١٢`, `۱۲`, `１２`), `nil` when it holds another character.
    static func number(_ digits: Substring) -> Int? {
        if let ascii = Int(digits) { return ascii }
        var value = 0
        var count = 0
        for scalar in digits.unicodeScalars {
            guard let digit = digitValue(scalar), count < 9 else { return nil }
            value = value * 10 + digit
            count += 1
        }
        return count > 0 ? value : nil
    }
}
