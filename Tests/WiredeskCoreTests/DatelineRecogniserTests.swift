import Foundation
import Testing
import WiredeskTestSupport

@testable import WiredeskCore

/// The hand-written reader of the dateline forms must find what the patterns built from the same forms find.
@Suite struct DatelineRecogniserTests {
    /// Leads of many shapes: the dateline cases, every line of the test's wire stories, and variants of each
    /// dateline form.
    static func leads() -> [String] {
        var leads = DatelineParserTests.cases.map(\.lead)
        let stories = WireStories.all.map(\.text) + ReutersWireCopyTests.cases.map(\.text)
        for text in stories {
            leads += text.split(separator: "\n").map { ParagraphAssembler.collapsingSpaces($0) }
        }
        let places = [
            "TEHRAN", "NEW YORK", "Rio de Janeiro", "SPRINGFIELD, Ill.", "PORT-AU-PRINCE", "St. LOUIS", "Ürümqi",
        ]
        let dates = [
            "", ", Dec. 12", ", 12 Dec 2016", ", Monday, December 12", ", 3rd March", ", Narch 3", ", Dec 1920",
            ", Foo 12",
        ]
        let agencies = ["", " (Xinhua)", " /TASS/.", " Kyodo", ", IRNA", " ( AP )", " (X)", " (Big Oil Co)"]
        let dashes = [" --", " -", " —", " – ", ":", " ----", "", " —“", " -É", "—"]
        for place in places {
            for date in dates {
                for agency in agencies {
                    for dash in dashes { leads.append(place + date + agency + dash + " The minister said.") }
                }
            }
        }
        leads += [
            "RNA - Iran said", "Tasnim – The", "(IRNA) - x", "a  WASHINGTON (AP) — Hi",
            String(repeating: "A", count: 250),
        ]
        return leads
    }

    @Test func readerAgreesWithPatterns() {
        var read = 0
        for lead in Self.leads() {
            switch DatelineParser.recognised(lead) {
            case .found(let dateline):
                read += 1
                #expect(dateline == DatelineParser.parseWithPatterns(lead), "\(lead)")
            case .none:
                read += 1
                #expect(DatelineParser.parseWithPatterns(lead) == nil, "\(lead)")
            case .leftToPatterns:
                break
            }
        }
        #expect(read > 1_000)
    }
}
