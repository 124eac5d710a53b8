import Testing

@testable import WiredeskCore

/// JSON-LD is read from its nested objects and arrays in document order, without recursion.
@Suite struct HTMLJSONLDTests {
    @Test func readsGraphsArraysAndNamesInOrder() {
        let script = """
            [{"@type": "WebPage", "name": "Page"},
             {"@graph": [{"@type": "Organization", "name": "Org"},
                         {"@type": "NewsArticle", "headline": ["", ["  Storm closes port "]],
                          "author": [[{"name": "Jane Doe"}], "John Roe", [["Ann Lee"]]],
                          "publisher": {"name": "The Daily"}, "datePublished": "2020-01-02",
                          "mainEntity": {"@type": "Article", "headline": "Later"}}]}]
            """
        let jsonLD = HTMLJSONLD(scripts: [script])
        #expect(jsonLD.headline == "Storm closes port")
        #expect(jsonLD.authors == ["Jane Doe", "John Roe", "Ann Lee"])
        #expect(jsonLD.publisher == "The Daily")
        #expect(jsonLD.datePublished == "2020-01-02")
    }

    /// A recipe's, a review's or a forum thread's date is the page's when no article or page object states one;
    /// an article's date comes first, and the work's name never becomes the headline.
    @Test(arguments: [
        (
            #"{"@type": "Recipe", "name": "Plum cake", "datePublished": "2021-09-04"}"#, "2021-09-04" as String?,
            nil as String?
        ),
        (
            #"{"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "Why?", "dateCreated": "2019-02-11"}}"#,
            "2019-02-11", nil
        ),
        (
            #"[{"@type": "Review", "datePublished": "2018-01-01"}, {"@type": "BlogPosting", "headline": "Plums", "datePublished": "2021-09-04"}]"#,
            "2021-09-04", "Plums"
        ),
        (#"{"@type": "Product", "name": "Mixer", "releaseDate": "2020-03-03"}"#, nil, nil),
    ])
    func datesOtherCreativeWorks(script: String, published: String?, headline: String?) {
        let jsonLD = HTMLJSONLD(scripts: [script])
        #expect(jsonLD.datePublished == published)
        #expect(jsonLD.headline == headline)
    }

    /// Arrays nested as deep as the JSON reader allows are read, or the block is skipped: nothing overflows.
    @Test(arguments: [100, 400, 100_000])
    func readsOrSkipsDeeplyNestedBlocks(depth: Int) {
        let script =
            String(repeating: "[", count: depth) + "{\"@type\": \"NewsArticle\", \"headline\": \"Deep\"}"
            + String(repeating: "]", count: depth)
        let jsonLD = HTMLJSONLD(scripts: [script])
        #expect(jsonLD.headline == "Deep" || jsonLD.headline == nil)
        if depth <= 100 { #expect(jsonLD.headline == "Deep") }
    }
}
