import Foundation
import Testing

@testable import WiredeskCore

/// Wire copy of agencies that file in other languages and scripts, read by each agency's own conventions: its
/// dateline form, the date lines its site prints above the headline, its trailers. Every case is written for the
/// convention (other cities, dates and reporters than any sample), never copied from a story.
@Suite struct WorldWireCopyTests {
    /// Received 1 Mar 2024, 00:00 UTC: after every date below.
    static let received = Date(timeIntervalSince1970: 1_709_251_200)

    static func parse(_ text: String) -> Article {
        WireCopyParser.parse(text: TextDecoder.normalize(text), receivedAt: received, hints: ArticleHints())
    }

    struct Story: Sendable, CustomTestStringConvertible {
        var text: String
        var title: String?
        var place: String?
        var date: String?
        var agency: String
        var byline: String? = nil
        var lead: String
        var absent: [String] = []
        var testDescription: String { agency + " " + (place ?? "-") }
    }

    static let stories: [Story] = [
        Story(
            text: "3 ФЕВ 2023, 11:05\n\nВ Казани открыли новый мост\n\n"
                + "КАЗАНЬ, 3 февраля. /ТАСС/. Движение по мосту через Казанку открыли в пятницу.\n\nМост строили два года.",
            title: "В Казани открыли новый мост", place: "Казань", date: "2023-02-03", agency: "TASS",
            lead: "Движение по мосту", absent: ["/ТАСС/", "3 ФЕВ 2023"]),
        Story(
            text: "16:40 12.10.2023 (обновлено: 18:02 13.10.2023)\n\nВ Самаре построят стадион\n\n"
                + "САМАРА, 12 окт — РИА Новости. Власти Самары выбрали участок под стадион.\n\nСтройка начнется весной.",
            title: "В Самаре построят стадион", place: "Самара", date: "2023-10-12", agency: "RIA Novosti",
            lead: "Власти Самары", absent: ["РИА Новости."]),
        Story(
            text: "Нижний Новгород. 7 июля. INTERFAX.RU - Мост через Оку закрыли на ремонт.\n\nРемонт займет месяц.",
            title: nil, place: "Нижний Новгород", date: "2023-07-07", agency: "Interfax", lead: "Мост через Оку"),
        Story(
            text: "Омск. 7 июля. INTERFAX.RU - Аэропорт Омска закрыли из-за тумана.\n\nРейсы задерживаются.",
            title: nil, place: "Омск", date: "2023-07-07", agency: "Interfax", lead: "Аэропорт Омска",
            absent: ["INTERFAX.RU"]),
        Story(
            text: "2023-06-08 09:12:30　来源：新华网\n\n广州地铁新线开通\n\n"
                + "新华社广州6月8日电（记者王芳）广州地铁新线8日开通运营。\n\n新线全长20公里。\n\n【纠错】 【责任编辑：赵敏】",
            title: "广州地铁新线开通", place: "广州", date: "2023-06-08", agency: "Xinhua", byline: "王芳",
            lead: "广州地铁新线8日开通运营", absent: ["新华社广州", "来源", "责任编辑"]),
        Story(
            text: "2023年3月9日 08:15\n\n札幌で大雪、交通に乱れ\n\n"
                + "【札幌共同】北海道では9日、大雪の影響で列車の運休が相次いだ。\n\n除雪作業が続いている。\n\n（共同）",
            title: "札幌で大雪、交通に乱れ", place: "札幌", date: "2023-03-09", agency: "Kyodo", lead: "北海道では9日",
            absent: ["【札幌共同】", "（共同）"]),
        Story(
            text: "송고시간2023-09-21 10:05\n\n부산 해수욕장 폐장\n\n"
                + "(부산=연합뉴스) 이순신 기자 = 부산시는 21일 해수욕장 운영을 마쳤다고 밝혔다.\n\n방문객이 늘었다.\n\n"
                + "sslee@yna.co.kr\n\n(끝)",
            title: "부산 해수욕장 폐장", place: "부산", date: "2023-09-21", agency: "Yonhap", byline: "이순신",
            lead: "부산시는 21일", absent: ["(끝)", "@yna.co.kr", "연합뉴스"]),
        Story(
            text: "الأحد 8 أكتوبر 2023 10:20\n\nافتتاح متحف جديد في أسوان\n\n"
                + "أسوان في 8 أكتوبر /أ ش أ/ افتتح محافظ أسوان اليوم متحفا جديدا للآثار.\n\nويضم المتحف مئات القطع.",
            title: "افتتاح متحف جديد في أسوان", place: "أسوان", date: "2023-10-08", agency: "MENA",
            lead: "افتتح محافظ أسوان", absent: ["/أ ش أ/"]),
        Story(
            text: "جدة 10 رجب 1445 هـ الموافق 22 يناير 2024 م واس افتتح أمير المنطقة اليوم معرضا للكتاب.\n\n"
                + "ويستمر المعرض عشرة أيام.\n\n// انتهى //",
            title: nil, place: "جدة", date: "2024-01-22", agency: "SPA", lead: "افتتح أمير المنطقة",
            absent: ["انتهى", "واس"]),
        // SPA's dateline on a line of its own, the lead on the next.
        Story(
            text: "الدمام 2 شعبان 1445 هـ الموافق 12 فبراير 2024 م واس\nأعلنت الأمانة اليوم افتتاح حديقة جديدة.\n\n"
                + "وتبلغ مساحة الحديقة عشرين ألف متر مربع.",
            title: nil, place: "الدمام", date: "2024-02-12", agency: "SPA", lead: "أعلنت الأمانة",
            absent: ["واس"]),
        // Xinhua's dateline with its year, as some stories carry it.
        Story(
            text: "杭州亚运场馆向公众开放\n\n新华社杭州2023年11月5日电（记者陈明）杭州亚运会场馆5日起向公众开放。\n\n首批开放十个场馆。",
            title: "杭州亚运场馆向公众开放", place: "杭州", date: "2023-11-05", agency: "Xinhua", byline: "陈明",
            lead: "杭州亚运会场馆5日起", absent: ["新华社杭州"]),
        Story(
            text: "الأحمدي - 14 - 2 (كونا) -- أعلنت شركة النفط اليوم عن خطة جديدة.\n\nوقال المتحدث إن الخطة شاملة.\n\n"
                + "(النهاية)\n\nع ن / ب ك",
            title: nil, place: "الأحمدي", date: "2024-02-14", agency: "KUNA", lead: "أعلنت شركة النفط",
            absent: ["(النهاية)", "(كونا)"]),
        Story(
            text: "۲۰ مهر ۱۴۰۲، ۰۹:۱۵\n\nافتتاح کتابخانه در شیراز\n\n"
                + "شیراز- ایرنا- کتابخانه مرکزی شیراز امروز افتتاح شد.\n\nاین کتابخانه هزار جلد کتاب دارد.\n\nانتهای پیام/",
            title: "افتتاح کتابخانه در شیراز", place: "شیراز", date: "2023-10-12", agency: "IRNA",
            lead: "کتابخانه مرکزی شیراز", absent: ["ایرنا-", "انتهای پیام"]),
        Story(
            text: "लखनऊ, सात फरवरी (भाषा) उत्तर प्रदेश सरकार ने नई बस सेवा शुरू की।\n\nयह सेवा रोज चलेगी।\n\nभाषा अमित राजेश",
            title: nil, place: "लखनऊ", date: "2024-02-07", agency: "PTI", lead: "उत्तर प्रदेश सरकार",
            absent: ["(भाषा)", "भाषा अमित"]),
        Story(
            text: "पटना, 11 अगस्त (आईएएनएस)। बिहार में भारी बारिश हुई।\n\nनदियां उफान पर हैं।\n\n--आईएएनएस",
            title: nil, place: "पटना", date: "2023-08-11", agency: "IANS", lead: "बिहार में भारी बारिश",
            absent: ["आईएएनएस"]),
        Story(
            text: "Rabu, 7 Juni 2023 14:02 WIB\n\nBandara baru dibuka di Medan\n\n"
                + "Medan (ANTARA) - Bandara baru dibuka untuk penerbangan domestik.\n\nPewarta: Rina Lestari\n\n"
                + "Editor: Agus Salim\n\nCOPYRIGHT © ANTARA 2023",
            title: "Bandara baru dibuka di Medan", place: "Medan", date: "2023-06-07", agency: "Antara",
            byline: "Rina Lestari", lead: "Bandara baru dibuka", absent: ["Pewarta", "Editor:", "COPYRIGHT"]),
        Story(
            text: "Thứ Tư, 15/11/2023 10:30 (GMT+7)\n\nCần Thơ mở cầu mới\n\n"
                + "Cần Thơ, 15/11 (TTXVN) - Thành phố đã thông xe cây cầu mới.\n\n(TTXVN/Vietnam+)",
            title: "Cần Thơ mở cầu mới", place: "Cần Thơ", date: "2023-11-15", agency: "VNA", lead: "Thành phố đã",
            absent: ["(TTXVN", "GMT+7"]),
        Story(
            text: "Ayşe Kaya   |14.02.2024 - Güncelleme : 15.02.2024\n\nEskişehir'de yeni kütüphane açıldı\n\n"
                + "ESKİŞEHİR (AA) - Kentte yeni bir kütüphane hizmete girdi.\n\nKütüphane her gün açık olacak.",
            title: "Eskişehir'de yeni kütüphane açıldı", place: "Eskişehir", date: "2024-02-14", agency: "Anadolu",
            byline: "Ayşe Kaya", lead: "Kentte yeni", absent: ["Güncelleme", "(AA)"]),
        Story(
            text: "जयपुर, 9 जनवरी (आईएएनएस)। राजस्थान में ठंड बढ़ गई।\n\nस्कूल बंद रहेंगे।\n\n--आईएएनएस\n\n"
                + "एबीसी/एक्सवाईजेड",
            title: nil, place: "जयपुर", date: "2024-01-09", agency: "IANS", lead: "राजस्थान में",
            absent: ["आईएएनएस", "एक्सवाईजेड"]),
        Story(
            text:
                "افتتاح پل در یزد\n\nبه گزارش ایرنا از یزد، پل تازه شهر امروز افتتاح شد.\n\nانتهای پیام/\n\n۱۲۳۴**۵۶۷۸",
            title: "افتتاح پل در یزد", place: nil, date: nil, agency: "IRNA", lead: "پل تازه شهر",
            absent: ["به گزارش", "انتهای پیام", "**"]),
        Story(
            text: "2023-05-20 11:40:02　来源：新华网\n\n武汉新机场航站楼封顶\n\n"
                + "新华社武汉５月２０日电（记者刘伟）武汉新机场航站楼20日封顶。\n\n（新华社记者 程敏 摄）\n\n预计明年投用。",
            title: "武汉新机场航站楼封顶", place: "武汉", date: "2023-05-20", agency: "Xinhua", byline: "刘伟",
            lead: "武汉新机场航站楼20日封顶", absent: ["摄", "来源"]),
        Story(
            text: "Toulouse inaugure une ligne de métro\n\nPhoto AFP / Marie Lenoir\n\n"
                + "TOULOUSE, 14 févr 2024 (AFP) - La ville a inauguré mercredi sa troisième ligne de métro.\n\n"
                + "Elle dessert vingt stations.\n\nabc/def\n\n© Agence France-Presse",
            title: "Toulouse inaugure une ligne de métro", place: "Toulouse", date: "2024-02-14", agency: "AFP",
            lead: "La ville a inauguré", absent: ["Photo AFP", "abc/def", "©"]),
        Story(
            text: "Bilbao estrena tranvía\n\nEFE/Ane Etxebarria\n\nBilbao, 14 feb (EFE).- La ciudad estrenó este "
                + "miércoles una nueva línea de tranvía.\n\nLa línea tiene doce paradas.\n\n(c) Agencia EFE",
            title: "Bilbao estrena tranvía", place: "Bilbao", date: "2024-02-14", agency: "EFE",
            lead: "La ciudad estrenó", absent: ["EFE/Ane", "(c) Agencia EFE"]),
        Story(
            text: "KIRIKKALE (AA) - Kentte yeni bir okul açıldı.\n\nOkul 500 öğrenci alacak.",
            title: nil, place: "Kırıkkale", date: nil, agency: "Anadolu", lead: "Kentte yeni", absent: ["(AA)"]),
        Story(
            text: "الإسماعيلية في ٢٥ ديسمبر ٢٠٢٣ /أ ش أ/ افتتح المحافظ اليوم جسرا جديدا.\n\nويبلغ طول الجسر كيلومترا.",
            title: nil, place: "الإسماعيلية", date: "2023-12-25", agency: "MENA", lead: "افتتح المحافظ",
            absent: ["/أ ش أ/"]),
        Story(
            text: "İZMİR (AA) - Kentte yeni bir park açıldı.\n\nPark halka açık.",
            title: nil, place: "İzmir", date: nil, agency: "Anadolu", lead: "Kentte yeni", absent: ["(AA)"]),
    ]

