import Foundation

extension DatelineParser {
    /// The parts the forms are built from; `pattern` is each one's regular expression.
    enum Part: CaseIterable {
        /// Stray letters before the dateline (`a  WASHINGTON ...`), optional.
        case junk
        /// `TEHRAN`, `RIO DE JANEIRO`, `Rio de Janeiro`: up to five words, the first capitalised.
        case place
        /// `new york`, `Lisbon`: up to three words, the first in either case; only before a date, which makes the
        /// dateline (copy keyed in lower case, or a city whose case a system lost).
        case anyCasePlace
        /// `, Ill.`, `, D.C.`: optional.
        case region
        /// A comma before the date, or only a space after a region's abbreviation point (`RICHMOND, Va. Feb 26`).
        case dateSeparator
        /// `Dec. 12`, `12 Dec 2016`, `Monday, December 12`, `12th March`.
        case date
        /// `Monday` alone.
        case weekday
        /// `April`, `Nov.`: a month without its day (`LONDON, April -`), read for the place; it dates nothing.
        case month
        /// `(Xinhua)`, `( AP ).`
        case bracketedAgency
        /// `/TASS/.`
        case slashedAgency
        /// A catalogued agency name written bare: `Kyodo`, `IRNA`.
        case namedAgency
        /// `-`, `--`, `—`, `:` with what may follow it; `_` stands for a dash in old ANPA wire copy (`(AP) _`).
        case dash
        /// A dash with a blank on at least one side, after an agency name alone: `RNA -` is a dateline, the `AP-` of
        /// `AP-NORC poll` or of a slug `AP-US-Budget` is not.
        case leadDash
        /// A dash, or none before a capital (`New Delhi, Dec 11 (PTI) The ...`).
        case dashOrCapital
        case spaces, comma, optionalComma, optionalPoint, optionalOpeningBracket, optionalClosingBracket
        /// `13/12`, `2 - 12`, `05/12/2023`: day, then month in figures (VNA, KUNA).
        case numericDate
        /// ` - ` between a place and a numeric date (KUNA).
        case spacedDash
        /// ` في `, "in", between an Arabic dateline's place and its date (MENA, WAM, QNA).
        case arabicIn
        /// `26 جمادى الآخرة 1444 هـ الموافق`: a Hijri date, and the word that gives its Gregorian equivalent (SPA).
        case hijriDate
        /// `م`, the Gregorian era's mark after a year (SPA).
        case eraMark
        /// One or more blanks, or the end of the paragraph: the lead starts after a bare agency name (SPA's `واس`),
        /// or in the next paragraph when the dateline stands on a line of its own.
        case blank
        /// `به گزارش خبرنگار سیاسی ایرنا،`: "as the political correspondent of IRNA reports", IRNA's opening without
        /// a place, also as `به گزارش ایرنا از اصفهان،` ("... reports from Isfahan").
        case reportOpening
        /// The city right after a Chinese agency's name (`新华社北京`), in Han characters.
        case hanPlace
        /// `12月5日电`: month, day and the "cabled" of a Chinese dateline; its year in front at times (`2024年1月1日电`).
        case hanDate
        /// `（记者张三）`, `(记者 李四)`: the reporters a Chinese dateline names, optional.
        case hanReporters
        /// `【`, the corner bracket of a Japanese dateline (Kyodo `【東京共同】`, Jiji `【ワシントン時事】`).
        case cornerOpen
        /// The city inside a Japanese dateline's brackets, before the agency.
        case cornerPlace
        /// `】`.
        case cornerClose
        /// `(서울=`: a Korean dateline's bracket and city before the agency (Yonhap `(서울=연합뉴스)`).
        case equalsPlace
        /// `)`, closing a Korean dateline.
        case closingBracket
        /// `홍길동 기자 =`, `홍길동 특파원 =`: the reporters a Korean dateline names, optional.
        case koreanReporters
        /// A dash, or a point and blanks: `- ایرنا-`, `— РИА Новости.`
        case dashOrPoint
        /// The day Japanese and Korean copy gives in its lead (`2日`, `22일`), read without being consumed.
        case leadDay

