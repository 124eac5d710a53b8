import Foundation
import Testing

@testable import WiredeskCore

/// A year-less dateline takes its year from the story's own full statement of the same day, never from other dates
/// the copy holds.
struct StatedDatesTests {
    /// Received 1 Mar 2026: a year the stories below do not state, so an inferred year shows.
    static let received = Date(timeIntervalSince1970: 1_772_323_200)

    static func parse(_ text: String) -> Article {
        WireCopyParser.parse(text: TextDecoder.normalize(text), receivedAt: received, hints: ArticleHints())
    }

    @Test(arguments: [
        (
            "Harbour to reopen\n\nPORTSMOUTH, Oct 14 (Reuters) - The harbour will reopen on October 14, 2024, "
                + "the port authority said.\n\nShips had been diverted for a week.",
            "2024-10-14"
        ),
        (
            "Мост откроют весной\n\nВОЛГОГРАД, 14 октября. /ТАСС/. Власти 14 октября 2023 года утвердили проект "
                + "нового моста.\n\nСтроительство займет два года.",
            "2023-10-14"
        ),
        (
            "Cầu mới thông xe\n\nCần Thơ, 14/10 (TTXVN) - Ngày 14/10/2022, thành phố đã thông xe cây cầu mới.\n\n"
                + "Cây cầu dài 800 mét.",
            "2022-10-14"
        ),
        (
            "Nuevo puente en Rosario\n\nRosario, 11 mar (EFE).- El municipio inauguró el 11 de marzo de 2025 un "
                + "puente sobre el río Paraná.\n\nLa obra costó 40 millones.",
            "2025-03-11"
        ),
        (
            "पुल का उद्घाटन\n\nपटना, सात फरवरी (भाषा) बिहार सरकार ने सात फरवरी 2023 को पटना में नए पुल का उद्घाटन किया।\n\n"
                + "पुल की लंबाई पांच किलोमीटर है।",
            "2023-02-07"
        ),
    ])
    func takesTheYearOfTheStatedDay(text: String, published: String) {
        let article = Self.parse(text)
        #expect(article.published == published)
        #expect(!article.publishedYearInferred)
    }

    /// Maturities and deadlines are other days: the year stays the one the receipt time gives, flagged.
    @Test func otherDatesInTheCopyGiveNoYear() {
        let article = Self.parse(
            "Bank issues bond\n\nLONDON, Feb 20 (Reuters) - The bank is issuing a bond due March 1, 2031, and the "
                + "offer closes on February 27, 2019.\n\nThe bond pays 4 pct.")
        #expect(article.published == "2026-02-20")
        #expect(article.publishedYearInferred)
    }

    /// Only the stretches around a year that hold the day's number are read, cut between characters.
    @Test func readsTheStretchesAroundYearsThatHoldTheDay() {
        let filler = String(repeating: "وقال المتحدث إن الخطة شاملة ", count: 3)
        let text = filler + "في 22 فبراير 2023 " + filler + "عام 1998 " + filler
        let stretches = StatedDates.stretches(around: 22, in: text)
        #expect(stretches.count == 1)
        #expect(stretches.first?.contains("22 فبراير 2023") == true)
        #expect(StatedDates.stretches(around: 23, in: text).isEmpty)
        // Past the part read, a date counts for nothing.
        let late = String(repeating: "a", count: StatedDates.readLength) + " on 22 February 2023"
        #expect(StatedDates.stretches(around: 22, in: late).isEmpty)
    }
}
