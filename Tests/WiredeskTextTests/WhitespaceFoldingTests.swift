import Testing
import WiredeskText

@Suite struct WhitespaceFoldingTests {
    @Test(arguments: [
        ("", ""), ("one", "one"), ("  one  two\t\tthree \n", "one two three"), ("a\u{A0}\u{A0}b", "a b"),
        ("a\u{3000}b ", "a b"), ("exactly eight", "exactly eight"),
        ("a long line of single spaced words", "a long line of single spaced words"),
        ("tab\there, then more words after it", "tab here, then more words after it"), ("é  è", "é è"),
    ])
    func collapses(line: String, expected: String) {
        #expect(WhitespaceFolding.collapsingSpaces(Substring(line)) == expected)
        #expect(WhitespaceFolding.collapsedSpaces(Substring(line)) == Substring(expected))
    }

    @Test(arguments: [
        ("", true), ("one two", true), (" one", false), ("one ", false), ("one  two", false),
        ("a line longer than eight bytes", true), ("a line longer  than eight", false), ("tab\tinside the line", false),
        ("é", false),
    ])
    func recognisesCollapsedASCII(line: String, expected: Bool) {
        #expect(line.withBytes(WhitespaceFolding.isCollapsedASCII) == expected)
    }

    @Test(arguments: [
        ("\u{85}", true), ("\u{A0}", true), ("\u{1680}", true), ("\u{2003}", true), ("\u{202F}", true),
        ("\u{205F}", true), ("\u{3000}", true), ("é", false), ("\u{200B}", false),
    ])
    func recognisesSpacesOutsideASCII(character: String, expected: Bool) {
        #expect(character.withBytes { WhitespaceFolding.startsUnicodeSpace($0, at: 0) } == expected)
    }
}
