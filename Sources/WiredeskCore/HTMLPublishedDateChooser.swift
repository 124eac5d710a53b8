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

    /// How much text after the headline is searched for a printed date.
    static let textWindow = 3000

    static func choose(facts: HTMLPageFacts, jsonLD: HTMLJSONLD, monthFirst: Bool) -> String? {
        if let value = jsonLD.datePublished.flatMap(HTMLDateParser.isoValue) { return value }
        for key in publishedMetaKeys {
            if let value = facts.meta[key].flatMap(HTMLDateParser.isoValue) { return value }
        }
        let labelled = facts.times.filter { $0.isPublished && !$0.isModified }
        for time in labelled.filter(\.inArticle) + labelled {
            if let value = HTMLDateParser.isoValue(time.value) { return value }
        }
        for box in facts.dateTexts where box.published {
            if let day = HTMLDateParser.firstDay(in: box.text, monthFirst: monthFirst) { return day.iso }
        }
        let addresses = [facts.link("canonical")] + addressMetaKeys.map { facts.meta[$0] }
        for address in addresses.compactMap({ $0 }) {
            if let day = HTMLDateParser.day(inURL: address) { return day.iso }
        }
        let unlabelled = facts.times.filter { !$0.isModified }
        for time in unlabelled.filter(\.inArticle) + unlabelled {
            if let value = HTMLDateParser.isoValue(time.value) { return value }
        }
        for box in facts.dateTexts {
            if let day = HTMLDateParser.firstDay(in: box.text, monthFirst: monthFirst) { return day.iso }
        }
        if let text = facts.textAfterHeading(length: textWindow),
            let day = HTMLDateParser.firstDay(in: String(text), monthFirst: monthFirst)
        {
            return day.iso
        }
        if let value = jsonLD.dateModified.flatMap(HTMLDateParser.isoValue) { return value }
        for key in modifiedMetaKeys {
            if let value = facts.meta[key].flatMap(HTMLDateParser.isoValue) { return value }
        }
        let titles = [facts.documentTitle, facts.meta["og:title"]].compactMap { $0 }
        for title in titles {
            if let day = HTMLDateParser.firstDay(in: title, monthFirst: monthFirst) { return day.iso }
        }
        let text = facts.visibleText.utf8.prefix(4 * textWindow)
        return HTMLDateParser.firstDay(in: String(decoding: text, as: UTF8.self), monthFirst: monthFirst)?.iso
    }
}
