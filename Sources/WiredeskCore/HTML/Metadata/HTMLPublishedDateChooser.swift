import Foundation

/// Chooses a page's original publication date, from the most explicit statement to the weakest clue.
///
/// Structured data first (JSON-LD `datePublished`, `article:published_time` and its many `<meta>` cousins), then
/// dates the markup labels as published, then a date in the page's own address, then any `<time>` or date box
/// near the article. A modification date is used only when nothing says when the page was first published.
enum HTMLPublishedDateChooser {
    /// `<meta>` names and properties of the publication date, most specific first.
    static let publishedMetaKeys = [
        "article:published_time", "article:published", "og:published_time", "og:article:published_time",
        "datepublished", "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "pub_date",
        "publication_date", "publication-date", "publicationdate", "date.published", "article.published",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "original-publish-date", "originalpublicationdate", "date",
        "citation_publication_date", "citation_date", "datecreated", "cxenseparse:recs:publishtime",
        "article_date_original", "release_date", "created", "displaydate", "dc.created",
    ]

    /// `<meta>` names of the last modification, the fallback of last resort.
    static let modifiedMetaKeys = [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
        "dc.date.modified", "lastmod", "revised",
    ]

    /// Addresses that often carry the publication date in their path.
    static let addressMetaKeys = ["og:url", "twitter:url", "parsely-link"]

    /// How much text after the headline, and before it, is searched for a printed date.
    static let textWindow = 3000
    static let textWindowBefore = 400

    static func choose(facts: HTMLPageFacts, jsonLD stated: HTMLJSONLD, monthFirst: Bool) -> String? {
        let jsonLD = isConsistent(stated) ? stated : HTMLJSONLD(scripts: [])
        let addressed = addressDay(facts)
        for raw in [jsonLD.datePublished] + publishedMetaKeys.map({ facts.meta[$0] }) {
            if let raw, let value = HTMLDateParser.isoValue(raw) {
                let stated = localDay(
                    of: localStatement(of: value, facts: facts, jsonLD: jsonLD), stated: raw, address: addressed)
                return shownNearHeadline(contradicting: stated, facts: facts, monthFirst: monthFirst) ?? stated
            }
        }
        // Teasers of other stories carry labelled dates too: the one nearest the headline, outside asides first.
        let labelled = facts.times.filter { $0.isPublished && !$0.isModified }.sorted {
            ($0.inAside ? 1 : 0, distance(from: facts.firstHeadingOffset, to: $0.offset))
                < ($1.inAside ? 1 : 0, distance(from: facts.firstHeadingOffset, to: $1.offset))
        }
        for time in labelled {
            if let value = HTMLDateParser.isoValue(time.value) { return value }
        }
        let boxes = facts.dateTexts.filter { !$0.inAside }
        let labelledBoxes = boxes.filter(\.published).sorted {
            distance(from: facts.firstHeadingOffset, to: $0.offset)
                < distance(from: facts.firstHeadingOffset, to: $1.offset)
        }
        for box in labelledBoxes {
            if let day = HTMLDateParser.firstDay(in: box.text, monthFirst: monthFirst) { return day.iso }
        }
        if let addressed { return addressed.iso }
        for id in facts.containerIDs {
            if let day = HTMLDateParser.day(inIdentifier: id) { return day.iso }
        }
        if let value = nearestToHeading(facts: facts, boxes: boxes, monthFirst: monthFirst) { return value }
        if let value = jsonLD.dateModified.flatMap(HTMLDateParser.isoValue) { return value }
        for key in modifiedMetaKeys {
            if let value = facts.meta[key].flatMap(HTMLDateParser.isoValue) { return value }
        }
        // A date printed by the headline as the page's revision: the only date the page gives.
        if let value = nearestToHeading(
            facts: facts, boxes: boxes, monthFirst: monthFirst, keepingRevisions: true)
        {
            return value
        }
        let titles = [facts.documentTitle, facts.meta["og:title"]].compactMap { $0 }
        for title in titles {
            if let day = HTMLDateParser.firstDay(in: title, monthFirst: monthFirst) { return day.iso }
        }
        let text = facts.visibleText.utf8.prefix(4 * textWindow)
        if let day = HTMLDateParser.firstDay(in: String(decoding: text, as: UTF8.self), monthFirst: monthFirst) {
            return day.iso
        }
        return firstDayOutsideAsides(facts: facts, monthFirst: monthFirst)
    }

    /// The last resort: the first date anywhere in the page's text outside navigation, sidebars and comments (a
    /// date line below a long article, by its author's name), else the first one a label marks as the page's
    /// revision ("Aktualisiert: ..." at the foot of an undated page), which is when its text was last written.
    static func firstDayOutsideAsides(facts: HTMLPageFacts, monthFirst: Bool) -> String? {
        let text = facts.visibleText
        for keepingRevisions in [false, true] {
            let days = HTMLDateParser.locatedDays(in: text, monthFirst: monthFirst, keepingRevisions: keepingRevisions)
            // The dates come in order: each one's place is reached from the last one's, once over the text.
            var index = text.startIndex
            var location = 0
            for (next, day) in days {
                index = text.utf16.index(index, offsetBy: next - location)
                location = next
                if !facts.isAside(text.utf8.distance(from: text.startIndex, to: index)) { return day.iso }
            }
        }
        return nil
    }

    /// Whether a JSON-LD block's dates can be believed: a `datePublished` later than the block's own
    /// `dateModified` is a re-stamp (a migration, a re-publication), and the block's dates are then no evidence of
    /// the first publication.
    static func isConsistent(_ jsonLD: HTMLJSONLD) -> Bool {
        guard let published = jsonLD.datePublished.flatMap(HTMLDateParser.isoValue).flatMap(HTMLDateParser.day(inISO:)),
            let modified = jsonLD.dateModified.flatMap(HTMLDateParser.isoValue).flatMap(HTMLDateParser.day(inISO:))
        else { return true }
        return published <= modified
    }

