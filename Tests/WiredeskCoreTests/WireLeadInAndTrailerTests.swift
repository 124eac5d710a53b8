import Foundation
import Testing
import WiredeskCore

/// What stands around a story on the wire: advisories and affiliations above the dateline, agency end marks and desk
/// codes below the last paragraph, contact lines, and the sources a story cites in the ways reporters write them.
/// Each case is written from the agencies' published conventions, not copied from a story.
@Suite struct WireLeadInAndTrailerTests {
    /// Received 14 March 2023, 18:00 UTC.
    static let received = Date(timeIntervalSince1970: 1_678_816_800)

    static func parse(_ text: String) -> Article {
        WireCopyParser.parse(text: text, receivedAt: received, hints: ArticleHints())
    }

    struct LeadIn: Sendable, CustomStringConvertible {
        var text: String
        var dateline: String?
        var byline: String?
        var bodyStart: String
        var description: String { String(text.prefix(50)) }
    }

    /// Short paragraphs between the headline and the dateline are lead-in, not story.
    @Test(arguments: [
        LeadIn(
            text: "UPDATE 1-Copper climbs on supply worries\n\n(Adds analyst quote, updates prices)\n\n"
                + "By Ana Ruiz\n\nLONDON, March 14 (Reuters) - Copper rose on Tuesday.\n\nMore follows.",
            dateline: "LONDON, March 14 (Reuters) -", byline: "Ana Ruiz", bodyStart: "Copper rose on Tuesday."),
        LeadIn(
            text: "Storm closes highways\n\nBy PAT KELLY\nAssociated Press\n\n"
                + "DENVER (AP) — A spring storm closed highways on Tuesday.\n\nSchools shut early.",
            dateline: "DENVER (AP) —", byline: "PAT KELLY", bodyStart: "A spring storm closed highways"),
        LeadIn(
            text: "Feature: Potters of the old town keep a craft alive\n\nby Xinhua writer Li Ming\n\n"
                + "XI'AN, March 14 (Xinhua) -- In a narrow lane of the old town, a kiln glows.\n\nEnditem",
            dateline: "XI'AN, March 14 (Xinhua) --", byline: "Li Ming", bodyStart: "In a narrow lane"),
        LeadIn(
            text: "Regierung beschließt Haushalt\n\nVon Karl Weber, dpa\n\n"
                + "Berlin (dpa) - Das Kabinett hat am Dienstag den Haushalt beschlossen.",
            dateline: "Berlin (dpa) -", byline: "Karl Weber", bodyStart: "Das Kabinett hat"),
        // A note to editors below the headline, however long.
        LeadIn(
            text: "Council passes transit plan\nEds: UPDATES with vote count, reaction from the mayor, the unions, "
                + "the business groups and riders' associations, details on fares, and the timetable for the "
                + "remaining bills. With AP Photos.\nBy SAM LEE\nAssociated Press\n\n"
                + "CHICAGO (AP) — The city council passed a transit plan on Tuesday.",
            dateline: "CHICAGO (AP) —", byline: "SAM LEE", bodyStart: "The city council passed"),
        // The UPI form without a place.
        LeadIn(
            text: "Senate passes farm bill\n\nMarch 14 (UPI) -- The Senate passed the farm bill on Tuesday.",
            dateline: "March 14 (UPI) --", byline: nil, bodyStart: "The Senate passed"),
        // ANPA copy wrote the dash as an underscore.
        LeadIn(
            text: "Rebels attack army post\n\n   MEXICO CITY (AP) _ Rebels attacked an army post, officials said.",
            dateline: "MEXICO CITY (AP) _", byline: nil, bodyStart: "Rebels attacked"),
        // An agency name inside a hyphenated word is no agency-only dateline.
        LeadIn(
            text: "Most Americans doubt the economy\n\nAP-NORC poll finds that most Americans doubt the economy.",
            dateline: nil, byline: nil, bodyStart: "AP-NORC poll finds"),
        // A long first paragraph is the story: a dateline-like start further down is not looked for.
        LeadIn(
            text: "Talks resume\n\n"
                + String(repeating: "Negotiators met again on Tuesday in a long session. ", count: 4)
                + "\n\nGENEVA (Reuters) - A second round followed.",
            dateline: nil, byline: nil, bodyStart: "Negotiators met again"),
    ])
    func separatesLeadInFromStory(_ testCase: LeadIn) {
        let article = Self.parse(testCase.text)
        #expect(article.dateline == testCase.dateline)
        #expect(article.byline == testCase.byline)
        #expect(article.body.hasPrefix(testCase.bodyStart), "\(article.body.prefix(80))")
    }

    struct Trailer: Sendable, CustomStringConvertible {
        var ending: String
        var agency: String?
        var description: String { ending }
    }

