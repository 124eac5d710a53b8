public import Foundation
import WiredeskText

/// Cleans wire copy and extracts its metadata: title, dateline, place, date, agency, byline, sources, language.
///
/// A story is read top down: its lead-in (title, repeated titles, date headers, byline) is taken off, the rest is
/// cleaned into paragraphs by `WireCleaner`, and the first paragraph gives up its dateline. Metadata a container
/// already stated (`ArticleHints`, e.g. from an HTML page) wins over what the text suggests for title, date, byline
/// and language; dateline, agency and cited sources always come from the text.
public enum WireCopyParser {
    /// Non-blank lines examined for a lead-in before the body is taken to start.
    static let maximumLeadInLines = 8

    /// What the top of a story held before its body.
    struct LeadIn {
        var title: String?
        var headers: [DateHeader] = []
        var byline: BylineExtractor.Byline?
        /// Index of the first body line.
        var bodyStart = 0
    }

    public static func parse(text: String, receivedAt: Date, hints: ArticleHints) -> Article {
        var lines = lines(of: text)
        let leadIn = readLeadIn(&lines, hintedTitle: hints.title)
        let cleaned = WireCleaner.clean(Array(lines[leadIn.bodyStart...]))

        var paragraphs = cleaned.paragraphs
        var leadInByline = leadIn.byline
        var title = hints.title ?? leadIn.title
        let found = datelineParagraph(in: paragraphs)
        let dateline = found?.dateline
        if let found {
            // Short lines above the dateline (advisories, affiliations, bylines, notes to editors) are the lead-in.
            let bylines = paragraphs[..<found.index].map(BylineExtractor.bylineLine)
            leadInByline = leadInByline ?? bylines.lazy.compactMap { $0 }.first
            // A headline the title rules passed over (one ending in a point) stands first, above any byline.
            if title == nil, let first = paragraphs.first, found.index > 0, bylines[0] == nil, !first.hasPrefix("(") {
                title = String(first)
            }
            let lead = found.dateline.lead.trimmingWhitespace()
            if lead.isEmpty {
                paragraphs.removeSubrange(...found.index)
            } else {
                paragraphs[found.index] = lead
                paragraphs.removeSubrange(..<found.index)
            }
        }
        let body = joined(paragraphs)

        let agency =
            dateline?.agency
            ?? leadIn.headers.lazy.compactMap(\.agency).first
            ?? leadInByline?.agency
            ?? cleaned.trailerAgencies.first
            ?? hints.siteName.flatMap(AgencyCatalog.canonicalName)
            ?? hints.feedAgency
        var sources = agency.map { [ArticleSource(name: $0, role: .agency)] } ?? []
        sources += CitedSourceFinder.citedSources(in: body, excluding: agency).map {
            ArticleSource(name: $0, role: .cited)
        }

        let headerReferences = leadIn.headers.flatMap { $0.dates + $0.ambiguousDates }
        let resolved =
            hints.published.map { PublicationDateResolver.Resolved(iso: $0, yearInferred: false) }
            ?? PublicationDateResolver.resolveDate(
                // A numeric header date either of whose numbers may be the day counts in the reading the
                // dateline's day and month agree with.
                headerDates: leadIn.headers.filter { !$0.isRevision }.flatMap(\.dates)
                    + leadIn.headers.flatMap(\.ambiguousDates).filter {
                        $0.month == dateline?.month && $0.day == dateline?.day
                    },
                // Without a header date, the full dates the story states give a year-less dateline its year.
                referenceDates: headerReferences.isEmpty
                    ? StatedDates.anchors(for: dateline, in: body) : headerReferences,
                dateline: dateline,
                receivedAt: receivedAt)
        let byline =
            hints.byline ?? leadInByline?.names ?? dateline?.byline
            ?? cleaned.creditLines.lazy.compactMap(BylineExtractor.reporters(inCredit:)).first

        return Article(
            title: title,
            body: body,
            dateline: dateline?.text,
            place: dateline?.place,
            published: resolved?.iso,
            publishedYearInferred: resolved?.yearInferred ?? false,
            agency: agency,
            byline: byline,
            language: hints.language.flatMap(languageCode) ?? LanguageDetector.detect(body),
            sources: sources
        )
    }

