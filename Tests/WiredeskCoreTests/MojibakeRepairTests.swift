import Testing

@testable import WiredeskCore

/// UTF-8 read as Windows-1252 and written out again, once or twice, is repaired; correct text is left alone.
@Suite struct MojibakeRepairTests {
    /// `text` as a system that reads UTF-8 as Windows-1252 passes it on.
    static func garbled(_ text: String) -> String {
        TextDecoder.decodeWindows1252(Array(text.utf8))
    }

    static let samples = [
        "Le café de la gare a rouvert ses portes, a déclaré le maire.",
        "Die Bürger stimmten für den Ausbau der Straßenbahn.",
        "O ministro disse que a inflação cairá no próximo trimestre.",
        "“We’re not done yet,” she said — and left.",
        "Мэр Москвы заявил о продлении линии метро.",
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα.",
        "التقى الوزير نظيره في القاهرة",
        "东京股市周五收高 — 日经指数上涨1.2%",
    ]

    @Test(arguments: samples) func onceGarbledTextIsRepaired(text: String) {
        let once = Self.garbled(text)
        #expect(once != text)
        #expect(MojibakeRepair.repaired(once) == text)
    }

    @Test(arguments: samples) func twiceGarbledTextIsRepaired(text: String) {
        #expect(MojibakeRepair.repaired(Self.garbled(Self.garbled(text))) == text)
    }

    @Test(arguments: samples + ["Ô», disse.", "Nº 5 · São Tomé · CÂMARA", "À bientôt ©2024 — ÆØÅ æøå"])
    func correctTextIsLeftAsItIs(text: String) {
        #expect(MojibakeRepair.repaired(text) == text)
    }

    @Test func onlyTheGarbledPartsOfAMixedTextAreRepaired() {
        let text = "Le café ouvre à 8 h. " + Self.garbled("Le thé est servi à 9 h.") + " Fin."
        #expect(MojibakeRepair.repaired(text) == "Le café ouvre à 8 h. Le thé est servi à 9 h. Fin.")
    }

    @Test func aGuillemetAfterACapitalIsRepairedOnlyBesideOtherMojibake() {
        // `Ð»` is the UTF-8 of `л` read as Windows-1252, and a capital Eth before a closing guillemet.
        #expect(MojibakeRepair.repaired("«Ð»") == "«Ð»")
        #expect(MojibakeRepair.repaired(Self.garbled("мел")) == "мел")
    }

    @Test func aNoBreakSpaceReadAsLatin1IsRepaired() {
        #expect(MojibakeRepair.repaired("10\u{C2}\u{A0}km") == "10\u{A0}km")
        // Read as Latin-1, the continuation bytes 0x80–0x9F became C1 controls: `’` is E2 80 99.
        #expect(MojibakeRepair.repaired("it\u{E2}\u{80}\u{99}s") == "it’s")
    }

    @Test func aGarbledNoBreakSpaceTurnedPlainIsDroppedBesideOtherMojibake() {
        #expect(MojibakeRepair.repaired("The mayorÂ said itâ€™s done.Â") == "The mayor said it’s done.")
        #expect(MojibakeRepair.repaired("CÂ est") == "CÂ est", "alone, an Â before a blank is left")
    }

    @Test func theDecoderRepairsAFileOfMojibake() throws {
        let file = Array(Self.garbled("Le café de la gare a rouvert.\r\n").utf8)
        #expect(try TextDecoder.decode(file) == "Le café de la gare a rouvert.\n")
    }
}