    @Test(arguments: stories)
    func readsTheAgencysConvention(story: Story) {
        let article = Self.parse(story.text)
        #expect(article.title == story.title)
        #expect(article.place == story.place)
        #expect(article.published.map { String($0.prefix(10)) } == story.date)
        #expect(article.agency == story.agency)
        if let byline = story.byline { #expect(article.byline == byline) }
        #expect(article.body.hasPrefix(story.lead), "\(article.body)")
        for text in story.absent { #expect(!article.body.contains(text), "\(text)") }
    }

    @Test(arguments: [
        ("5 ДЕК 2023, 14:21", "2023-12-05"), ("2023/12/05 14:21", "2023-12-05"),
        ("All Headlines 09:10 March 04, 2024", "2024-03-04"), ("Senin, 4 Maret 2024 09:10 WIB", "2024-03-04"),
        ("प्रकाशित: 4 मार्च 2024, 09:10 IST", "2024-03-04"), ("الاثنين، 04 مارس 2024 - 09:10", "2024-03-04"),
        ("۱۴ آذر ۱۴۰۲، ۱۰:۳۵", "2023-12-05"), ("2024年3月4日 9時10分", "2024-03-04"),
        ("１４：２１ ０５.１２.２０２３", "2023-12-05"), ("05.12.2023, 14:21 Uhr", "2023-12-05"),
        ("5 de diciembre de 2023 - 14:21 CET", "2023-12-05"), ("05 dez 2023 14h21", "2023-12-05"),
        ("۱۴۰۲/۰۹/۱۴ ۱۰:۳۵", "2023-12-05"), ("기사입력 2023.12.05. 14:21", "2023-12-05"),
    ])
    func readsDateLines(line: String, date: String) throws {
        let header = try #require(DateHeader.recognise(Substring(line)))
        #expect(header.dates.first.map { String($0.iso.prefix(10)) } == date)
        #expect(!header.isRevision)
    }

    /// A date line without its year is still no headline.
    @Test(arguments: ["12月5日 14時21分", "5 ДЕК, 14:21", "Selasa, 5 Desember 14:21 WIB"])
    func readsYearlessDateLines(line: String) throws {
        let header = try #require(DateHeader.recognise(Substring(line)))
        #expect(header.dates.isEmpty)
    }

    /// Arabic sites mark the time as morning or evening (`ص`, `م`, `مساءً`) after it.
    @Test(arguments: ["الخميس، 9 مارس 2023 - 10:40 ص", "الخميس 9 مارس 2023 08:15 مساءً", "9 مارس 2023 | 08:15 م"])
    func readsArabicMorningAndEveningMarks(line: String) throws {
        let header = try #require(DateHeader.recognise(Substring(line)))
        #expect(header.dates.map { String($0.iso.prefix(10)) } == ["2023-03-09"])
    }

    @Test func anadolusHeaderMayNameTwoReporters() throws {
        let header = try #require(DateHeader.recognise("Ali Can, Elif Su   |14.02.2024 - Güncelleme : 14.02.2024"))
        #expect(header.byline == "Ali Can, Elif Su")
        #expect(header.dates.map(\.day) == [14])
    }

    /// The day in a Japanese lead is a date's day, not a count of days (`10日間`, "for ten days").
    @Test func readsTheDayInTheLead() throws {
        let dateline = try #require(DatelineParser.parse("【福岡共同】福岡市は10日間の催しを終え、12日に閉幕式を開いた。"))
        #expect(dateline.day == 12)
        #expect(dateline.place == "福岡")
    }

    @Test func anUpdatedDateIsNoPublicationDate() throws {
        let header = try #require(DateHeader.recognise("14:21 05.12.2023 (обновлено: 09:30 06.12.2023)"))
        #expect(header.dates.map(\.day) == [5])
        let later = try #require(DateHeader.recognise("Güncelleme: 06.12.2023 09:30"))
        #expect(later.isRevision)
    }

    @Test(arguments: ["Минфин предложил продлить 2 программы", "Pemerintah targetkan 5 persen", "北京今冬供暖季将提前5天启动"])
    func headlinesAreNoDateLines(line: String) {
        #expect(DateHeader.dateLine(Substring(line)) == nil)
    }

    @Test(arguments: [
        (1402, 9, 14, 2023, 12, 5), (1401, 11, 7, 2023, 1, 27), (1403, 12, 30, 2025, 3, 20), (1399, 1, 1, 2020, 3, 20),
    ])
    func convertsSolarHijriDates(year: Int, month: Int, day: Int, gYear: Int, gMonth: Int, gDay: Int) throws {
        let date = try #require(SolarHijriDate.gregorian(year: year, month: month, day: day))
        let expected = FoundDate.isoDate(year: gYear, month: gMonth, day: gDay)
        #expect(FoundDate.isoDate(year: date.year, month: date.month, day: date.day) == expected)
    }

    @Test func convertsUmmAlQuraDates() throws {
        let date = try #require(HijriDate.gregorian(year: 1445, month: 5, day: 12))
        #expect(FoundDate.isoDate(year: date.year, month: date.month, day: date.day) == "2023-11-26")
    }

    @Test(arguments: [("١٢", 12), ("۱۴۰۲", 1402), ("１２", 12), ("२०", 20), ("7", 7)])
    func readsDigitsOfEveryScript(digits: String, value: Int) {
        #expect(DecimalDigits.number(Substring(digits)) == value)
    }

    @Test(arguments: [
        ("İZMİR", "İzmir"), ("DİYARBAKIR", "Diyarbakır"), ("САНКТ-ПЕТЕРБУРГ", "Санкт-Петербург"),
        ("КОМСОМОЛЬСК-НА-АМУРЕ", "Комсомольск-на-Амуре"), ("FRANKFURT/MAIN", "Frankfurt/Main"),
        ("ST JOHN'S", "St John's"), ("CÔTE D'IVOIRE", "Côte d'Ivoire"),
    ])
    func writesPlacesInProseCase(written: String, expected: String) {
        #expect(PlaceName.normalCase(written) == expected)
    }

    /// Short stories of the Latin-script agencies are told apart by their function words.
    @Test(arguments: [
        ("La ciudad de Valencia abrió este martes un nuevo puente sobre el río.", "es"),
        ("Kentte yeni bir köprü hizmete girdi ve trafik rahatladı.", "tr"),
        ("Thành phố đã khánh thành cây cầu mới của tỉnh trong năm nay.", "vi"),
        ("Badan statistik mencatat pertumbuhan sebesar lima persen, lebih tinggi dari perkiraan.", "id"),
    ])
    func detectsTheLanguage(text: String, language: String) {
        #expect(LanguageDetector.detect(text) == language)
    }

    /// Vietnamese without one of its function words is known by its tone-marked and horned letters; a Vietnamese
    /// name in other copy, or the dotted vowels Yoruba shares, is not enough.
    @Test(
        arguments: [
            ("Tuyến xe buýt điện đầu tiên dài 25 km, khai trương sáng nay.", "vi"),
            (
                "Prime Minister Phạm Minh Chính met the delegation in the capital on Tuesday and said talks went well.",
                "en"
            ),
            ("Ọjọ́ ayọ̀ ni ọjọ́ òní fún gbogbo ẹbí wa.", nil),
        ] as [(String, String?)])
    func detectsVietnameseByItsLetters(text: String, language: String?) {
        let detected = LanguageDetector.detect(text)
        if let language { #expect(detected == language) } else { #expect(detected != "vi") }
    }
}