    /// End marks, desk codes, serials and contact lines leave the body; those only one agency uses name it.
    @Test(arguments: [
        Trailer(ending: "Enditem", agency: "Xinhua"),
        Trailer(ending: "==Kyodo", agency: "Kyodo"),
        Trailer(ending: "PTI ABC DEF RT", agency: "PTI"),
        Trailer(ending: "dpa sas xx gs", agency: "dpa"),
        Trailer(ending: "str-ho/txw", agency: nil),
        Trailer(ending: "(end) ast.gb", agency: nil),
        Trailer(ending: "2050**1424", agency: nil),
        Trailer(ending: "News Code 208562", agency: nil),
        Trailer(ending: "jdoe@agency-news.example.kr\n(END)", agency: nil),
        Trailer(
            ending: "To contact the reporter on this story:\nJane Doe in Paris at jdoe@news.example.com", agency: nil),
        Trailer(ending: "Our Standards: The Trust Principles.", agency: nil),
        Trailer(ending: "Associated Press writer Jane Doe in San Juan, Puerto Rico, contributed.", agency: nil),
    ])
    func dropsTrailers(_ testCase: Trailer) {
        let article = Self.parse(
            "Ministers meet on trade\n\nThe ministers met on Tuesday to discuss trade.\n\n"
                + "They agreed to meet again.\n\n\(testCase.ending)")
        #expect(article.body == "The ministers met on Tuesday to discuss trade.\n\nThey agreed to meet again.")
        #expect(article.agency == testCase.agency)
    }

    @Test func agencyInBracketsAfterTheLastSentenceIssuedTheStory() {
        let article = Self.parse("Dengue cases rise\n\nBy Ana Cruz\n\nCases rose 40 percent, officials said. (PNA)")
        #expect(article.agency == "PNA")
        #expect(article.body == "Cases rose 40 percent, officials said.")
    }

    @Test func contributorsAreNamedWithoutRoleOrPlace() {
        let article = Self.parse(
            "Police station attacked\n\nPORT-AU-PRINCE, Haiti (AP) — Gunmen attacked a police station.\n\n"
                + "Associated Press writer Jane Doe in San Juan, Puerto Rico, contributed to this report.")
        #expect(article.byline == "Jane Doe")
    }

    @Test func deskCreditsNameNoReporter() {
        let article = Self.parse(
            "Rupee hits record low\n\nMUMBAI, March 14 (Reuters) - The rupee fell.\n\n"
                + "(Reporting by Mumbai Newsroom; Editing by Jo Lee)")
        #expect(article.byline == nil)
    }

    /// Sources cited with a qualifier before the name, at a sentence start, or with phrases beyond "according to".
    @Test(arguments: [
        ("The ship carried fuel, according to the semi-official Tasnim news agency.", ["Tasnim"]),
        ("Eleven crew were held, the official IRNA news agency said.", ["IRNA"]),
        ("According to Fars, the missile flew 2,000 km.", ["Fars"]),
        ("State media said on Tuesday, citing Press TV.", ["Press TV"]),
        ("The statement was carried by IRNA.", ["IRNA"]),
        ("Police reported the arrest of an IRNA photographer.", []),
    ])
    func findsCitedSources(sentence: String, cited: [String]) {
        let article = Self.parse("Headline of the story\n\nDUBAI, March 14 (Reuters) - \(sentence)")
        #expect(article.sources.filter { $0.role == .cited }.map(\.name) == cited)
    }

    /// Never a date after the file was received; a timestamp in a North American zone keeps its offset.
    @Test(arguments: [
        ("2025-03-14 22:20:03 GMT\n\nLONDON, March 14 (Reuters) - Prices fell.", "2023-03-14"),
        ("Mar 13, 2023 10:51 PM EST\n\nWASHINGTON, March 13 (Reuters) - Officials met.", "2023-03-13T22:51:00-05:00"),
    ])
    func datesNeverRunPastReceipt(head: String, published: String) {
        #expect(Self.parse("Headline of the story\n\(head)").published == published)
    }

    @Test(arguments: [
        ("SPRINGFIELD, Ill., March 14 (AP) - The state", "Springfield"),
        ("MCALLEN, Texas (AP) — The border", "McAllen"),
    ])
    func writesPlacesInNormalCase(lead: String, place: String) {
        #expect(Self.parse("Headline of the story\n\n\(lead) reopened.").place == place)
    }

    /// Capitalised words are names or sentence starts, not stop words: `Al`, `La` and `De` in English copy.
    @Test func namesDoNotSwayTheLanguage() {
        let article = Self.parse(
            "Leaders meet\n\nABU DHABI, March 14 (WAM) -- Sheikh Al Nahyan received La Paz and De Beers envoys "
                + "at Qasr Al Shati today and discussed the ties between the two countries.")
        #expect(article.language == "en")
    }
}
