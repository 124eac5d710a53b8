import Foundation
import Testing
import WiredeskText

@testable import WiredeskCore

struct TextDecoderTests {
    @Test(
        arguments: [
            ([0x63, 0x61, 0x66, 0xC3, 0xA9], "café"),
            ([0x63, 0x61, 0x66, 0xE9], "café"),
            ([0x93, 0x51, 0x94, 0x20, 0x80, 0x35], "\u{201C}Q\u{201D} €5"),
            ([0xEF, 0xBB, 0xBF, 0x41], "A"),
            ([0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00], "Aé"),
            ([0x61, 0x0D, 0x0A, 0x62, 0x0D, 0x63], "a\nb\nc"),
            ([0x65, 0xCC, 0x81], "\u{E9}"),
        ] as [([UInt8], String)])
    func decodes(bytes: [UInt8], expected: String) throws {
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test(arguments: [
        ("plain ascii", true),
        ("café “quoted” — 東京 한국 Москва", true),
        ("e\u{301}", false),
        ("\u{212B}", false),
        ("Ελληνικά", false),
    ])
    func recognisesTextThatIsAlreadyNFC(text: String, known: Bool) {
        #expect(TextDecoder.isKnownNFC(text) == known)
        if known {
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
        }
    }

    @Test(arguments: [
        ("iso-8859-1", [0xE9] as [UInt8], "é" as String?),
        ("windows-1252", [0x80], "€"),
        ("UTF-8", [0xC3, 0xA9], "é"),
        ("shift_jis", [0x82, 0xA0], nil),
    ])
    func decodesNamedCharsets(label: String, bytes: [UInt8], expected: String?) {
        #expect(TextDecoder.decode(bytes, charset: label) == expected)
    }

    @Test(
        arguments: [
            [], [0x41], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xC3], [0xE9], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x82], [0x41, 0xE2, 0x82, 0x41], [0xC3, 0xA9, 0xA9],
        ] as [[UInt8]])
    func validatesUTF8AsTheStandardLibraryDoes(bytes: [UInt8]) {
        let valid = bytes.withBytes(TextDecoder.isValidUTF8)
        #expect(valid == (String(validating: bytes, as: UTF8.self) != nil))
        // Within ASCII runs of every length around the eight-byte steps, at every alignment.
        for before in 0...17 {
            for after in [0, 1, 7, 8, 9] {
                let framed =
                    Array(repeating: UInt8(ascii: "a"), count: before) + bytes
                    + Array(repeating: UInt8(ascii: "b"), count: after)
                let framedValid = framed.withBytes(TextDecoder.isValidUTF8)
                #expect(framedValid == valid, "\(before) bytes before, \(after) after")
            }
        }
    }
}

/// The control characters of wire framing are no text: a story sent between SOH/STX and ETX reads as its words.
@Suite struct WireFramingTests {
    @Test func framingControlsAreDroppedAndPageBreaksBecomeLineBreaks() throws {
        let framed = Array(
            "\u{01}\u{16}\u{16}Ferry line adds sailings\u{02}\nText\u{0C}More\u{7F}\u{85} text\u{03}\u{04}".utf8)
        #expect(try TextDecoder.decode(framed) == "Ferry line adds sailings\nText\nMore text")
        #expect(TextDecoder.withoutControls("tab\there\r\nline") == "tab\there\r\nline")
    }

    @Test func theByteScanFindsMarksAtEveryOffset() {
        let plain = String(repeating: "ab\tc\r\nde ", count: 3)
        #expect(TextDecoder.cleaningMarks(plain) == (false, false))
        for offset in 0...17 {
            let prefix = String(repeating: "x", count: offset)
            for (mark, expected) in [
                ("\u{03}", (false, true)), ("\u{7F}", (false, true)), ("\u{85}", (false, true)),
                ("Ã©", (true, false)), ("é", (true, false)), ("ü", (false, false)), ("жу", (false, false)),
            ] as [(String, (Bool, Bool))] {
                let found = TextDecoder.cleaningMarks(prefix + mark + "yz")
                #expect(found == expected, "\(offset) \(mark.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func aSignOffBeforeTheEndOfTextStillNamesTheAgency() throws {
        let story = """
            Ferry line adds winter sailings

            OSLO, Dec 4 - The harbour authority said on Monday that a second ferry would run between the islands.
             Reuter\u{03}
            """
        let article = try ArticleExtractor().extract(Array(story.utf8), fileName: "a.txt", receivedAt: Date()).get()
        #expect(article.article.agency == "Reuters")
        #expect(!article.article.body.contains("Reuter"))
    }
}
