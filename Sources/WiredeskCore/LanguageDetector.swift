/// Detects the language of a story (ISO 639-1) from its text: by script first, then, for Latin-script text, by which
/// language's most frequent words it uses.
///
/// Arabic script is split into Arabic, Persian and Urdu by the letters only Persian and Urdu use (`پ چ ژ گ ی ک`) and
/// only Urdu uses (`ٹ ڈ ڑ ں ے ہ`). Only the first few thousand characters are read, so it is fast on any story.
public enum LanguageDetector {
    /// Characters read; a few paragraphs settle the language.
    static let sampleLength = 3_000

    /// Scripts that name their language by themselves, as scalar ranges.
    static let scriptLanguages: [(range: ClosedRange<UInt32>, language: String)] = [
        (0x0400...0x04FF, "ru"), (0x0370...0x03FF, "el"), (0x0590...0x05FF, "he"), (0x0900...0x097F, "hi"),
        (0x0980...0x09FF, "bn"), (0x0E00...0x0E7F, "th"), (0x10A0...0x10FF, "ka"), (0x0530...0x058F, "hy"),
        (0xAC00...0xD7AF, "ko"), (0x1100...0x11FF, "ko"), (0x3130...0x318F, "ko"),
        (0x3040...0x30FF, "ja"), (0x4E00...0x9FFF, "zh"),
    ]
    static let arabicScript: [ClosedRange<UInt32>] = [
        0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF,
    ]
    /// Letters of Persian and Urdu that Arabic does not use.
    static let persianLetters: Set<UInt32> = [0x067E, 0x0686, 0x0698, 0x06AF, 0x06CC, 0x06A9]
    /// Letters only Urdu uses.
    static let urduLetters: Set<UInt32> = [0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06C1]
    /// Letters that mark Ukrainian among Cyrillic text.
    static let ukrainianLetters: Set<UInt32> = [0x0456, 0x0457, 0x0454, 0x0491]

    /// The most frequent short words of each Latin-script language.
    static let stopWords: [(language: String, words: [String])] = [
        (
            "en",
            [
                "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by", "it", "as",
                "at", "from", "has", "have", "are", "be", "this", "which", "an", "he", "its", "were", "will",
            ]
        ),
        (
            "fr",
            [
                "le", "la", "les", "des", "et", "est", "une", "du", "dans", "que", "pour", "qui", "sur", "au", "pas",
                "par", "avec", "sont", "ont", "été", "cette", "il", "aux", "de", "un", "ce", "a", "selon",
            ]
        ),
        (
            "de",
            [
                "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "sich", "ein", "eine", "auf", "für",
                "dem", "des", "zu", "im", "auch", "wurde", "hat", "werden", "bei", "sie", "es", "nach", "wie",
            ]
        ),
        (
            "es",
            [
                "el", "la", "los", "las", "de", "que", "y", "en", "del", "por", "con", "una", "para", "se", "es",
                "al", "como", "más", "fue", "su", "lo", "sus", "este", "pero", "ha", "según",
            ]
        ),
        (
            "it",
            [
                "il", "la", "di", "che", "e", "del", "della", "per", "un", "una", "non", "sono", "è", "gli", "le",
                "dei", "nel", "con", "alla", "ha", "anche", "da", "al", "delle", "si", "questo",
            ]
        ),
        (
            "pt",
            [
                "o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos",
                "das", "no", "na", "é", "foi", "pelo", "pela", "ao", "mais", "são", "também",
            ]
        ),
        (
            "nl",
            [
                "de", "het", "een", "en", "van", "is", "dat", "op", "in", "te", "voor", "met", "niet", "zijn", "er",
                "die", "aan", "ook", "door", "werd", "naar", "bij", "wordt", "heeft", "worden",
            ]
        ),
        (
            "tr",
            [
                "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "olan", "gibi", "daha", "çok", "ancak",
                "ise", "kadar", "sonra", "ama", "değil", "göre", "olduğunu", "şekilde", "yüzde", "dedi",
            ]
        ),
        ("pl", ["i", "w", "nie", "się", "na", "z", "do", "jest", "że", "to", "jak", "po", "od", "oraz", "przez"]),
        ("sv", ["och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "den", "till", "inte", "har"]),
        (
            "id",
            [
                "yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "dalam", "tidak", "akan", "pada",
                "juga", "ke", "adalah",
            ]
        ),
    ]

    /// For each stop word, the indices (in `stopWords`) of the languages that use it.
    private static let languagesByWord: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, entry) in stopWords.enumerated() {
            for word in entry.words { table[word, default: []].append(index) }
        }
        return table
    }()

    public static func detect(_ text: String) -> String? {
        var scriptCounts: [String: Int] = [:]
        var arabic = 0
        var persian = 0
        var urdu = 0
        var ukrainian = 0
        var latin = 0
        var read = 0
        for scalar in text.unicodeScalars {
            read += 1
            if read > sampleLength { break }
            let value = scalar.value
            if value < 0x80 {
                if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { latin += 1 }
                continue
            }
            if value <= 0x24F {
                if scalar.properties.isAlphabetic { latin += 1 }
                continue
            }
            if arabicScript.contains(where: { $0.contains(value) }) {
                arabic += 1
                if persianLetters.contains(value) { persian += 1 }
                if urduLetters.contains(value) { urdu += 1 }
                continue
            }
            if ukrainianLetters.contains(value) { ukrainian += 1 }
            if let language = scriptLanguages.first(where: { $0.range.contains(value) })?.language {
                scriptCounts[language, default: 0] += 1
            }
        }
        // Japanese mixes kana with Han characters; any real share of kana makes it Japanese.
        if let kana = scriptCounts["ja"], kana * 10 >= (scriptCounts["zh"] ?? 0) {
            scriptCounts["ja"] = kana + (scriptCounts["zh"] ?? 0)
            scriptCounts["zh"] = 0
        }
        let (script, count) = scriptCounts.max { $0.value < $1.value } ?? ("", 0)
        let strongest = max(count, arabic, latin)
        guard strongest > 0 else { return nil }
        if arabic == strongest {
            if urdu * 100 >= arabic { return "ur" }
            return persian * 50 >= arabic ? "fa" : "ar"
        }
        if count == strongest {
            return script == "ru" && ukrainian * 100 >= count ? "uk" : script
        }
        return latinLanguage(of: text)
    }

    private static func latinLanguage(of text: String) -> String? {
        var scores = [Int](repeating: 0, count: stopWords.count)
        var word: [UInt8] = []
        func score() {
            if !word.isEmpty, word.count <= 12,
                let languages = languagesByWord[String(decoding: word, as: UTF8.self)]
            {
                for index in languages { scores[index] += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        // Words are read on UTF-8: ASCII letters are lower-cased by arithmetic; bytes of other letters (é, ç, ı) are
        // kept as they are, which matches the tables since stop words are written in lower case.
        var read = 0
        for byte in text.utf8 {
            read += 1
            if read > sampleLength { break }
            switch byte {
            case 0x41...0x5A: word.append(byte + 0x20)
            case 0x61...0x7A, 0x80...0xFF: word.append(byte)
            default: score()
            }
        }
        score()
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return nil }
        return stopWords[best].language
    }
}
