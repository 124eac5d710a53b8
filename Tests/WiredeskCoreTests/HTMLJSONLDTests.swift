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
