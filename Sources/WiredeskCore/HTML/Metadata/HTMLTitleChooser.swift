import Foundation
import WiredeskText

/// Chooses a page's headline among the places that state it, by agreement rather than by a fixed order.
///
/// JSON-LD `headline`, `og:title`, `twitter:title`, the article's `<h1>` and the `<title>` without its site-name
/// suffix each vote with a weight; the wording with the most weight behind it wins, the strongest single source
/// breaking ties. Site names are cut from every candidate first, as many sites append them to `og:title` too: the
/// one `og:site_name` states, and the affix the `<title>` carries around its headline. Among agreeing sources the
/// `<h1>`'s characters are kept (readers see its case), unless it differs only in quotes, dashes and spaces (the
/// declared title's then stand), and an `<h1>` that rewords the winner (search
/// titles are often rewritten for search engines) is the headline readers see, so it is the one chosen.
enum HTMLTitleChooser {
    static let separatorBytes = separators.map { Array($0.utf8) }

    /// Separators between a headline and a site or section name in `<title>`.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ ", " > ", " • ", " ~ ", "_"]

    /// The most support one statement and its copies give (`og:title` 3, a `<title>` and a `twitter:title` that
    /// copy it 0.5 each): a winner with no more has no second source behind it.
    static let singleStatement = 4.5

    private struct Candidate {
        var text: String
        var weight: Double
        /// An `<h1>` of the page.
        var isHeading = false
        /// Whether it may win on its own weight: a further `<h1>` (after the site's or a section's) may win only
        /// when another source repeats it.
        var standsAlone = true
    }

    static func choose(facts: HTMLPageFacts, jsonLD: HTMLJSONLD, siteName: String?) -> String? {
        let pageHeadings = facts.headings.compactMap(headingHeadline)
        // The titles the page declares for itself: JSON-LD, the social cards.
        let declaredTitles = [jsonLD.headline, facts.meta(["og:title"]), facts.meta(["twitter:title"])]
        let rawTitle = facts.documentTitle.map(HTMLTree.collapsingSpaces)
        let documentHeadline = rawTitle.map { raw in
            headline(
                fromDocumentTitle: raw, siteName: siteName, headings: pageHeadings,
                declared: declaredTitles.compactMap { $0.map(HTMLTree.collapsingSpaces) })
        }
        let affixes = rawTitle.flatMap { raw in
            confirmedAffixes(
                of: withoutSiteName(raw, siteName: siteName), headline: documentHeadline!,
                others: declaredTitles + pageHeadings)
        }
        let siteKeys = Set(([siteName] + (affixes?.names ?? [])).compactMap { $0.map(HTMLTitleSimilarity.words) })
        // What the `<title>` sets beside its headline, a shorter part, names the site or a section even when no
        // source confirms the cut: an `<h1>` of only that is the logo or the section's name ("News - Ferry fares
        // rise for the summer" over `<h1>News</h1>`), unless a declared title states it too.
        let headlineWords = documentHeadline.map { $0.split(separator: " ").count } ?? 0
        let declared = Set(declaredTitles.compactMap { $0.map(HTMLTitleSimilarity.words) })
        let sectionKeys = Set(
            (rawTitle.map { raw in
                siteAffixes(of: withoutSiteName(raw, siteName: siteName), headline: documentHeadline!).names
            } ?? []).filter { $0.split(separator: " ").count < headlineWords }.map(HTMLTitleSimilarity.words)
        ).subtracting(declared)
        var candidates: [Candidate] = []
        func add(_ text: String?, _ weight: Double, isHeading: Bool = false, standsAlone: Bool = true) {
            guard let text else { return }
            let collapsed = HTMLTree.collapsingSpaces(text)
            // A statement of the site's name (a home page's `og:title` left on every page, an `<h1>` logo) is no
            // headline, and neither is what is left of it once the name's first part is cut.
            if let siteName, HTMLTitleSimilarity.words(collapsed) == HTMLTitleSimilarity.words(siteName) { return }
            var cleaned = withoutSiteName(collapsed, siteName: siteName)
            if let affixes { cleaned = affixes.cut(from: cleaned) }
            let key = HTMLTitleSimilarity.words(cleaned)
            if isHeading && (siteKeys.contains(key) || sectionKeys.contains(key)) { return }
            if !cleaned.isEmpty {
                candidates.append(
                    Candidate(text: cleaned, weight: weight, isHeading: isHeading, standsAlone: standsAlone))
            }
        }
        add(jsonLD.headline, 3)
        add(facts.meta(["og:title"]), 3)
        let visibleHeading =
            facts.firstArticleHeading.flatMap(headingHeadline)
            ?? (facts.headingCount == 1 ? facts.firstHeading.flatMap(headingHeadline) : nil)
        add(visibleHeading, 2, isHeading: true)
        for heading in pageHeadings where heading != visibleHeading {
            add(heading, 1, isHeading: true, standsAlone: false)
        }
        // An `og:title` that copies the `<title>` is one statement, not two.
        let copied = rawTitle != nil && facts.meta(["og:title"]).map(HTMLTree.collapsingSpaces) == rawTitle
        add(documentHeadline, copied ? 0.5 : 2)
        // Likewise a `twitter:title` that copies the `og:title`.
        let twitterCopies = facts.meta(["twitter:title"]) == facts.meta(["og:title"])
        add(facts.meta(["twitter:title"]), twitterCopies ? 0.5 : 1)
        add(
            facts.meta([
                "dc.title", "dcterms.title", "dc:title", "dcterms:title", "headline", "parsely-title", "sailthru.title",
            ]), 1)
        if documentHeadline == rawTitle && !copied { add(rawTitle, 0.5) }
        guard !candidates.isEmpty else { return nil }

        let keys = candidates.map { HTMLTitleSimilarity.words($0.text) }
        var best: (index: Int, support: Double, weight: Double)?
        for (index, key) in keys.enumerated() {
            let group = keys.indices.filter { keys[$0] == key }
            guard group.contains(where: { candidates[$0].standsAlone }) else { continue }
            let support = group.reduce(0) { $0 + candidates[$1].weight }
            let weight = candidates[index].weight
            if best == nil || support > best!.support || (support == best!.support && weight > best!.weight) {
                best = (index, support, weight)
            }
        }
        guard let best else { return nil }
        let winner = candidates[best.index]
        // Search and social titles are often written apart from the headline readers see: when only one such
        // statement (with its copies) backs the winner, the visible headline of some length is the page's own.
        if best.support < Self.singleStatement,
            let visible = candidates.first(where: { $0.isHeading && $0.standsAlone }), isLongHeadline(visible.text)
        {
            return visible.text
        }
        let headings = candidates.indices.filter { candidates[$0].isHeading }
        if let agreeing = headings.first(where: { keys[$0] == keys[best.index] }) {
            // The same words in other quotes or dashes: the declared title's characters stand.
            let heading = candidates[agreeing].text
            return Self.typographyFolded(heading) == Self.typographyFolded(winner.text) ? winner.text : heading
        }
        let rewording = headings.first { rewords(candidates[$0].text, winner.text) }
        return rewording.map { candidates[$0].text } ?? winner.text
    }