    /// The lines of `text`, split on its UTF-8 bytes: splitting on `Character`s would cost a grapheme break test per
    /// character, and a line feed always ends a grapheme (`\r\n` has become `\n` when the text was decoded). Line
    /// feeds are found by `ByteView.firstIndex(of:from:)`, which reads many bytes per step.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        return text.withBytes { buffer in
            var lines: [Substring] = []
            guard !buffer.isEmpty else { return [text[...]] }
            lines.reserveCapacity(buffer.count / 64 + 1)
            var start = 0
            func line(_ range: Range<Int>) -> Substring {
                Substring(
                    utf8[
                        utf8.index(
                            utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                                utf8.startIndex, offsetBy: range.upperBound)])
            }
            while let offset = buffer.firstIndex(of: 0x0A, from: start) {
                lines.append(line(start..<offset))
                start = offset + 1
            }
            lines.append(line(start..<buffer.count))
            return lines
        }
    }

    /// Takes the title, repeated titles, date headers and byline off the top of `lines`. A header glued to the lead
    /// (`date 2021-04-12 Ali Shamkhani made ...`) is cut off its line, which is rewritten in place.
    static func readLeadIn(_ lines: inout [Substring], hintedTitle: String?) -> LeadIn {
        let isHardWrapped = ParagraphAssembler.isHardWrapped(lines)
        var leadIn = LeadIn()
        var examined = 0
        var index = 0
        func isBlank(_ line: Substring) -> Bool { line.allSatisfy(\.isWhitespace) }

        while index < lines.count, examined < maximumLeadInLines {
            let line = lines[index]
            if isBlank(line) {
                index += 1
                continue
            }
            examined += 1
            // Routing lines stand above the headline; a note to editors may also stand below it.
            if leadIn.title == nil ? SlugLine.matches(line) : SlugLine.isEditorNote(line) {
                index += 1
                continue
            }
            if let header = DateHeader.recognise(line) {
                leadIn.headers.append(header)
                if leadIn.byline == nil, let names = header.byline {
                    leadIn.byline = BylineExtractor.Byline(names: names, agency: nil)
                }
                if let glued = header.gluedLead {
                    lines[index] = glued
                    break
                }
                index += 1
                continue
            }
            if let title = leadIn.title ?? hintedTitle, TitleDetector.isCopy(line, of: title) {
                leadIn.title = leadIn.title ?? ParagraphAssembler.collapsingSpaces(line)
                index += 1
                continue
            }
            if leadIn.title == nil, leadIn.byline == nil {
                let next = lines[(index + 1)...].firstIndex { !isBlank($0) }
                let isTitle = TitleDetector.isTitle(
                    line,
                    nextLine: next.map { lines[$0] },
                    blankLineFollows: next.map { $0 > index + 1 } ?? false,
                    isHardWrapped: isHardWrapped)
                if isTitle {
                    leadIn.title = ParagraphAssembler.collapsingSpaces(line)
                    index += 1
                    continue
                }
            }
            if leadIn.byline == nil, let byline = BylineExtractor.bylineLine(line) {
                leadIn.byline = byline
                index += 1
                continue
            }
            break
        }
        leadIn.bodyStart = min(index, lines.count)
        return leadIn
    }

    /// The paragraphs with a blank line between each two, appended to a string reserved at its final size.
    static func joined(_ paragraphs: [Substring]) -> String {
        let size = paragraphs.reduce(2 * max(0, paragraphs.count - 1)) { $0 + $1.utf8.count }
        var text = ""
        text.reserveCapacity(size)
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += "\n\n" }
            text += paragraph
        }
        return text
    }

    /// Paragraphs above the dateline that are still lead-in: notes to editors (`(Adds comment)`), a byline and the
    /// reporter's affiliation. Longer paragraphs are the story.
    static let leadInParagraphs = 3
    static let longestLeadInParagraph = 160

    /// The dateline of the first paragraph, or of a later one when only short lead-in paragraphs come before it;
    /// failing any, a bare one (`BareDateline`: `WASHINGTON - ...`) in the same places.
    static func datelineParagraph(in paragraphs: [Substring]) -> (index: Int, dateline: Dateline)? {
        for parse in [DatelineParser.parse, BareDateline.parse] {
            for (index, paragraph) in paragraphs.prefix(leadInParagraphs + 1).enumerated() {
                if let dateline = parse(String(paragraph)) { return (index, dateline) }
                guard paragraph.utf8.count <= longestLeadInParagraph else { break }
            }
        }
        return nil
    }

    /// `en-US`, `EN`, `pt_BR` → `en`, `en`, `pt`; `nil` when the hint is not a language tag.
    private static func languageCode(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return (2...3).contains(primary.count) && primary.allSatisfy(\.isLetter) ? primary : nil
    }
}
