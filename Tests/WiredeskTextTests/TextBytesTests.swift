import Testing
import WiredeskText

@Suite struct TextBytesTests {
    @Test func wordBytesStopAtSpacesAndTheNoBreakSpace() {
        "a\u{A0}é 1".withBytes { bytes in
            #expect(TextBytes.isWordByte(bytes, at: 0))
            #expect(!TextBytes.isWordByte(bytes, at: 1))
            #expect(!TextBytes.isWordByte(bytes, at: 2))
            #expect(TextBytes.isWordByte(bytes, at: 3))
            #expect(!TextBytes.isWordByte(bytes, at: 5))
            #expect(TextBytes.isWordByte(bytes, at: 6))
            #expect(!TextBytes.isWordByte(bytes, at: -1))
            #expect(!TextBytes.isWordByte(bytes, at: 7))
        }
    }

    @Test func skipsRunsOfSpaceBothWays() {
        "a \t\u{A0} b".withBytes { bytes in
            #expect(TextBytes.afterSpaces(bytes, from: 1) == 6)
            #expect(TextBytes.beforeSpaces(bytes, from: 6) == 1)
            #expect(TextBytes.afterSpaces(bytes, from: 0) == 0)
        }
    }

    @Test(
        arguments: [
            ("New  York said", 0, 9), ("New\u{A0}York", 0, 9), ("NewYork", 0, nil), ("x New York", 2, 10),
        ] as [(String, Int, Int?)])
    func matchesWordsWithSpaceRuns(text: String, start: Int, end: Int?) {
        let word = Array("New York".utf8)
        text.withBytes { bytes in
            let found = TextBytes.match(word, in: bytes, at: start)
            #expect(found == end)
            if let found { #expect(TextBytes.match(word, in: bytes, endingAt: found) == start) }
        }
    }
}
