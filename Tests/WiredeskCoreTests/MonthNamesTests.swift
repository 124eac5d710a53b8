import Testing

@testable import WiredeskCore

/// Month words read packed must name the month the string reading names: every prefix of every language's month
/// names in three cases, with and without a point, and words that are no month.
@Suite struct MonthNamesTests {
    @Test func packedReadingAgreesWithTheSpelling() {
        var words: [String] = ["Narch", "Marc", "FEb", "Sept.", "Mayday", "Monday", "abc", "Xyzzy", "dic", "Dez"]
        for name in MonthNames.fullNames + MonthNames.otherLanguageNames.flatMap({ $0 }) {
            for length in 2...name.count {
                let prefix = String(name.prefix(length))
                words += [
                    prefix, prefix.uppercased(), prefix.prefix(1).uppercased() + prefix.dropFirst(), prefix + ".",
                ]
            }
        }
        for word in words {
            #expect(MonthNames.month(of: Substring(word)) == MonthNames.monthBySpelling(of: Substring(word)), "\(word)")
        }
        #expect(MonthNames.month(of: "Sept.") == 9)
        #expect(MonthNames.month(of: "DIC") == 12)
    }
}
