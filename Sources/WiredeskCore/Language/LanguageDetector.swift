import WiredeskText

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
    /// Letters of Vietnamese's tone-marked vowels (Latin Extended Additional, less the dotted `ẹ ọ` that Yoruba
    /// writes too) and its horned `ơ ư`: no other language of the Latin script writes them, so a share of them
    /// names Vietnamese where the text is too short for its words to.
    static func isVietnameseLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x01A0, 0x01A1, 0x01AF, 0x01B0: true
        case 0x1EB8, 0x1EB9, 0x1ECC, 0x1ECD: false
        case 0x1EA0...0x1EF9: true
        default: false
        }
    }
    /// The share of a text's letters (one in this many) that Vietnamese letters make up from which it is Vietnamese.
    static let vietnameseShare = 30

    /// Letters that mark Ukrainian among Cyrillic text.
    static let ukrainianLetters: Set<UInt32> = [0x0456, 0x0457, 0x0454, 0x0491]

    /// The most frequent short words of each Latin-script language.
    static let stopWords: [(language: String, words: [String])] = [
        (
            "en",
            [
                "the", "and", "of", "to", "a", "in", "is", "that", "for", "on", "with", "was", "said", "by", "it", "as",
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
                "al", "como", "más", "fue", "su", "lo", "sus", "este", "pero", "ha", "según", "un", "esta", "sobre",
                "entre", "tras", "desde", "hasta",
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
                "ise", "kadar", "sonra", "ama", "değil", "göre", "olduğunu", "şekilde", "yüzde", "dedi", "yeni",
                "oldu", "etti", "tarafından", "olduğu",
            ]
        ),
        ("pl", ["i", "w", "nie", "się", "na", "z", "do", "jest", "że", "to", "jak", "po", "od", "oraz", "przez"]),
        ("sv", ["och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "den", "till", "inte", "har"]),
        (
            "id",
            [
                "yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "dalam", "tidak", "akan", "pada",
                "juga", "ke", "adalah", "sebesar", "menjadi", "oleh", "atau", "bahwa", "karena", "telah", "sudah",
                "para", "secara", "lebih", "tahun",
            ]
        ),
        (
            "vi",
            [
                "của", "và", "các", "là", "được", "trong", "cho", "có", "với", "đã", "này", "những", "một", "không",
                "người", "theo", "đến", "từ", "năm", "đang",
            ]
        ),
    ]

    /// For each stop word, the languages (bits, by index in `stopWords`) that use it.
    private static let languagesByWord: ShortWordTable = {
        var table = ShortWordTable()
        for (index, entry) in stopWords.enumerated() {
            for word in entry.words { table.add(ShortWord(word), bit: index) }
        }
        return table
    }()

    public static func detect(_ text: String) -> String? {
        // ASCII text, most of what arrives, can only be read by its words: the script count is skipped.
        if sampleIsASCII(text) { return latinLanguage(of: text) }
        var scriptCounts = [Int](repeating: 0, count: scriptLanguages.count)
        var arabic = 0
        var persian = 0
        var urdu = 0
        var ukrainian = 0
        var latin = 0
        var vietnamese = 0
        var read = 0
        // Scalars are decoded from UTF-8 by hand: ASCII, nearly all of the text read, costs one comparison.
        text.withBytes { bytes in
            var index = 0
            while index < bytes.count, read < sampleLength {
                read += 1
                let lead = bytes[index]
                if lead < 0x80 {
                    if LineCue.isLetter(lead) { latin += 1 }
                    index += 1
                    continue
                }
                let (value, length) = decodeScalar(bytes, at: index)
                index += length
                if value <= 0x24F {
                    if value >= 0xC0 && value != 0xD7 && value != 0xF7 || value == 0xAA || value == 0xB5
                        || value == 0xBA
                    {
                        latin += 1
                        if isVietnameseLetter(value) { vietnamese += 1 }
                    }
                    continue
                }
                if isVietnameseLetter(value) {
                    latin += 1
                    vietnamese += 1
                    continue
                }
                if arabicScript.contains(where: { $0.contains(value) }) {
                    arabic += 1
                    if persianLetters.contains(value) { persian += 1 }
                    if urduLetters.contains(value) { urdu += 1 }
                    continue
                }
                if ukrainianLetters.contains(value) { ukrainian += 1 }
                if let script = scriptLanguages.firstIndex(where: { $0.range.contains(value) }) {
                    scriptCounts[script] += 1
                }
            }
        }
        var counts: [String: Int] = [:]
        for (script, count) in scriptCounts.enumerated() where count > 0 {
            counts[scriptLanguages[script].language, default: 0] += count
        }
        // Japanese mixes kana with Han characters; any real share of kana makes it Japanese.
        if let kana = counts["ja"], kana * 10 >= (counts["zh"] ?? 0) {
            counts["ja"] = kana + (counts["zh"] ?? 0)
            counts["zh"] = 0
        }
        let (script, count) = counts.max { $0.value < $1.value } ?? ("", 0)
        let strongest = max(count, arabic, latin)
        guard strongest > 0 else { return nil }
        if arabic == strongest {
            if urdu * 100 >= arabic { return "ur" }
            return persian * 50 >= arabic ? "fa" : "ar"
        }
        if count == strongest {
            return script == "ru" && ukrainian * 100 >= count ? "uk" : script
        }
        if vietnamese >= 2 && vietnamese * vietnameseShare >= latin { return "vi" }
        return latinLanguage(of: text)
    }

    /// Whether the sample read from `text` is all ASCII, tested eight bytes at a time.
    private static func sampleIsASCII(_ text: String) -> Bool {
        text.withBytes { bytes in
            let sample = bytes.view(prefix: sampleLength)
            var index = 0
            var high: UInt64 = 0
            while index + 8 <= sample.count {
                high |= sample.word(at: index)
                index += 8
            }
            while index < sample.count {
                high |= UInt64(sample[index])
                index += 1
            }
            return high & 0x8080_8080_8080_8080 == 0
        }
    }

    /// The scalar whose UTF-8 encoding starts at `index` (a non-ASCII lead byte), and its length in bytes. Malformed
    /// bytes (which a decoded `String` never holds) read as one byte.
    @inline(__always)
    private static func decodeScalar(_ bytes: ByteView, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (lead, 1) }
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// For each byte, whether it belongs to a word: ASCII letters and every byte of another character.
    private static let wordBytes: [UInt8] = (0...255).map { byte in
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80 ? 1 : 0
    }

    /// Bytes read before the scores are first checked for a clear leader, and between checks.
    static let firstCheck = 512
    static let checkInterval = 32
    /// A language leads clearly with this many stop words and this many times the runner-up's: reading on would not
    /// change the answer, so a long story costs a few paragraphs.
    static let settledScore = 20
    static let settledRatio = 3

    private static func isSettled(_ scores: [Int]) -> Bool {
        var best = 0
        var second = 0
        for score in scores {
            if score > best {
                second = best
                best = score
            } else if score > second {
                second = score
            }
        }
        return best >= settledScore && best >= settledRatio * second
    }

    private static func latinLanguage(of text: String) -> String? {
        var scores = [Int](repeating: 0, count: stopWords.count)
        // Words are read on UTF-8: a word is a run of letters (ASCII letters and any byte of another character, as
        // the tables write é, ç and ı), found by two tight loops so the branches go one way for a whole word. A short
        // word is packed for lookup eight bytes at a time, ASCII letters lower-cased on the way.
        let table = languagesByWord
        text.withBytes { bytes in
            wordBytes.withBytes { isWordByte in
                let sample = min(bytes.count, sampleLength)
                var nextCheck = firstCheck
                var offset = 0
                while offset < sample {
                    offset = nextByte(in: bytes, from: offset, before: sample, inWord: true, isWordByte)
                    let start = offset
                    offset = nextByte(in: bytes, from: offset, before: sample, inWord: false, isWordByte)
                    let length = offset - start
                    guard length > 0 else { break }
                    // Stop words are written in lower case; a capitalised word is a sentence start or, more often
                    // in news copy, part of a name (`Al Nahyan`, `La Paz`, `De Beers`), and is not counted.
                    if length <= longestStopWord, !(0x41...0x5A).contains(bytes[start]) {
                        var languages = table.bits(of: packedWord(bytes, from: start, length: length))
                        while languages != 0 {
                            scores[languages.trailingZeroBitCount] += 1
                            languages &= languages - 1
                        }
                    }
                    if offset > nextCheck {
                        if isSettled(scores) { return }
                        nextCheck += checkInterval
                    }
                }
            }
        }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return nil }
        return stopWords[best].language
    }

    /// The first index from `index` (before `end`) whose byte is a word byte (`inWord`) or is none, `end` when there
    /// is none: eight bytes at a time (`ByteLanes`), then byte by byte through the table.
    @inline(__always)
    private static func nextByte(
        in bytes: ByteView, from index: Int, before end: Int, inWord: Bool,
        _ isWordByte: ByteView
    ) -> Int {
        var index = index
        while index + 8 <= end {
            let word = bytes.word(at: index)
            let letters =
                ByteLanes.within(word, 0x41...0x5A) | ByteLanes.within(word, 0x61...0x7A) | ByteLanes.nonASCII(word)
            let found = inWord ? letters : ~letters & ByteLanes.highBits
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end, (isWordByte[Int(bytes[index])] != 0) != inWord { index += 1 }
        return index
    }

    /// Longest stop word of any language, in UTF-8 bytes.
    static let longestStopWord = 12

    /// The word of `length` (1–12) letters at `start`, as `ShortWord` packs it, ASCII letters lower-cased: every byte
    /// of a word is a letter, so setting 0x20 on its ASCII bytes folds the case.
    @inline(__always)
    private static func packedWord(_ bytes: ByteView, from start: Int, length: Int) -> ShortWord {
        func load(_ index: Int, _ count: Int) -> UInt64 {
            guard count > 0 else { return 0 }
            var value: UInt64 = 0
            if index + 8 <= bytes.count {
                value = bytes.word(at: index)
                if count < 8 { value &= (1 << UInt64(8 * count)) - 1 }
            } else {
                for offset in 0..<count { value |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
            }
            let asciiBytes = ~value & 0x8080_8080_8080_8080
            let present: UInt64 = count >= 8 ? ~0 : (1 << UInt64(8 * count)) - 1
            return value | (asciiBytes >> 2 & present)
        }
        var word = ShortWord()
        word.low = load(start, min(length, 8))
        word.high = load(start + 8, length - 8)
        word.length = length
        return word
    }
}
