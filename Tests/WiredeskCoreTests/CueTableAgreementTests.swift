import Testing
import WiredeskTestSupport

@testable import WiredeskCore

/// The cue words that let the wire cleaning rules skip most lines are a copy of what their patterns match: on every
/// sample line, the fast path with its cues must decide what the patterns alone decide.
@Suite struct CueTableAgreementTests {
    /// Furniture, credits, routing lines and story lines, written for these checks, and every line of the test stories.
    static let lines: [Substring] = {
        let written = [
            "- - -", "=====", "***", "• • •", "~~~~", "# # #", "+++", "Follow us on Twitter", "follow Jane Doe on x",
            "Read more: the budget", "READ ALSO", "See also", "More on this", "Our Standards: The Trust Principles.",
            "To contact the reporter on this story: Jane Doe", "Jane Doe in Paris at jdoe@agency.com",
            "Related coverage", "Click here to subscribe", "Share this article", "Sign up for our newsletter",
            "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by Ann Smith", "Writing by Bo Li",
            "Compiled by Desk staff", "Translated by the desk", "Produced by the desk", "Written by Jo Bloggs",
            "The Associated Press contributed to this report.", "© 2016 Reuters", "Copyright 2016 AFP",
            "All rights reserved", "URGENT", "*BULLETIN*", "(ALERT)", "BREAKING NEWS:", "PRIORITY: URGENT",
            "APNewsAlert", "AP-NewsAlert", "NEWS ALERT", "Flash", "FLASH FLASH", "ZCZC", "ZCZC LBA123",
            "BC-Oil-Prices,0412", "AM-Iran-Nuclear 1stLd,0560", "AP-US-Illinois-Budget", "^AM-Budget-Vote,0345<",
            "a0612 3 f AM-Budget-Vote 06-02 0345", "OIL-OPEC/", "MIDEAST-CRISIS/IRAN (UPDATE 2)",
            "Eds: UPDATES with governor's comment.", "ACME SEES HIGHER PROFIT", "PM-designate meets the king",
            "AP-NORC poll finds", "The minister said on Monday that talks would resume.", "More than 40 people died.",
            "Read the full report", "Follow-up talks are planned", "Editing the budget took weeks.",
            "Follow live coverage", "Follow the desk's coverage of the vote at https://news.example/vote",
            "Sign up here.", "Sign up here for the morning briefing", "Subscribe now", "Sign up today to read more",
            "(AP Photo/Jane Doe)", "[AFP Photo / John Roe]", "(Reuters Photo)", "(AP) - The minister said.",
            "Follow the money, investigators said.", "Sign up numbers rose by a fifth.", "AP Photo editors met.",
        ]
        let stories = WireStories.all.map(\.text) + ReutersWireCopyTests.cases.map(\.text)
        return written.map { Substring($0) } + stories.flatMap { $0.split(separator: "\n") }
    }()

    @Test func furnitureCuesAgreeWithPatterns() {
        for line in Self.lines where line.utf8.count <= WireCleaner.maximumFurnitureLength {
            let text = String(line)
            let byPatterns = WireCleaner.furnitureLines.first { rule in
                let opens = rule.openings.isEmpty || rule.openings.contains { LineCue.opens(line, with: $0) }
                return opens && (rule.pattern?.matches(text) ?? !rule.openings.isEmpty)
            }
            #expect(WireCleaner.furnitureKind(line) == byPatterns?.kind, "\(line)")
        }
    }

    /// A rule read by its openings alone is called up by the first word of each opening, and by no other.
    @Test func openingsStartWithTheirCueWords() {
        for rule in WireCleaner.furnitureLines where rule.pattern == nil {
            let firsts = Set(rule.openings.compactMap { $0.split(separator: " ").first.map(String.init) })
            #expect(firsts == Set(rule.firstWords), "\(rule.openings)")
        }
    }

    @Test func slugCuesAgreeWithPatterns() {
        for line in Self.lines {
            let text = String(line)
            let byPatterns =
                SlugLine.isEditorNote(line)
                || (line.utf8.count <= SlugLine.maximumLength && SlugLine.forms.contains { $0.matches(text) })
            #expect(SlugLine.matches(line) == byPatterns, "\(line)")
        }
    }

    /// Every alias of the catalogue, written as an agency-only dateline, is read by the byte trie of the dateline
    /// reader as the alias pattern reads it, naming the same agency.
    @Test func aliasTrieAgreesWithThePattern() {
        for entry in AgencyCatalog.entries {
            for alias in [entry.canonical] + entry.aliases {
                let lead = "\(alias) - The minister said."
                let byPatterns = DatelineParser.parseWithPatterns(lead)
                #expect(byPatterns?.agency == AgencyCatalog.canonicalName(alias) ?? entry.canonical, "\(alias)")
                switch DatelineParser.recognised(lead) {
                case .found(let dateline): #expect(dateline == byPatterns, "\(alias)")
                case .none: Issue.record("not read on bytes: \(alias)")
                case .leftToPatterns: #expect(alias.utf8.contains { $0 >= 0x80 }, "\(alias)")
                }
            }
        }
    }
}
