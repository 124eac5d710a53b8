/// The readers of month words: each selects from `MonthNames.table` the words it accepts, so that a month word is
/// written once however many readers take it.
struct MonthReaders: OptionSet, Sendable {
    let rawValue: UInt8

    /// `MonthNames.month(of:)`: wire datelines and the dates of story headers, read by name or any prefix of three
    /// letters or more (which covers the abbreviations).
    static let datelines = MonthReaders(rawValue: 1)
    /// `MonthNames.strictPattern`: full dates in running text and in date headers (`DateFinder`, `DateHeader`).
    static let runningText = MonthReaders(rawValue: 2)
    /// `DateHeader.mayBeHeader`: the first words that let a line be tried as a date header.
    static let headerOpening = MonthReaders(rawValue: 4)
    /// `HTMLDateParser`: dates as web pages print them, in the languages of the feeds.
    static let webPages = MonthReaders(rawValue: 8)
    /// `HijriDate`: the months of the Islamic (Umm al-Qura) calendar, which Saudi copy dates by.
    static let islamicDates = MonthReaders(rawValue: 16)
    /// `SolarHijriDate`: the months of the Iranian calendar, which Persian copy and its sites date by.
    static let solarHijriDates = MonthReaders(rawValue: 32)

    init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// One word for a month, as `MonthNames.words` lists them: what it is, and which readers accept it.
struct MonthWord: Sendable {
    /// What kind of word it is: a name, a shortening, or another spelling of a name.
    enum Form: Sendable {
        /// The name as the language writes it (`march`, `märz`).
        case name
        /// The name in the case a date takes (`marca`, `března`, `марта`: "of March").
        case genitive
        /// A shortening (`mar`, `mär`, `mrz`).
        case abbreviation
        /// A regional or unaccented spelling (`jänner`, `maerz`, `aout`).
        case variant
        /// A slip a hand-written pattern once accepted and dates are still read with (`sepember`).
        case misspelling
    }

    var word: String
    /// 1 for January.
    var month: Int
    /// ISO 639-1 code.
    var language: String
    var form: Form
    var readers: MonthReaders
}

/// The month words of one language: its twelve names, January first, and its other words, each with the readers that
/// accept it.
struct MonthLanguage: Sendable {
    var language: String
    var names: [String]
    var nameForm: MonthWord.Form = .name
    var nameReaders: MonthReaders
    /// Words besides the names, with their month.
    var others: [(month: Int, word: String, form: MonthWord.Form, readers: MonthReaders)] = []

    var words: [MonthWord] {
        let named = names.enumerated().map { index, name in
            MonthWord(word: name, month: index + 1, language: language, form: nameForm, readers: nameReaders)
        }
        return named + others.map { MonthWord(word: $0.1, month: $0.0, language: language, form: $0.2, readers: $0.3) }
    }
}

extension MonthNames {
    private static let everyReader: MonthReaders = [.datelines, .runningText, .headerOpening, .webPages]
    private static let headersAndPages: MonthReaders = [.runningText, .headerOpening, .webPages]
    /// The readers of the other languages agencies file in: their datelines and the date lines of their sites.
    private static let wireLanguages: MonthReaders = [.datelines, .runningText]

