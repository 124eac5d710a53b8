/// The weekday names datelines and date headers write (`Monday, December 12`, `Tue, 07 Nov 2023`), and the forms the
/// readers of them are built from: one table, so the patterns and the byte readers accept the same words in the same
/// order.
enum WeekdayNames {
    /// Each weekday's name and its abbreviations, Monday first; the abbreviations of a day longest first, so that a
    /// reader trying them in order prefers `Thurs` to `Thu`. English only: the language of the wires that name a day.
    static let table: [(name: String, abbreviations: [String])] = [
        ("monday", ["mon"]),
        ("tuesday", ["tues", "tue"]),
        ("wednesday", ["wed"]),
        ("thursday", ["thurs", "thur", "thu"]),
        ("friday", ["fri"]),
        ("saturday", ["sat"]),
        ("sunday", ["sun"]),
    ]

    /// Every weekday word, lower case, in the order the readers try them: the names, then the abbreviations.
    static let words: [String] = table.map(\.name) + table.flatMap(\.abbreviations)

    /// A case-insensitive alternation of `words`, in their order.
    static let alternation = "(?i:" + words.joined(separator: "|") + ")"

    /// A weekday word with or without its point.
    static let pattern = alternation + "\\.?"

    /// The weekday names of the other languages agencies' sites print above a story (`Selasa, 5 Desember 2023`,
    /// `Thứ Ba, 05/12/2023`, `الثلاثاء 5 ديسمبر`), Monday first, with other spellings after the seven. They are read
    /// only in date header lines (`DateHeader.dateLine`), never in datelines.
    static let otherLanguages: [(language: String, names: [String])] = [
        ("ru", ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]),
        ("tr", ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"]),
        ("id", ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "jum'at"]),
        (
            "vi",
            [
                "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ 2", "thứ 3", "thứ 4",
                "thứ 5", "thứ 6", "thứ 7",
            ]
        ),
        (
            "ar",
            ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الإثنين", "الاربعاء", "الاحد"]
        ),
        ("fa", ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه", "سه شنبه", "پنج‌شنبه"]),
        ("hi", ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]),
        ("de", ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]),
        ("fr", ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
        ("es", ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
        ("pt", ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]),
        ("zh", ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "周一", "周二", "周三", "周四", "周五", "周六", "周日"]),
    ]
}
