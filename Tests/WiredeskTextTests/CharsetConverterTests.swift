import Testing
import WiredeskText

@Suite struct CharsetConverterTests {
    @Test func convertsALegacyCharset() {
        #expect(CharsetConverter.utf8(of: [0x63, 0x61, 0x66, 0xE9], charset: "iso-8859-1") == Array("café".utf8))
        #expect(CharsetConverter.utf8(of: [0xC1, 0xE2], charset: "koi8-r") == Array("аБ".utf8))
    }

    @Test func replacesBytesThatStartNoCharacter() {
        // 0x82 0x20 is no Shift_JIS character; the bytes after it still convert.
        let converted = CharsetConverter.utf8(of: [0x41, 0x82, 0x20, 0x42], charset: "shift_jis")
        #expect(converted.map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("A\u{FFFD}") == true)
        #expect(converted.map { String(decoding: $0, as: UTF8.self) }?.hasSuffix("B") == true)
    }

    @Test func knowsNoMadeUpCharset() {
        #expect(CharsetConverter.utf8(of: [0x41], charset: "no-such-charset") == nil)
    }

    @Test func convertsInputLongerThanOneChunk() {
        let bytes = [UInt8](repeating: 0xE9, count: 70_000)
        #expect(CharsetConverter.utf8(of: bytes, charset: "latin1")?.count == 140_000)
    }
}
