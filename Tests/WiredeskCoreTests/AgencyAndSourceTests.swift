import Foundation
import Testing
import WiredeskCore

/// The agency alias table, the issuing agency from every place it can be stated, and cited outlets.
@Suite struct AgencyAndSourceTests {
    @Test(arguments: [
        ("Xinhua News Agency", "Xinhua"), ("Rasa News Agency", "RNA"), ("RNA", "RNA"),
        ("Islamic Republic News Agency", "IRNA"), ("Reuter", "Reuters"), ("REUTERS", "Reuters"),
        ("Associated Press", "AP"), ("The Associated Press", "AP"), ("Agence France-Presse", "AFP"),
        ("ITAR-TASS", "TASS"), ("Yonhap News Agency", "Yonhap"), ("United Press International", "UPI"),
        ("Deutsche Presse-Agentur", "dpa"), ("Kyodo News", "Kyodo"), ("Press Trust of India", "PTI"),
        ("Anadolu Agency", "Anadolu"), ("Tasnim News Agency", "Tasnim"), ("Fars News Agency", "Fars"),
        ("PressTV", "Press TV"), ("Al-Jazeera", "Al Jazeera"), ("Korean Central News Agency", "KCNA"),
        ("RIA Novosti", "RIA Novosti"), ("Interfax", "Interfax"), ("Sputnik", "Sputnik"),
    ])
    func canonicalNames(alias: String, canonical: String) {
        #expect(AgencyCatalog.canonicalName(alias) == canonical)
    }

    @Test(arguments: ["ap", "the", "Ministry of Defence", "Parliament"])
    func unknownNamesAreNotAgencies(name: String) {
        #expect(AgencyCatalog.canonicalName(name) == nil)
    }

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var agency: String?
        var cited: [String]
        var description: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = [
        Case(
            text: "Tehran (IRNA) - The minister spoke, Press TV reported.\n\nHe told Tasnim the talks would go on.",
            agency: "IRNA", cited: ["Press TV", "Tasnim"]),
        Case(
            text: "BEIRUT (AP) — The army said, according to Al-Jazeera, that the AP was told nothing.",
            agency: "AP", cited: ["Al Jazeera"]),
        Case(
            text: "The general said so, IRNA reported.\n\nIRNA news agency said more on Monday.",
            agency: nil, cited: ["IRNA"]),
        Case(
            text: "Officials spoke to Reuters.\n\nThe ministry told the Associated Press it would not comment.",
            agency: nil, cited: ["Reuters", "AP"]),
        Case(text: "Trade rose.\n\nCopyright 2018 Kyodo News. All rights reserved.", agency: "Kyodo", cited: []),
        Case(text: "Prices fell.\n\n-- AFP", agency: "AFP", cited: []),
        Case(text: "Die Preise stiegen um mehr als zwei Prozent, sagte der Sprecher.", agency: nil, cited: []),
        Case(
            text: "Headline here\n\nBy Jane Doe, Reuters\n\nThe board met, Sputnik said.", agency: "Reuters",
            cited: ["Sputnik"]),
    ]

    @Test(arguments: cases)
    func issuerAndCitedSources(_ testCase: Case) {
        let article = WireCopyParser.parse(text: testCase.text, receivedAt: Date(), hints: ArticleHints())
        #expect(article.agency == testCase.agency)
        let agencies = article.sources.filter { $0.role == .agency }.map(\.name)
        #expect(agencies == (testCase.agency.map { [$0] } ?? []))
        #expect(article.sources.filter { $0.role == .cited }.map(\.name) == testCase.cited)
    }
}
