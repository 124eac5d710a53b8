import Testing

@testable import WiredeskCore

/// Place casing: the byte reading of ASCII names must write what the character reading writes, for names built from
/// capitals, particles, hyphens, apostrophes, `Mc` and odd spacing; and a few names as a reader expects them.
@Suite struct PlaceNameTests {
    @Test(arguments: [
        ("RIO DE JANEIRO", "Rio de Janeiro"), ("PORT-AU-PRINCE", "Port-au-Prince"), ("N'DJAMENA", "N'Djamena"),
        ("MCALLEN", "McAllen"), ("Rio de Janeiro", "Rio de Janeiro"), ("DE AAR", "De Aar"),
        ("  NEW   YORK ", "New York"),
    ])
    func writesNormalCase(written: String, expected: String) {
        #expect(PlaceName.normalCase(written) == expected)
    }

    @Test func byteReadingAgreesWithCharacterReading() {
        let pieces = ["RIO", "DE", "-", "AU", " ", "  ", "'", "MC", "MCALLEN", "SAN", "Paz", "ul", "X", "\t", "LA"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3_000 {
            let name = (0..<(1 + next() % 6)).map { _ in pieces[next() % pieces.count] }.joined()
            #expect(PlaceName.asciiNormalCase(name) == PlaceName.characterNormalCase(name), "\(name)")
        }
    }
}
