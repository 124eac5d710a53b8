import Testing
import WiredeskText

@Suite struct ByteViewTests {
    @Test func lendsAStringsUTF8() {
        "aé€".withBytes { bytes in
            #expect(bytes.count == 6)
            #expect(bytes.startIndex == 0)
            #expect(Array(bytes) == [0x61, 0xC3, 0xA9, 0xE2, 0x82, 0xAC])
        }
    }

    @Test func lendsOnlyASubstringsBytes() {
        let text = "one two three"
        let middle = text[text.index(text.startIndex, offsetBy: 4)..<text.index(text.startIndex, offsetBy: 7)]
        middle.withBytes { bytes in
            #expect(Array(bytes) == Array("two".utf8))
            #expect(bytes[0] == UInt8(ascii: "t"))
        }
    }

    @Test func lendsArraysSlicesAndLiterals() {
        let array: [UInt8] = [1, 2, 3, 4]
        #expect(array.withBytes { Array($0) } == array)
        #expect(array[1...].withBytes { Array($0) } == [2, 3, 4])
        let literal: StaticString = "<svg"
        #expect(literal.withBytes { Array($0) } == Array("<svg".utf8))
    }

    @Test func viewsAreIndexedFromZero() {
        "abcdef".withBytes { bytes in
            let inner = bytes.view(2..<5)
            #expect(Array(inner) == Array("cde".utf8))
            #expect(inner[0] == UInt8(ascii: "c"))
            #expect(Array(bytes.view(prefix: 3)) == Array("abc".utf8))
            #expect(bytes.view(prefix: 99).count == 6)
            #expect(Array(bytes[1..<3]) == Array("bc".utf8))
        }
    }

    @Test func readsEightBytesLowLaneFirst() {
        "abcdefghi".withBytes { bytes in
            #expect(bytes.word(at: 0) == 0x6867_6665_6463_6261)
            #expect(bytes.word(at: 1) == 0x6968_6766_6564_6362)
        }
    }

    @Test(
        arguments: [
            ("a<b<c", UInt8(ascii: "<"), 0, 1), ("a<b<c", UInt8(ascii: "<"), 2, 3), ("abc", UInt8(ascii: "<"), 0, nil),
            ("abc", UInt8(ascii: "c"), 3, nil), ("", UInt8(ascii: "a"), 0, nil),
        ] as [(String, UInt8, Int, Int?)])
    func findsAByte(text: String, byte: UInt8, start: Int, expected: Int?) {
        #expect(text.withBytes { $0.firstIndex(of: byte, from: start) } == expected)
    }

    @Test func comparesLiterals() {
        "<!--x</SCRIPT>".withBytes { bytes in
            #expect(bytes.starts(with: "<!--", at: 0))
            #expect(!bytes.starts(with: "<!--", at: 1))
            #expect(!bytes.starts(with: "</script>x", at: 5))
            #expect(bytes.equalsIgnoringCase("script", 7..<13))
            #expect(!bytes.equalsIgnoringCase("script", 7..<12))
            #expect(!bytes.equalsIgnoringCase("style", 7..<12))
        }
    }

    @Test func copiesIntoArraysWhole() {
        var copy: [UInt8] = [0]
        "xyz".withBytes { copy.append(contentsOf: $0.view(1..<3)) }
        #expect(copy == [0, UInt8(ascii: "y"), UInt8(ascii: "z")])
    }
}
