import Foundation
import Testing
import WiredeskCore

/// The wire conventions of several agencies, written from their style guides' descriptions: dateline shapes, the
/// year of a dateline near New Year, routing lines above the headline, bylines and languages.
@Suite struct WireScopeTests {
    /// Received 2 Jan 2017, 09:00 UTC.
    static let newYear = Date(timeIntervalSince1970: 1_483_347_600)
    /// Received 20 Dec 2016, noon UTC.
    static let december = Date(timeIntervalSince1970: 1_482_235_200)

    static func parse(_ text: String, receivedAt: Date = december) -> Article {
        WireCopyParser.parse(text: text, receivedAt: receivedAt, hints: ArticleHints())
    }

    @Test(
        arguments: [
            // Title case, multi-word and hyphenated places; en and em dashes; double hyphens.
            (
                "Buenos Aires, Dec. 4 (Xinhua) -- Argentina's", "Buenos Aires, Dec. 4 (Xinhua) --", "Buenos Aires",
                "Xinhua"
            ),
            ("SAO PAULO, 7 Dec (AFP) – Brazil's", "SAO PAULO, 7 Dec (AFP) –", "Sao Paulo", "AFP"),
            (
                "SAINT PETERSBURG, December 9 /TASS/. The", "SAINT PETERSBURG, December 9 /TASS/.", "Saint Petersburg",
                "TASS"
            ),
            ("BUSAN, Dec. 10 (Yonhap) -- South Korea's", "BUSAN, Dec. 10 (Yonhap) --", "Busan", "Yonhap"),
            ("Mashhad (IRNA) -- Iran's", "Mashhad (IRNA) --", "Mashhad", "IRNA"),
            ("SALT LAKE CITY, Dec. 11 (UPI) -- Utah's", "SALT LAKE CITY, Dec. 11 (UPI) --", "Salt Lake City", "UPI"),
            (
                "Frankfurt am Main, Dec 12 (dpa) - Germany's", "Frankfurt am Main, Dec 12 (dpa) -", "Frankfurt am Main",
                "dpa"
            ),
            ("OSAKA, Dec. 13 (Kyodo) -- Japan's", "OSAKA, Dec. 13 (Kyodo) --", "Osaka", "Kyodo"),
            ("WINSTON-SALEM, N.C. (AP) — North Carolina's", "WINSTON-SALEM, N.C. (AP) —", "Winston-Salem", "AP"),
            (
                "DAR ES SALAAM, Dec 14 (Reuters) - Tanzania's", "DAR ES SALAAM, Dec 14 (Reuters) -", "Dar es Salaam",
                "Reuters"
            ),
            ("Tasnim — Iran's", "Tasnim —", nil, "Tasnim"),
            ("RNA – Iran's", "RNA –", nil, "RNA"),
            ("BISMARCK, N.D. (AP) -- North Dakota's", "BISMARCK, N.D. (AP) --", "Bismarck", "AP"),
        ] as [(String, String, String?, String)])
    func readsDatelineShapes(lead: String, dateline: String, place: String?, agency: String) {
        let article = Self.parse("Headline for the story\n\n\(lead) economy grew.\n\nMore text follows.")
        #expect(article.dateline == dateline)
        #expect(article.place == place)
        #expect(article.agency == agency)
        #expect(article.body.hasPrefix(lead.dropFirst(dateline.count).trimmingCharacters(in: .whitespaces)))
    }

    /// A dateline's year comes from the receipt time, never later than it: `Dec. 31` received on 2 January is last
    /// year's, `Dec 28` received on 20 December is the year before's.
    @Test(
        arguments: [
            ("BEIJING, Dec. 31 (Xinhua) -- Text.", newYear, "2016-12-31"),
            ("MOSCOW, December 30 /TASS/. Text.", newYear, "2016-12-30"),
            ("SEOUL, Jan. 1 (Yonhap) -- Text.", newYear, "2017-01-01"),
            ("PARIS, 28 Dec (AFP) - Text.", december, "2015-12-28"),
            ("TOKYO, Dec. 19 (Kyodo) -- Text.", december, "2016-12-19"),
        ] as [(String, Date, String)])
    func infersTheYearAtTheYearBoundary(lead: String, receivedAt: Date, published: String) {
        #expect(Self.parse("Headline\n\n" + lead, receivedAt: receivedAt).published == published)
    }

    /// A weekday alone only confirms a date; it never makes one up.
    @Test(arguments: [
        "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.",
        "Tehran (IRNA) - The minister said on Monday that talks would resume.",
        "The company said on Friday that profits fell.",
    ])
    func weekdaysInventNoDate(lead: String) {
        #expect(Self.parse("Headline\n\n" + lead).published == nil)
    }

