import Foundation
import Testing

@testable import WiredeskCore

struct HTMLTitleSimilarityTests {
    @Test(arguments: [
        ("Storm hits COAST, 3 dead", ["storm", "hits", "coast", "3", "dead"]),
        ("  --A1b2_c3@[x]`{y}  ", ["a1b2", "c3", "x", "y"]),
        ("", []),
        ("Café “Zürich” 2024", ["café", "zürich", "2024"]),
        ("ÉTÉ—ÅR", ["été", "år"]),
    ])
    func splitsIntoLowerCasedWords(text: String, expected: [String]) {
        #expect(HTMLTitleSimilarity.words(text) == expected)
        #expect(
            HTMLTitleSimilarity.words(text)
                == text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
    }

    @Test func measuresTheShareOfRepeatedWording() {
        #expect(HTMLTitleSimilarity.similarity("Storm hits coast", "storm hits") == 1)
        #expect(HTMLTitleSimilarity.similarity("Storm hits coast", "other words") == 0)
    }
}

/// The separator search of the title chooser finds what Foundation's literal search finds, first and last.
struct HTMLTitleSeparatorTests {
    @Test(arguments: [
        "Headline | Site", "A - B - C", "Ünïcödé – Sité — Name", "no separator", "", " | ", "x | ", "日本語 · ニュース · サイト",
        "Trailing space ", "a_b_c",
    ])
    func findsSeparatorsAsFoundationDoes(title: String) {
        for separator in HTMLTitleChooser.separators {
            #expect(HTMLTitleChooser.find(separator, in: title) == title.range(of: separator), "\(separator)")
            #expect(
                HTMLTitleChooser.find(separator, in: title, last: true)
                    == title.range(of: separator, options: .backwards), "\(separator)")
        }
    }
}