    /// Month names and their abbreviations in every language wiredesk reads dates in, one row a language. A word the
    /// same in two languages (`april`, `agosto`) is in each language's row; a shortening two languages share is in the
    /// first one's. The order of the rows is the order `month(of:)` tries the languages in.
    static let table: [MonthLanguage] = [
        MonthLanguage(
            language: "en",
            names: [
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december",
            ],
            nameReaders: everyReader,
            others: [
                (1, "jan", .abbreviation, headersAndPages), (2, "feb", .abbreviation, headersAndPages),
                (3, "mar", .abbreviation, headersAndPages), (4, "apr", .abbreviation, headersAndPages),
                (6, "jun", .abbreviation, headersAndPages), (7, "jul", .abbreviation, headersAndPages),
                (8, "aug", .abbreviation, headersAndPages), (9, "sep", .abbreviation, headersAndPages),
                (9, "sept", .abbreviation, headersAndPages), (10, "oct", .abbreviation, headersAndPages),
                (11, "nov", .abbreviation, headersAndPages), (12, "dec", .abbreviation, headersAndPages),
                (9, "sepember", .misspelling, .runningText),
            ]),
        MonthLanguage(
            language: "es",
            names: [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ],
            nameReaders: [.datelines, .webPages],
            others: [
                (1, "ene", .abbreviation, .webPages), (4, "abr", .abbreviation, .webPages),
                (8, "ago", .abbreviation, .webPages), (12, "dic", .abbreviation, .webPages),
            ]),
        MonthLanguage(
            language: "fr",
            names: [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
            nameReaders: [.datelines, .webPages],
            others: [
                (1, "janv", .abbreviation, .webPages), (2, "févr", .abbreviation, .webPages),
                (2, "fév", .abbreviation, .webPages), (2, "fevrier", .variant, .webPages),
                (4, "avr", .abbreviation, .webPages), (7, "juil", .abbreviation, .webPages),
                (8, "aout", .variant, .webPages), (12, "déc", .abbreviation, .webPages),
                (12, "decembre", .variant, .webPages),
            ]),
        MonthLanguage(
            language: "de",
            names: [
                "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember",
            ],
            nameReaders: [.datelines, .webPages],
            others: [
                (1, "jänner", .variant, .webPages), (2, "feber", .variant, .webPages),
                (3, "mär", .abbreviation, .webPages), (3, "maerz", .variant, .webPages),
                (3, "mrz", .abbreviation, .webPages), (10, "okt", .abbreviation, .webPages),
                (12, "dez", .abbreviation, .webPages),
            ]),
        MonthLanguage(
            language: "it",
            names: [
                "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre",
            ],
            nameReaders: [.datelines, .webPages],
            others: [(9, "set", .abbreviation, .webPages), (10, "ott", .abbreviation, .webPages)]),
        MonthLanguage(
            language: "pt",
            names: [
                "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro",
            ],
            nameReaders: [.datelines, .webPages],
            others: [(10, "out", .abbreviation, .webPages)]),
        MonthLanguage(
            language: "nl",
            names: [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ],
            nameReaders: [.datelines, .webPages]),
        MonthLanguage(
            language: "ro",
            names: [
                "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                "octombrie", "noiembrie", "decembrie",
            ],
            nameReaders: .webPages),
        MonthLanguage(
            language: "sv",
            names: [
                "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december",
            ],
            nameReaders: .webPages),
        MonthLanguage(
            language: "pl",
            names: [
                "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia",
            ],
            nameForm: .genitive, nameReaders: .webPages),
        MonthLanguage(
            language: "cs",
            names: [
                "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                "listopadu", "prosince",
            ],
            nameForm: .genitive, nameReaders: .webPages),
        MonthLanguage(
            language: "ru",
            names: [
                "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря",
            ],
            // TASS and RIA Novosti date by the genitive (`5 декабря`) or its shortening (`5 дек`, `5 ДЕК 2023`).
            nameForm: .genitive, nameReaders: [.datelines, .runningText, .webPages],
            others: [
                (1, "янв", .abbreviation, .runningText), (2, "фев", .abbreviation, .runningText),
                (3, "мар", .abbreviation, .runningText), (4, "апр", .abbreviation, .runningText),
                (5, "май", .name, wireLanguages), (6, "июн", .abbreviation, .runningText),
                (7, "июл", .abbreviation, .runningText), (8, "авг", .abbreviation, .runningText),
                (9, "сен", .abbreviation, .runningText), (9, "сент", .abbreviation, .runningText),
                (10, "окт", .abbreviation, .runningText), (11, "ноя", .abbreviation, .runningText),
                (11, "нояб", .abbreviation, .runningText), (12, "дек", .abbreviation, .runningText),
            ]),
        MonthLanguage(
            language: "tr",
            names: [
                "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                "aralık",
            ],
            nameReaders: [.datelines, .runningText, .webPages]),
        // Antara and the Indonesian press.
        MonthLanguage(
            language: "id",
            names: [
                "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
                "november", "desember",
            ],
            nameReaders: wireLanguages,
            others: [(8, "agu", .abbreviation, .runningText), (12, "des", .abbreviation, .runningText)]),
        // The Gregorian months as Egyptian and Gulf agencies write them (MENA, WAM, QNA, SPA's `الموافق` date).
        MonthLanguage(
            language: "ar",
            names: [
                "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                "ديسمبر",
            ],
            nameReaders: wireLanguages,
            others: [
                (4, "إبريل", .variant, wireLanguages), (4, "ابريل", .variant, wireLanguages),
                (8, "اغسطس", .variant, wireLanguages), (10, "اكتوبر", .variant, wireLanguages),
            ]),
        // IANS and PTI's Hindi service (Bhasha), both spellings of the nasal.
        MonthLanguage(
            language: "hi",
            names: ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
            nameReaders: wireLanguages,
            others: [
                (2, "फ़रवरी", .variant, wireLanguages), (9, "सितम्बर", .variant, wireLanguages),
                (10, "अक्तूबर", .variant, wireLanguages), (11, "नवम्बर", .variant, wireLanguages),
                (12, "दिसम्बर", .variant, wireLanguages),
            ]),
        // The months of the Islamic calendar (Umm al-Qura), which SPA datelines give before the Gregorian date.
        MonthLanguage(
            language: "ar-hijri",
            names: [
                "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
                "شوال", "ذو القعدة", "ذو الحجة",
            ],
            nameReaders: .islamicDates,
            others: [
                (3, "ربيع الاول", .variant, .islamicDates), (4, "ربيع الثاني", .variant, .islamicDates),
                (6, "جمادى الثانية", .variant, .islamicDates), (5, "جمادى الاولى", .variant, .islamicDates),
                (11, "ذي القعدة", .variant, .islamicDates), (12, "ذي الحجة", .variant, .islamicDates),
            ]),
        // The months of the Iranian (Solar Hijri) calendar, which IRNA's pages date by.
        MonthLanguage(
            language: "fa",
            names: [
                "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
            ],
            nameReaders: .solarHijriDates),
    ]

    /// Every month word of `table`, row by row.
    static let words: [MonthWord] = table.flatMap(\.words)

    /// The words `readers` accept, in table order, each once.
    static func words(for reader: MonthReaders) -> [MonthWord] {
        var seen: Set<String> = []
        return words.filter { $0.readers.contains(reader) && seen.insert($0.word).inserted }
    }
}
