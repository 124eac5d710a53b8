import Testing

@testable import WiredeskCore

/// Every form of `DatelineParser.forms`, written out with sample text for each of its parts, must be read by the byte
/// reader (`DatelineRecogniser`) as the form's regular expression reads it: a part whose reader and pattern drift apart
/// fails here, whichever form it is in.
@Suite struct DatelineFormTableTests {
    /// Sample text for each part, as a dateline would write it.
    static func samples(of part: DatelineParser.Part) -> [String] {
        switch part {
        case .junk: ["", "a  "]
        case .place: ["TEHRAN", "RIO DE JANEIRO", "Rio de Janeiro", "Frankfurt/Main", "Halle/Saale Nord"]
        case .anyCasePlace: ["lisbon", "New york", "rio de janeiro"]
        case .region: ["", ", Ill."]
        case .dateSeparator: [", "]
        case .date: ["Dec. 12", "12 Dec 2016", "Monday, December 12", "3rd March", "12 dic", "Sept 5, 1999"]
        case .weekday: ["Monday", "Thurs."]
        case .month: ["April", "Nov.", "Sept"]
        case .bracketedAgency: ["(Xinhua)", "( AP )."]
        case .slashedAgency: ["/TASS/. "]
        case .namedAgency: ["Kyodo", "IRNA"]
        case .dash: [" --", " —", " -", ":", " \u{2011}"]
        case .leadDash: [" - ", " – "]
        case .dashOrCapital: [" -", " "]
        case .spaces: ["", " "]
        case .comma: [", "]
        case .optionalComma: [" ", ", "]
        case .optionalPoint: ["", "."]
        case .optionalOpeningBracket: ["", "("]
        case .optionalClosingBracket: ["", ")"]
        case .numericDate: ["5/12", "2 - 12", "05/12/2023"]
        case .spacedDash: [" - "]
        case .arabicIn: [" في "]
        case .hijriDate: ["12 جمادى الأولى 1445 هـ الموافق "]
        case .eraMark: ["", " م"]
        case .blank: [" "]
        case .reportOpening: ["به گزارش خبرنگار اقتصادی ایرنا، "]
        case .hanPlace: ["广州"]
        case .hanDate: ["3月8日电", "2025年3月8日电"]
        case .hanReporters: ["", "（记者王芳）"]
        case .cornerOpen: ["【"]
        case .cornerPlace: ["札幌"]
        case .cornerClose: ["】"]
        case .equalsPlace: ["(부산="]
        case .closingBracket: [") "]
        case .koreanReporters: ["", "이순신 기자 = "]
        case .dashOrPoint: [" -", ". "]
        case .leadDay: [""]
        }
    }

    static let lead = "The minister said."

    /// Every way of writing `parts` with the samples, followed by a lead.
    static func instances(of parts: [DatelineParser.Part]) -> [String] {
        parts.reduce([""]) { heads, part in heads.flatMap { head in samples(of: part).map { head + $0 } } }
            .map { $0 + " " + lead }
    }

    @Test func everyPartIsInAForm() {
        let used = Set(DatelineParser.forms.flatMap { $0 })
        #expect(DatelineParser.Part.allCases.allSatisfy(used.contains))
    }

    @Test(arguments: DatelineParser.forms.indices)
    func readerAndPatternsAgreeOnForm(row: Int) {
        let instances = Self.instances(of: DatelineParser.forms[row])
        #expect(!instances.isEmpty)
        for text in instances {
            switch DatelineParser.recognised(text) {
            case .found(let dateline):
                #expect(dateline == DatelineParser.parseWithPatterns(text), "\(text)")
                #expect(dateline.lead == Self.lead, "\(text)")
            case .leftToPatterns:
                // The reader gives up only on characters past ASCII (`—`, `–`); the patterns still read the form.
                #expect(text.utf8.contains { $0 >= 0x80 }, "\(text)")
                #expect(DatelineParser.parseWithPatterns(text).map { String($0.lead) } == Self.lead, "\(text)")
            case .none:
                Issue.record("form \(row) not read: \(text)")
            }
        }
    }

    /// Every month name the dateline readers are given by the month table reads alike both ways.
    @Test(arguments: MonthNames.words(for: .datelines).filter { $0.word.utf8.allSatisfy { $0 < 0x80 } })
    func readersAgreeOnMonth(word: MonthWord) {
        let text = "PARIS, 5 \(word.word) (AFP) - \(Self.lead)"
        guard case .found(let dateline) = DatelineParser.recognised(text) else {
            Issue.record("not read on bytes: \(text)")
            return
        }
        #expect(dateline.month == word.month)
        #expect(dateline == DatelineParser.parseWithPatterns(text))
    }
}
