import Testing

@testable import WiredeskCore

/// The word test before a date line's patterns turns away headlines and sentences, never a date line.
@Suite struct DateLineVocabularyTests {
    @Test(arguments: [
        "5 ДЕК 2023, 14:21", "14:21 05.12.2023 (обновлено: 14:30 06.12.2023)", "Selasa, 5 Desember 2023 14:21 WIB",
        "Thứ Ba, 05/12/2023 14:21 (GMT+7)", "All Headlines 14:21 December 05, 2023", "05.12.2023, 14:21 Uhr",
        "Published: Tuesday, December 5, 2023 at 2:21 p.m. EST", "5 de diciembre de 2023", "ARALIK 5, 2023 Salı",
        "Source: Harbour Daily 2023-12-05", "2023-12-05 14:21:09　来源：新华网", "۱۴ آذر ۱۴۰۲، ۱۰:۳۵",
    ])
    func dateLinesPass(line: String) {
        #expect(DateHeader.mayBeDateLine(Substring(line)))
    }

    @Test(arguments: [
        "Ferry line adds 3 winter sailings", "Власти построят 2 новых моста", "Stocks rose 1.2 percent on Tuesday",
    ])
    func headlinesAreTurnedAway(line: String) {
        #expect(!DateHeader.mayBeDateLine(Substring(line)))
        #expect(DateHeader.recognise(Substring(line)) == nil)
    }
}
