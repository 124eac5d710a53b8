import Testing
import WiredeskText

@Suite struct WordCharactersTests {
    @Test func walksScalarsFoldingASCII() {
        var seen: [String] = []
        WordCharacters.forEachScalar(in: "Ab-é1€𝄞") { scalar, folded in
            seen.append(scalar.map { "U+\(String($0.value, radix: 16))" } ?? "\(folded)")
        }
        #expect(seen == ["97", "98", "0", "U+e9", "49", "U+20ac", "U+1d11e"])
    }

    @Test func foldedASCIIKeepsOnlyLettersAndDigits() {
        for byte in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(byte))
            let expected: UInt8 =
                scalar.properties.isAlphabetic || (0x30...0x39).contains(byte)
                ? UInt8(ascii: Unicode.Scalar(String(scalar).lowercased().utf8.first!)) : 0
            #expect(WordCharacters.foldedASCII[byte] == expected)
        }
    }

    @Test(arguments: [
        ("a", true), ("7", true), ("-", false), ("é", true), ("٣", true), ("\u{301}", true), ("€", false),
    ])
    func wordScalars(character: String, expected: Bool) {
        #expect(WordCharacters.isWordScalar(character.unicodeScalars.first!) == expected)
    }
}