    /// The date in the page's own address (canonical link, `og:url`, ...).
    static func addressDay(_ facts: HTMLPageFacts) -> HTMLDateParser.Day? {
        let addresses = [facts.link("canonical")] + addressMetaKeys.map { facts.meta[$0] }
        for address in addresses.compactMap({ $0 }) {
            if let day = HTMLDateParser.day(inURL: address) { return day }
        }
        return nil
    }

    /// A structured value stated in UTC falls on the next or the previous day for many publishers; when the page's
    /// address, written in the publisher's own time, names the neighbouring day, that day is the local one.
    static func localDay(of value: String, stated raw: String, address: HTMLDateParser.Day?) -> String {
        let raw = raw.trimmingCharacters(in: .whitespaces)
        guard let address, ["Z", "+00:00", "+0000"].contains(where: { raw.hasSuffix($0) }),
            let stated = HTMLDateParser.day(inISO: value),
            abs(stated.dayNumber - address.dayNumber) == 1
        else { return value }
        return address.iso
    }

    /// A structured value written in UTC, restated in the publisher's own offset where the page gives the same
    /// moment so (a `<time datetime>`, another `<meta>`, JSON-LD): the local statement is the same instant, and its
    /// date is the day the publisher's readers saw.
    static func localStatement(of value: String, facts: HTMLPageFacts, jsonLD: HTMLJSONLD) -> String {
        guard let moment = HTMLDateParser.instant(of: value), moment.offset == 0 else { return value }
        let statements = [jsonLD.datePublished] + publishedMetaKeys.map { facts.meta[$0] } + facts.times.map(\.value)
        for raw in statements.compactMap({ $0 }) {
            guard let local = HTMLDateParser.isoValue(raw), let other = HTMLDateParser.instant(of: local) else {
                continue
            }
            if other.offset != 0, other.seconds == moment.seconds { return local }
        }
        return value
    }

    /// How far a date at `offset` of the visible text is from the headline; dates above it count double, since a
    /// page header's "today" sits there, while the article's own date usually follows the headline.
    static func distance(from heading: Int?, to offset: Int) -> Int {
        guard let heading else { return offset }
        return offset >= heading ? offset - heading : 2 * (heading - offset)
    }

    /// How far from the headline (as `distance` measures it) a printed date still reads as the headline's own.
    static let shownDateReach = 300
    /// How many days after the structured date a printed date may fall and still be the same story's release.
    static let shownDateLatestGap = 42

    /// The date printed right by the headline, when it falls days (up to six weeks) after the date the structured
    /// data states: the structured value is then the day the story was drafted or first posted online, while
    /// readers see (and cite) the day it was released or printed. A neighbouring day is a time zone's doing; a
    /// printed date before the structured one, or months after it, belongs to something else (an event, a
    /// re-publication), and dates labelled as revisions never count as printed dates.
    static func shownNearHeadline(contradicting stated: String, facts: HTMLPageFacts, monthFirst: Bool) -> String? {
        guard facts.firstHeadingOffset != nil, let statedDay = HTMLDateParser.day(inISO: stated),
            let shown = nearestToHeading(
                facts: facts, boxes: facts.dateTexts.filter { !$0.inAside }, monthFirst: monthFirst,
                reach: shownDateReach),
            let shownDay = HTMLDateParser.day(inISO: shown)
        else { return nil }
        let gap = shownDay.dayNumber - statedDay.dayNumber
        return gap > 1 && gap <= shownDateLatestGap ? shownDay.iso : nil
    }

    /// Among `<time>` values, date boxes and dates printed around the headline, the one nearest the headline, the
    /// markup's own statements given a head start; without a headline, the first in document order. With `reach`,
    /// only dates that near the headline count, whatever their head start.
    static func nearestToHeading(
        facts: HTMLPageFacts, boxes: [HTMLPageFacts.DateText], monthFirst: Bool, reach: Int? = nil,
        keepingRevisions: Bool = false
    ) -> String? {
        var candidates: [(value: String, score: Int)] = []
        let heading = facts.firstHeadingOffset
        func near(_ offset: Int) -> Bool {
            guard let reach else { return true }
            return distance(from: heading, to: offset) <= reach
        }
        let times = facts.times.filter { (keepingRevisions || !$0.isModified) && !$0.inAside && near($0.offset) }
        for time in times {
            guard let value = HTMLDateParser.isoValue(time.value) else { continue }
            let bonus = time.inArticle ? 400 : 300
            candidates.append((value, distance(from: heading, to: time.offset) - bonus))
        }
        for box in boxes where near(box.offset) {
            guard
                let day = HTMLDateParser.firstDay(
                    in: box.text, monthFirst: monthFirst, keepingRevisions: keepingRevisions)
            else { continue }
            candidates.append((day.iso, distance(from: heading, to: box.offset) - 150))
        }
        let span = reach.map { (before: $0 / 2, after: $0) } ?? (before: textWindowBefore, after: textWindow)
        if let (text, start) = facts.textAroundHeading(before: span.before, after: span.after) {
            let window = String(text)
            let days = HTMLDateParser.locatedDays(
                in: window, monthFirst: monthFirst, keepingRevisions: keepingRevisions)
            for (location, day) in days {
                let index = String.Index(utf16Offset: location, in: window)
                let offset = start + window.utf8.distance(from: window.startIndex, to: index)
                if facts.isAside(offset) { continue }
                candidates.append((day.iso, distance(from: heading, to: offset)))
            }
        }
        return candidates.min { $0.score < $1.score }?.value
    }
}
