import Foundation
import WiredeskText

/// Chooses a page's headline among the places that state it, by agreement rather than by a fixed order.
///
/// JSON-LD `headline`, `og:title`, `twitter:title`, the article's `<h1>` and the `<title>` without its site-name
/// suffix each vote with a weight; the wording with the most weight behind it wins, the strongest single source
/// breaking ties. Site names are cut from every candidate first, as many sites append them to `og:title` too.
enum HTMLTitleChooser {
    /// Separators between a headline and a site or section name in `<title>`.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ ", " > ", " • ", " ~ ", "_"]

    static func choose(facts: HTMLPageFacts, jsonLD: HTMLJSONLD, siteName: String?) -> String? {
        var candidates: [(text: String, weight: Double)] = []
        func add(_ text: String?, _ weight: Double) {
            guard let text else { return }
            let cleaned = withoutSiteName(HTMLTree.collapsingSpaces(text), siteName: siteName)
            if !cleaned.isEmpty { candidates.append((cleaned, weight)) }
        }
        add(jsonLD.headline, 3)
        add(facts.meta(["og:title"]), 3)
        if let heading = facts.firstArticleHeading {
            add(heading, 2)
        } else if facts.headingCount == 1 {
            add(facts.firstHeading, 2)
        }
        add(facts.documentTitle.map { headline(fromDocumentTitle: $0, siteName: siteName) }, 2)
        add(facts.meta(["twitter:title"]), 1)
        add(facts.meta(["dc.title", "dcterms.title", "headline", "parsely-title", "sailthru.title"]), 1)
        add(facts.documentTitle, 0.5)
        guard !candidates.isEmpty else { return nil }

        let keys = candidates.map { HTMLTitleSimilarity.words($0.text) }
        var best: (text: String, support: Double, weight: Double)?
        for (candidate, key) in zip(candidates, keys) {
            let support = zip(candidates, keys).reduce(0) { total, other in
                other.1 == key ? total + other.0.weight : total
            }
            if best == nil || support > best!.support || (support == best!.support && candidate.weight > best!.weight) {
                best = (candidate.text, support, candidate.weight)
            }
        }
        return best?.text
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
    static func headline(fromDocumentTitle raw: String, siteName: String?) -> String {
        let original = withoutSiteName(HTMLTree.collapsingSpaces(raw), siteName: siteName)
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

    private static func looksLikeHeadline(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        let wide = text.unicodeScalars.filter { $0.value >= 0x2E80 }.count
        return words >= 3 || wide >= 6
    }
}
