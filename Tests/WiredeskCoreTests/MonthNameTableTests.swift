import Testing

@testable import WiredeskCore

/// The one table of month words, and every reader built from it: each reader accepts every word the table gives it,
/// with the month the table says, and the words it is not given stay unread.
@Suite struct MonthNameTableTests {
    @Test func everyLanguageNamesTwelveMonthsOnce() {
        for row in MonthNames.table {
            #expect(row.names.count == 12, "\(row.language)")
            #expect(Set(row.names).count == 12, "\(row.language)")
            let words = row.words.map(\.word)
            #expect(Set(words).count == words.count, "\(row.language)")
            #expect(row.others.allSatisfy { (1...12).contains($0.month) }, "\(row.language)")
        }
        #expect(Set(MonthNames.table.map(\.language)).count == MonthNames.table.count)
    }

    /// Two languages may share a word only for the same month, or a reader would depend on the order of the rows.
    @Test func aWordNamesOneMonth() {
        var months: [String: Int] = [:]
        for word in MonthNames.words {
            #expect(months[word.word, default: word.month] == word.month, "\(word.word)")
            months[word.word] = word.month
        }
    }

    static let datelineWords = MonthNames.words(for: .datelines)
    static let runningTextWords = MonthNames.words(for: .runningText)
    static let openingWords = MonthNames.words(for: .headerOpening)
    static let pageWords = MonthNames.words(for: .webPages)

    @Test(arguments: datelineWords)
    func datelinesReadTheirWords(word: MonthWord) {
        #expect(MonthNames.month(of: Substring(word.word)) == word.month)
        #expect(MonthNames.month(of: Substring(word.word.uppercased() + ".")) == word.month)
    }

    @Test(arguments: runningTextWords)
    func runningTextReadsItsWords(word: MonthWord) {
        let name = word.word.prefix(1).uppercased() + word.word.dropFirst()
        #expect(DateFinder.dates(in: "\(name) 12, 2016").map(\.date.month) == [word.month])
        #expect(DateFinder.dates(in: "12 \(name). 2016").map(\.date.month) == [word.month])
    }

    @Test(arguments: openingWords)
    func headersOpenWithTheirWords(word: MonthWord) {
        #expect(DateHeader.mayBeHeader("\(word.word.uppercased()) 12, 2016"))
    }

    @Test(arguments: pageWords)
    func pagesReadTheirWords(word: MonthWord) {
        #expect(HTMLDateParser.firstDay(in: "12 \(word.word) 2016")?.month == word.month)
        // Upper case only where it folds back: the dotless `ı` of `kasım` upper-cases to a dotted `i`'s capital.
        let written = word.word.uppercased().lowercased() == word.word ? word.word.uppercased() : word.word
        #expect(HTMLDateParser.monthNumber(written + ".") == word.month)
    }

    /// Each reader reads its own subset and no more: the web pages' languages are not dateline or header words.
    @Test func readersKeepToTheirWords() {
        #expect(DateFinder.dates(in: "Mars 12, 2016").isEmpty)
        #expect(DateFinder.dates(in: "12 März 2016").isEmpty)
        #expect(MonthNames.month(of: "stycznia") == nil)
        #expect(MonthNames.month(of: "Jänner") == nil)
        #expect(!DateHeader.mayBeHeader("Sepember 12, 2016"))
        #expect(DateFinder.dates(in: "Sepember 12, 2016").map(\.date.month) == [9])
        #expect(HTMLDateParser.firstDay(in: "12 marts 2016") == nil)
        #expect(HTMLDateParser.firstDay(in: "12 Narch 2016") == nil)
        #expect(MonthNames.month(of: "Narch") == 3)
        // Two neighbouring letters the other way round; a swap with another letter between is no slip of that kind.
        #expect(MonthNames.month(of: "Mrach") == 3)
        #expect(MonthNames.month(of: "Feburary") == 2)
        #expect(MonthNames.month(of: "Otcober") == 10)
        #expect(MonthNames.month(of: "Mhrca") == nil)
    }

    /// A word comes before every shorter word it starts with, so that an alternation prefers `January` to `Jan`.
    @Test(arguments: [
        (["jan", "january", "may"], ["january", "jan", "may"]),
        (["sep", "sept", "september", "oct"], ["september", "sept", "sep", "oct"]),
    ])
    func longestFirst(words: [String], expected: [String]) {
        #expect(MonthNames.longestFirst(words) == expected)
    }
}

/// The weekday table and the readers built from it.
@Suite struct WeekdayNamesTests {
    @Test(arguments: WeekdayNames.words)
    func patternReadsEveryWord(word: String) {
        let pattern = TextPattern("^\(WeekdayNames.pattern)$")
        #expect(pattern.matches(word.uppercased()))
        #expect(pattern.matches(word + "."))
        #expect(DateHeader.mayBeHeader("\(word), Dec 12, 2016"))
    }

    /// The dateline reader and the dateline patterns read every weekday word alike.
    @Test(arguments: WeekdayNames.words)
    func datelineReadersAgree(word: String) throws {
        let name = word.prefix(1).uppercased() + word.dropFirst()
        let lead = "TEHRAN, \(name) (IRNA) - The minister said."
        guard case .found(let dateline) = DatelineParser.recognised(lead) else {
            Issue.record("not recognised: \(lead)")
            return
        }
        #expect(dateline == DatelineParser.parseWithPatterns(lead))
        #expect(dateline.lead == "The minister said.")
    }

    /// A longer word is tried before a shorter one it starts with, as the patterns' alternation tries them.
    @Test func longerWordsFirst() {
        let words = WeekdayNames.words
        for (index, word) in words.enumerated() {
            #expect(!words[..<index].contains { word.hasPrefix($0) && word != $0 }, "\(word)")
        }
    }
}
