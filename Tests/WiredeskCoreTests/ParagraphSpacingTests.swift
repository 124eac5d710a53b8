import Testing

@testable import WiredeskCore

/// Spacing collapse: the eight-bytes-at-a-time test of already collapsed ASCII must agree with the plain reading
/// wherever a space, tab, control or non-ASCII byte falls, including across the eight-byte boundaries.
@Suite struct ParagraphSpacingTests {
    /// What collapsing means: runs of white space become one space, none at either end.
    static func reference(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        "", "a", " a", "a ", "a  b", "one two three four five", "abcdefg  hijklmnop", "abcdefgh\tij", "1234567 8",
        "12345678 ", "1234567  ", "abc\u{0001}def ghi", "caf\u{E9} au lait", "no\u{A0}break space here",
        "ideographic\u{3000}space", "        ", "x\u{7F}y", "a b c d e f g h i j k l m n o p", "line\rfeed",
    ])
    func collapsesLikeTheReference(_ text: String) {
        #expect(ParagraphAssembler.collapsingSpaces(Substring(text)) == Self.reference(text))
    }

    /// Lines drawn from an alphabet rich in white space, every length up to three words of eight bytes.
    @Test func agreesOnGeneratedLines() {
        let alphabet: [String] = ["a", "Z", " ", " ", "\t", "\n", "\u{A0}", "é", ".", "\u{2009}", "\u{0007}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<5_000 {
            let length = next() % 26
            let text = (0..<length).map { _ in alphabet[next() % alphabet.count] }.joined()
            #expect(ParagraphAssembler.collapsingSpaces(Substring(text)) == Self.reference(text), "\(Array(text.utf8))")
        }
    }
}