        var pattern: String {
            switch self {
            case .junk: "(?:[a-z]{1,2}\\s{2,})?"
            // A capital, or a letter of a script without case (Arabic, Devanagari): `القاهرة`, `नई दिल्ली`. dpa names a
            // city by its river or region, or two cities, after a slash: `Frankfurt/Main`, `Berlin/Hamburg`.
            case .place: "(?<place>[\\p{Lu}\\p{Lo}]\(word)*(?:/\\p{Lu}\(word)*)?(?:[ ]{1,2}\\p{L}\(word)*){0,4})"
            case .anyCasePlace: "(?<place>\\p{L}\(word)*(?:[ ]{1,2}\\p{L}\(word)*){0,2})"
            case .region: "(?:\\s*,\\s*(?<region>\\p{Lu}\(word)*(?:[ ]\\p{Lu}\(word)*){0,2}))?"
            case .dateSeparator: "(?:\\s*,\\s*|(?<=\\.)\\s+)"
            case .date:
                "(?:(?<weekday>\(WeekdayNames.pattern))\\s*,?\\s*)?"
                    + "(?:(?<month>\(MonthNames.wordPattern))\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?"
                    + "|(?<day2>\\d{1,2}|\(DayNumberWords.pattern))(?:st|nd|rd|th)?\\.?\\s+(?<month2>\(MonthNames.wordPattern)))"
                    + "(?:\\s*,?\\s*(?<year>(?:19|20|١٩|٢٠|۱۹|۲۰)\\d{2}))?"
            case .weekday: "(?<weekday>\(WeekdayNames.pattern))"
            case .month: "(?<month>\(MonthNames.wordPattern))"
            case .bracketedAgency: "\\(\\s*(?<agency>[^()\\n]{2,40}?)\\s*\\)\\.?"
            case .slashedAgency: "/\\s*(?<agency>[^/\\n]{2,25}?)\\s*/\\.?\\s+"
            case .namedAgency: "(?<agency>\(AgencyCatalog.guardedAliasPattern))"
            case .dash: dashPattern
            case .leadDash: "(?:(?=\\s)\(dashPattern)|\(dashMark)\\s+)"
            // Hindi copy ends its dateline with a danda (`(आईएएनएस)।`) or nothing before a letter without case.
            case .dashOrCapital: "(?:\(dashPattern)|\\s*।\\s*|\\s+(?=\\p{Lu}|\\p{Lo}|[\"“]))"
            case .spaces: "\\s*"
            case .comma: "\\s*,\\s*"
            case .optionalComma: "\\s*,?\\s*"
            case .optionalPoint: "\\.?"
            case .optionalOpeningBracket: "\\(?"
            case .optionalClosingBracket: "\\)?"
            case .numericDate:
                "(?<day>\\d{1,2})\\s*[-/.]\\s*(?<month>\\d{1,2})(?:[-/.](?<year>(?:19|20)\\d{2}))?(?!\\d)"
            case .spacedDash: "\\s+-\\s+"
            case .arabicIn: "\\s+في\\s+"
            case .hijriDate: "\(HijriDate.pattern)\\s*(?:الموافق\\s*)?"
            case .eraMark: "(?:\\s*م(?!\\p{L}))?"
            case .blank: "(?:\\s+|$)"
            case .reportOpening:
                "به\\s+گزارش(?:\\s+[^\\s،,:]{1,20}){0,5}?\\s+(?<agency>ایرنا|ایسنا|ایلنا|ارنا)"
                    + "(?:\\s+از\\s+[^\\s،,:]{2,20}(?:\\s+[^\\s،,:]{2,20}){0,2})?\\s*[،,]\\s*"
            case .hanPlace: "\\s*(?<place>\\p{Han}{1,10}?)\\s*"
            case .hanDate:
                "(?:(?<year>(?:19|20)\\d{2})\\s*年\\s*)?(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日\\s*电?"
            case .hanReporters: "\\s*(?:[（(]\\s*(?:记者|記者)\\s*(?<byline>[^）)\\n]{1,30}?)\\s*[）)])?\\s*"
            case .cornerOpen: "\\s*【\\s*"
            case .cornerPlace: "(?<place>[^【】\\s\\d]{1,15}?)"
            case .cornerClose: "\\s*】\\s*"
            case .equalsPlace: "\\(\\s*(?<place>[^=()\\n]{1,20}?)\\s*=\\s*"
            case .closingBracket: "\\s*\\)\\s*"
            case .koreanReporters: "(?:(?<byline>[^=\\n()]{1,40}?)\\s*(?:기자|특파원)\\s*=\\s*)?"
            case .dashOrPoint: "(?:\(dashPattern)|\\.\\s+)"
            case .leadDay: "(?=(?:[^\\n]{0,120}?(?<!\\d)(?<leadday>\\d{1,2})\\s*[日일](?![\\d間本간])(?!\\s*(?:以上|이상)))?)"
            }
        }

        private var word: String { "[\\p{L}\\p{M}'’.\\-]" }
        // Hyphens of word processors (`‐`, the no-break `‑`) stand for the dash too.
        private var dashMark: String { "(?:-{1,3}|[‐‑‒–—―]{1,2}|:|_|।)" }
        // The lead follows, or the dateline ends its paragraph and the lead is the next one.
        private var dashPattern: String { "\\s*\(dashMark)(?=\\s|\\p{L}|\\d|[\"“'‘<(]|$)\\s*" }
    }

}