    /// Priority codes and slugs above the headline are dropped; headline prefixes stay in the title.
    @Test(arguments: [
        (
            "URGENT\nUPDATE 2-Oil jumps after OPEC deal\n\nLONDON, Dec 12 (Reuters) - Oil rose.",
            "UPDATE 2-Oil jumps after OPEC deal"
        ),
        ("BC-Oil-Prices,0412\nOil jumps after OPEC deal\n\nLONDON (AP) — Oil rose.", "Oil jumps after OPEC deal"),
        ("FLASH\nOil jumps\n\nLONDON, 12 Dec (AFP) - Oil rose.", "Oil jumps"),
        ("OIL-OPEC/\nWRAPUP 1-Oil jumps\n\nLONDON, Dec 12 (Reuters) - Oil rose.", "WRAPUP 1-Oil jumps"),
        (
            "BULLETIN\nFACTBOX-What the OPEC deal means\n\nVIENNA, Dec 12 (Reuters) - Oil rose.",
            "FACTBOX-What the OPEC deal means"
        ),
        ("OIL JUMPS AFTER OPEC DEAL\n\nLONDON, Dec 12 (Reuters) - Oil rose.", "OIL JUMPS AFTER OPEC DEAL"),
    ])
    func dropsSlugsAndKeepsHeadlinePrefixes(text: String, title: String) {
        let article = Self.parse(text)
        #expect(article.title == title)
        #expect(article.body.hasPrefix("Oil rose."))
    }

    @Test(arguments: [
        ("Headline\n\nBy Kim Tong-hyung\n\nSEOUL (AP) — Text.", "Kim Tong-hyung"),
        ("Headline\n\nBy AFP Staff\n\nPARIS (AFP) - Text.", "AFP Staff"),
        ("Headline\n\nBy Jane Doe and John Roe\n\nNEW YORK (AP) — Text.", "Jane Doe and John Roe"),
        (
            "Headline\n\nMOSCOW (Reuters) - Text.\n\n(Reporting by Olga Ivanova; Editing by Kevin Liffey)",
            "Olga Ivanova"
        ),
        (
            "Headline\n\nBERLIN (Reuters) - Text.\n\nReporting by Ann Weber and Tom Kaiser; Writing by Ray Fox; Editing by Sue Mill",
            "Ann Weber and Tom Kaiser and Ray Fox"
        ),
    ])
    func readsBylines(text: String, byline: String) {
        #expect(Self.parse(text).byline == byline)
    }

    @Test(arguments: [
        ("Minister powiedział, że rozmowy z delegacją odbyły się w przyjaznej atmosferze i nie ma porozumienia.", "pl"),
        (
            "Ministern sa att samtalen med delegationen hölls i en vänlig atmosfär och att det inte finns något avtal.",
            "sv"
        ),
        ("Menteri mengatakan bahwa pembicaraan dengan delegasi yang dilakukan di dalam suasana yang bersahabat.", "id"),
        ("Ο υπουργός δήλωσε ότι οι συνομιλίες με την αντιπροσωπεία έγιναν σε φιλικό κλίμα.", "el"),
        ("השר אמר כי השיחות עם המשלחת התקיימו באווירה ידידותית.", "he"),
        ("मंत्री ने कहा कि प्रतिनिधिमंडल के साथ बातचीत मैत्रीपूर्ण माहौल में हुई।", "hi"),
        ("Міністр заявив, що переговори з делегацією пройшли в дружній атмосфері і що їх буде продовжено.", "uk"),
    ])
    func detectsMoreLanguages(text: String, language: String) {
        #expect(LanguageDetector.detect(text) == language)
    }

    /// The issuing agency is told apart from the outlets the text cites.
    @Test(
        arguments: [
            ("ANKARA, Dec 3 (Xinhua) -- Turkey's minister spoke, Anadolu Agency reported.", "Xinhua", ["Anadolu"]),
            ("SEOUL, Dec. 3 (Yonhap) -- The launch was confirmed, according to Kyodo News.", "Yonhap", ["Kyodo"]),
            ("MOSCOW, December 3 /TASS/. The minister told RIA Novosti the talks went well.", "TASS", ["RIA Novosti"]),
            ("DOHA (AFP) - The emir spoke, Al Jazeera television reported.", "AFP", ["Al Jazeera"]),
            ("Tehran (IRNA) -- The general said so, the Fars News Agency reported.", "IRNA", ["Fars"]),
        ] as [(String, String, [String])])
    func separatesIssuerFromCitedOutlets(lead: String, agency: String, cited: [String]) {
        let article = Self.parse("Headline\n\n" + lead)
        #expect(article.agency == agency)
        #expect(article.sources.filter { $0.role == .cited }.map(\.name) == cited)
    }

    @Test func catalogueKnowsAtLeastThirtyAgencies() {
        let names = [
            "Reuters", "AP", "AFP", "Xinhua", "TASS", "Yonhap", "IRNA", "UPI", "dpa", "Kyodo", "ANSA", "EFE", "PTI",
            "Anadolu", "Tasnim", "Fars", "Mehr", "ISNA", "RNA", "Press TV", "Al Jazeera", "SANA", "WAM", "KUNA",
            "BBC", "CNN", "Bernama", "Antara", "KCNA", "Interfax", "Jiji", "NHK", "Sputnik", "RIA Novosti",
        ]
        #expect(names.allSatisfy { AgencyCatalog.canonicalName($0) == $0 })
        #expect(names.count >= 30)
    }
}
