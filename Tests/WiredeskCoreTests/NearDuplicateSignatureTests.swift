import Foundation
import Testing

@testable import WiredeskCore

@Suite struct NearDuplicateSignatureTests {
    static let story = """
        The central bank raised its main interest rate by 25 basis points to 4.5 pct on Thursday, \
        citing persistent inflation in services and a tight labour market.

        Governor Maria Lopez told reporters in Lisbon that further increases could not be ruled out \
        if wage growth stayed above 5 pct.
        """

    static func signature(_ title: String?, _ body: String, size: Int = 3) -> NearDuplicateSignature {
        NearDuplicateSignature(title: title, body: body, shingleSize: size)
    }

    @Test(arguments: [
        ("UPDATE 2-Bank raises rates", "Bank raises rates"),
        ("RPT-Bank raises rates", "Bank raises rates"),
        ("CORRECTED-UPDATE 1-Bank raises rates", "Bank raises rates"),
        ("WRAPUP 3: Bank raises rates", "Bank raises rates"),
        ("Update on the bank", "Update on the bank"),
        ("Bank raises rates", "Bank raises rates"),
    ])
    func revisionPrefixesAreNotPartOfTheStory(title: String, expected: String) {
        #expect(Self.signature(title, "x").titleWords == Self.signature(expected, "x").titleWords)
    }

    @Test func wrappingCasePunctuationAndQuotesDoNotChangeTheSignature() {
        let original = Self.signature("Bank raises rates", Self.story)
        let rewrapped = Self.signature(
            "BANK RAISES RATES.",
            Self.story.replacingOccurrences(of: " a tight", with: "\na tight")
                .replacingOccurrences(of: ",", with: "").uppercased())
        #expect(original.shingles == rewrapped.shingles)
        #expect(original.minHashes == rewrapped.minHashes)
        #expect(original.bandKeys == rewrapped.bandKeys)
        #expect(original.jaccard(with: rewrapped) == 1)
    }

    @Test func anAddedSentenceKeepsTheStoryClose() {
        let original = Self.signature("Bank raises rates", Self.story)
        let update = Self.signature("UPDATE 1-Bank raises rates", Self.story + "\n\nMarkets had expected the move.")
        #expect(original.jaccard(with: update) > 0.8)
        #expect(original.numberAgreement(with: update) == 1)
        #expect(!original.namesConflict(with: update))
        // Similar texts share LSH bands, which is how they are found.
        #expect(!Set(original.bandKeys).isDisjoint(with: update.bandKeys))
    }

    @Test func differentFiguresDisagree() {
        let original = Self.signature("Fund sets payout", "Monthly dividend 7.1 cts vs 6.8 cts prior, pay March 31.")
        let other = Self.signature("Fund sets payout", "Monthly dividend 5.2 cts vs 5.0 cts prior, pay March 31.")
        #expect(original.numberAgreement(with: other) < 0.8)
        let sameFigures = Self.signature(
            "Fund sets payout", "Monthly dividend of 7.1 cts vs 6.8 cts prior, pay March 31.")
        #expect(original.numberAgreement(with: sameFigures) == 1)
    }

    @Test func aSwappedNameUnderAnotherHeadlineIsAnotherStory() {
        let first = Self.signature(
            "Northgate Income Fund sets payout", "Monthly dividend 7.1 cts, pay March 31. Fund: Northgate Income Fund.")
        let second = Self.signature(
            "Harbor Growth Fund sets payout", "Monthly dividend 7.1 cts, pay March 31. Fund: Harbor Growth Fund.")
        #expect(first.namesConflict(with: second))
        // The same headline with one name corrected is the same story.
        let corrected = Self.signature(
            "Northgate Income Fund sets payout", "Monthly dividend 7.1 cts, pay March 31. Fund: Northgate Yield Fund.")
        #expect(!first.namesConflict(with: corrected))
    }