    /// `text` with curly quotes, primes and typographic dashes written plain, no-break spaces as spaces.
    static func typographyFolded(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar -> Unicode.Scalar in
                    switch scalar {
                    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": "\""
                    case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": "'"
                    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}": "-"
                    case "\u{00A0}", "\u{202F}", "\u{2009}": " "
                    default: scalar
                    }
                }))
    }

    /// The site affixes of the `<title>` when they read as a site's name. A dash also joins a headline's own parts
    /// ("Headline – Features and prices"): what a dash cut off is a site's name only when another source states
    /// the headline without it; a bar or a double colon sets a name apart on its own.
    static func confirmedAffixes(of original: String, headline: String, others: [String?]) -> SiteAffixes? {
        let affixes = siteAffixes(of: original, headline: headline)
        guard affixes.prefix != nil || !affixes.suffixes.isEmpty else { return nil }
        if affixes.isNamelike { return affixes }
        let key = HTMLTitleSimilarity.words(headline)
        return others.contains { $0.map(HTMLTitleSimilarity.words) == key } ? affixes : nil
    }

    /// Whether `heading` says what `title` says in other words: it reads like a headline, most of its wording is in
    /// the title and it repeats much of the title's (a section name or a teaser's headline does neither).
    static func rewords(_ heading: String, _ title: String) -> Bool {
        guard looksLikeHeadline(heading), 5 * heading.utf8.count >= 2 * title.utf8.count else { return false }
        return HTMLTitleSimilarity.similarity(title, heading) >= 0.6
            && HTMLTitleSimilarity.similarity(heading, title) >= 0.6
    }

    /// What a `<title>` holds around its headline (`original` less `headline`): a site or section name with its
    /// separator, in front or behind.
    struct SiteAffixes {
        /// The affix in front, separator included, and the one behind, each also as its shorter tails (from each
        /// separator in it), longest first: other sources may carry only the last part ("| Site" of "| Section |
        /// Site").
        var prefix: String?
        var suffixes: [String] = []

        /// Separators that set a site's name apart and seldom join a headline's own parts.
        static let nameSeparators = [" | ", " :: ", " » ", " · ", " • "]

        /// Whether the affix is set apart by one of `nameSeparators`.
        var isNamelike: Bool {
            let separators = Self.nameSeparators
            if let prefix { return separators.contains { prefix.hasSuffix($0) } }
            return suffixes.first.map { suffix in separators.contains { suffix.hasPrefix($0) } } ?? false
        }

        /// The names the affixes hold, without separators.
        var names: [String] {
            var result: [String] = []
            for affix in suffixes + [prefix].compactMap({ $0 }) {
                var name = affix
                for separator in separators {
                    if name.hasPrefix(separator) { name = String(name.dropFirst(separator.count)) }
                    if name.hasSuffix(separator) { name = String(name.dropLast(separator.count)) }
                }
                if !name.isEmpty { result.append(name) }
            }
            return result
        }

        /// Compared and cut byte for byte: an affix is a copy, and the titles compared may be long.
        func cut(from title: String) -> String {
            let utf8 = title.utf8
            if let prefix, utf8.count > prefix.utf8.count, utf8.starts(with: prefix.utf8) {
                return String(decoding: utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
            }
            for suffix in suffixes
            where utf8.count > suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed()) {
                return String(decoding: utf8.dropLast(suffix.utf8.count), as: UTF8.self)
            }
            return title
        }
    }

    static func siteAffixes(of original: String, headline: String) -> SiteAffixes {
        var affixes = SiteAffixes()
        guard headline != original, !headline.isEmpty else { return affixes }
        if original.hasPrefix(headline) {
            let suffix = String(original.dropFirst(headline.count))
            let bytes = Array(suffix.utf8)
            // The last few parts are enough, found from the end; every separator starts with a space or is an
            // underscore, which most bytes are not.
            var starts: [Int] = []
            var offset = bytes.count - 1
            while offset >= 1 && starts.count < 3 {
                if bytes[offset] == 0x20 || bytes[offset] == 0x5F,
                    separatorBytes.contains(where: { separator in
                        offset + separator.count <= bytes.count
                            && separator.indices.allSatisfy { bytes[offset + $0] == separator[$0] }
                    })
                {
                    starts.append(offset)
                }
                offset -= 1
            }
            starts.reverse()
            affixes.suffixes = [suffix] + starts.map { String(decoding: bytes[$0...], as: UTF8.self) }
        } else if original.hasSuffix(headline) {
            affixes.prefix = String(original.dropLast(headline.count))
        }
        return affixes
    }

    /// Cuts a known site name, with its separator, from either end of a title.
    /// The site name may carry a slogan ("Site - All the news"), which titles leave out: its first part counts too.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        var names = [siteName]
        for separator in separators {
            if let range = find(separator, in: siteName) { names.append(String(siteName[..<range.lowerBound])) }
        }
        for name in names where title.count > name.count {
            for separator in separators {
                if title.hasSuffix(separator + name) { return String(title.dropLast(separator.count + name.count)) }
                if title.hasPrefix(name + separator) { return String(title.dropFirst(separator.count + name.count)) }
            }
        }
        return title
    }

    /// A `<title>` without its site and section suffixes ("Headline - Section - Site"): trailing parts are cut
    /// while what is left still reads like a headline (three words or more, or a long run of CJK text). A short
    /// name in front ("Site | Headline") is cut when nothing was cut at the end.
    ///
    /// A `<title>` that starts with what another source states, and a name after it, holds that part whatever its
    /// length: the page itself says where the headline ends. A part a `declared` title (JSON-LD, `og:title`)
    /// states is the headline; a part only a heading states is when the name after it has no more words ("Lisbon
    /// - Encyclopedia"), as a longer part after a heading is the headline and the heading a section's name ("News
    /// - Ferry fares rise for the summer"). A heading at the end is as often the site's logo as the headline, and
    /// is left to the rules below.
    static func headline(
        fromDocumentTitle raw: String, siteName: String?, headings: [String] = [], declared: [String] = []
    ) -> String {
        let original = withoutSiteName(HTMLTree.collapsingSpaces(raw), siteName: siteName)
        let parts = declared.map { ($0, true) } + headings.map { ($0, false) }
        for (part, isDeclared) in parts where original.utf8.count > part.utf8.count {
            for separator in separators where original.hasPrefix(part + separator) {
                let rest = original.dropFirst(part.count + separator.count)
                if isDeclared || rest.split(separator: " ").count <= part.split(separator: " ").count { return part }
            }
        }
        let bytes = Array(original.utf8)
        // A head reads like a headline from a length on (`shortestHeadline`); each separator's occurrences are
        // found once and read from the last back as the title shrinks, so a title of many parts costs no search per
        // part cut.
        let shortest = shortestHeadline(original)
        let occurrences = separators.map { Self.occurrences(of: Array($0.utf8), in: bytes) }
        var last = occurrences.map { $0.count - 1 }
        var end = bytes.count
        cutting: while true {
            for (number, separator) in separators.enumerated() {
                while last[number] >= 0, occurrences[number][last[number]] + separator.utf8.count > end {
                    last[number] -= 1
                }
                guard last[number] >= 0 else { continue }
                if occurrences[number][last[number]] >= shortest {
                    end = occurrences[number][last[number]]
                    continue cutting
                }
            }
            break
        }
        let title = String(original[..<original.utf8.index(original.utf8.startIndex, offsetBy: end)])
        guard end == bytes.count else { return title }
        for separator in separators {
            guard let range = find(separator, in: title) else { continue }
            let head = title[..<range.lowerBound]
            let tail = String(title[range.upperBound...])
            if head.split(separator: " ").count <= 3 && looksLikeHeadline(tail) { return tail }
        }
        return title
    }

    /// Where `needle` starts in `bytes`, every place, in order.
    private static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard let first = needle.first, needle.count <= bytes.count else { return [] }
        var result: [Int] = []
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) { result.append(start) }
        }
        return result
    }

    /// The length in UTF-8 bytes of the shortest start of `text` that `looksLikeHeadline` accepts (longer starts
    /// have as many words and wide characters or more); `Int.max` when none does.
    static func shortestHeadline(_ text: String) -> Int {
        var words = 0
        var wide = 0
        var previousIsSpace = true
        var offset = 0
        for character in text {
            let length = character.utf8.count
            defer { offset += length }
            let isSpace = character == " "
            if !isSpace && previousIsSpace { words += 1 }
            previousIsSpace = isSpace
            for scalar in character.unicodeScalars where scalar.value >= 0x2E80 { wide += 1 }
            if words >= 3 || wide >= 6 { return offset + length }
        }
        return .max
    }

    /// Where `separator` first (or last) occurs in `text`, compared byte for byte: separators are fixed strings,
    /// and Foundation's search, which compares characters as NSString does, costs a hundred times more.
    static func find(_ separator: String, in text: String, last: Bool = false) -> Range<String.Index>? {
        let needle = Array(separator.utf8)
        let utf8 = text.utf8
        guard let first = needle.first, needle.count <= utf8.count else { return nil }
        let offset = Array(utf8).withBytes { bytes -> Int? in
            let starts = stride(
                from: last ? bytes.count - needle.count : 0, through: last ? 0 : bytes.count - needle.count,
                by: last ? -1 : 1)
            for start in starts where bytes[start] == first {
                if needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) { return start }
            }
            return nil
        }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.count)
    }

    /// The permalink marks documentation and blog generators append to a heading (Sphinx's and MkDocs' `¶`, a
    /// link symbol, an anchor): a link to the heading, not part of its words.
    static let permalinkMarks: Set<Character> = ["\u{00B6}", "\u{00A7}", "\u{1F517}", "\u{2693}", "\u{2693}\u{FE0E}"]

    /// Words beyond which an `<h1>` is no headline but a caption, a summary or a paragraph set large: headlines,
    /// in every style guide, are a line or two.
    static let longestHeadlineWords = 40
    static let longestHeadlineCharacters = 300

    /// An `<h1>`'s text as a headline: without a trailing permalink mark; nil when it is too long to be one.
    static func headingHeadline(_ text: String) -> String? {
        var text = Substring(text)
        while let last = text.last, permalinkMarks.contains(last) || last == " " { text.removeLast() }
        guard !text.isEmpty, text.count <= longestHeadlineCharacters else { return nil }
        var words = 0
        var previousIsSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " "
            if !isSpace && previousIsSpace {
                words += 1
                if words > longestHeadlineWords { return nil }
            }
            previousIsSpace = isSpace
        }
        return String(text)
    }

    /// Four words or more, or twelve CJK characters: longer than a section's or a site's name.
    static func isLongHeadline(_ text: String) -> Bool {
        HTMLTitleSimilarity.words(text).count >= 4 || text.unicodeScalars.lazy.filter { $0.value >= 0x2E80 }.count >= 12
    }

    private static func looksLikeHeadline(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        let wide = text.unicodeScalars.filter { $0.value >= 0x2E80 }.count
        return words >= 3 || wide >= 6
    }
}