    @Test func textInCapitalsNamesNothing() {
        let shouted = Self.signature("FUND SETS PAYOUT", "MONTHLY DIVIDEND 7.1 CTS, PAY MARCH 31 TO HOLDERS OF RECORD.")
        #expect(shouted.names.isEmpty)
    }

    @Test(arguments: [3, 5])
    func unrelatedStoriesShareAlmostNothing(size: Int) {
        let story = Self.signature("Bank raises rates", Self.story, size: size)
        let other = Self.signature(
            "Storm closes port",
            "The port of Hamburg closed on Tuesday as a storm brought winds of 120 km an hour, the harbour office said.",
            size: size)
        #expect(story.jaccard(with: other) < 0.05)
    }
}

extension NearDuplicateSignatureTests {
    @Test(arguments: [
        ("Profit rose 7.1 pct to 1,400 mln.", ["7.1", "1,400"]),
        ("Pay March 31, record March 16.", ["31", "16"]),
        ("In 2027, 3 ships.", ["2027", "3"]),
        ("No figures here.", []),
    ])
    func figuresAreReadWhole(text: String, figures: [String]) {
        #expect(NearDuplicateSignature(title: nil, body: text, shingleSize: 3).numbers == hashes(of: figures))
    }
}

/// What a signature keeps of these words: their hashes as tokens, ascending, without repeats.
func hashes(of words: [String]) -> [UInt64] {
    NearDuplicateSignature.sortedUnique(words.map { NearDuplicateSignature.hash(Array($0.utf8)) })
}

/// The figures and names a signature keeps, read on the text's bytes.
struct NearDuplicateFactsTests {
    @Test(arguments: [
        ("Profit rose 7.1% to $1,400 million in 2027.", ["7.1", "1,400", "2027"]),
        ("1.7 and 7.1", ["1.7", "7.1"]),
        ("3.. 4,5,6 and 12.", ["3", "4,5,6", "12"]),
        ("no figures at all", []),
        ("٣ and 5", ["5"]),
    ])
    func keepsFiguresAsWritten(text: String, expected: [String]) {
        #expect(NearDuplicateSignature.numbers(in: text) == hashes(of: expected))
    }

    @Test(arguments: [
        ("The minister met Acme Corp. officials in Paris. Officials said", ["acme", "corp", "paris"]),
        ("ALL CAPS TEXT HERE Now", []),
        ("Le ministre a rencontré Élisabeth Borne à Matignon.", ["élisabeth", "borne", "matignon"]),
        ("  Spaces\tand\nlines  Between  Words ", ["between", "words"]),
        ("He visited X-Ray Labs in 2020 with A3 Group", ["x", "ray", "labs", "group"]),
    ])
    func keepsCapitalizedWordsInsideSentences(text: String, expected: [String]) {
        #expect(NearDuplicateSignature.names(in: text) == hashes(of: expected))
    }
}

extension NearDuplicateSignatureTests {
    /// Archives store band keys: a change to how texts are hashed would leave every stored band unfindable.
    @Test func bandKeysStayTheSameFromOneVersionToTheNext() {
        let signature = Self.signature(
            "UPDATE 1-Bank raises rates", Self.story + " Ünïcode Straße 7,5 and 1.4.")
        #expect(
            Array(signature.bandKeys.prefix(4)) == [
                1_924_363_397_025_994_968, 7_191_640_857_031_430_887, -7_811_304_455_385_379_395,
                -4_372_493_484_959_045_810,
            ])
        #expect(Set(signature.shingles).count == 58)
    }

    @Test(arguments: ["Straße ÉLYSÉE, İstanbul — ﬁnal 7,5 m²", "plain ascii words, 12.5 pct", "", "日本 東京"])
    func tokenHashesAreTheHashesOfTheTokens(text: String) {
        #expect(
            NearDuplicateSignature.tokenHashes(of: text)
                == NearDuplicateSignature.tokens(of: text).map { NearDuplicateSignature.hash(Array($0.utf8)) })
    }
}
