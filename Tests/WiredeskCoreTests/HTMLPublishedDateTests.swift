import Foundation
import Testing

@testable import WiredeskCore

/// The publication-date rules of web pages, each on a small page: which of several dates a page shows is its own.
struct HTMLPublishedDateTests {
    static let story = HTMLExtractorTests.story
    /// An article longer than the stretch below the headline that is searched for a printed date.
    static let longStory = String(repeating: story, count: 30)

    static func published(head: String = "", bodyAttributes: String = "", body: String) throws -> String? {
        let page = "<!doctype html><html lang='de'><head>\(head)</head><body \(bodyAttributes)>\(body)</body></html>"
        return try HTMLExtractor.extract(Array(page.utf8)).hints.published
    }

    @Test(
        arguments: [
            // A date printed just above the headline beats a related story's <time> far below it.
            (
                "<span>02.12.2019</span><h1>Bridge</h1>\(story)"
                    + "<ul><li><time datetime='2019-07-30'>30.07.2019</time> Other story</li></ul>",
                "2019-12-02" as String?
            ),
            // Dates in sidebars, related lists and footers are other pages' dates.
            (
                "<h1>Bridge</h1><p>27 Sep 2016</p>\(story)"
                    + "<div class='sidebar'><span class='published'>09/09/2019</span></div>",
                "2016-09-27"
            ),
            // ... unless the box holds the headline itself.
            ("<div class='has-sidebar'><h1>Bridge</h1><p>27 Sep 2016</p>\(story)</div>", "2016-09-27"),
            // The reader's current time and a forum member's registration are not the post's date.
            (
                "<p class='time'>Aktuelle Zeit: 14.10.2020, 12:18</p><h1>Bridge</h1>"
                    + "<p>Registriert: 18.09.2008</p><p>21.01.2009, 05:42</p>\(story)",
                "2009-01-21"
            ),
            // The date a <time> shows readers is the publisher's own, whatever its datetime says.
            (
                "<h1>Bridge</h1><time datetime='2019-07-03T10:18:46Z'>Publié le 29 juin 2019</time>\(story)",
                "2019-06-29"
            ),
            // Date boxes that split the date into elements.
            ("<h1>Bridge</h1><p class='date'>Mai<span>06</span>2018</p>\(story)", "2018-05-06"),
            ("<h1>Bridge</h1><p class='subline'>26 | 01 | 2022</p>\(story)", "2022-01-26"),
            // A labelled microdata date inside a box whose class says "footer" still counts.
            (
                "<h1>Bridge</h1>\(story)<div class='footer'><time itemprop='datePublished' "
                    + "datetime='2022-01-21'>21.01.2022</time></div><p>Seit dem 1. Januar 2022</p>",
                "2022-01-21"
            ),
        ] as [(String, String?)])
    func choosesTheDateNearestTheHeadline(body: String, expected: String?) throws {
        #expect(try Self.published(body: body) == expected)
    }

    @Test(
        arguments: [
            // A UTC value that the page's address, in local time, puts on the previous day.
            (
                "<meta property='article:published_time' content='2020-04-14T00:38:07Z'>"
                    + "<link rel='canonical' href='https://example.org/news/20200413/story'>",
                "2020-04-13" as String?
            ),
            // With an offset stated, the value is local already.
            (
                "<meta property='article:published_time' content='2020-04-14T00:38:07-05:00'>"
                    + "<link rel='canonical' href='https://example.org/news/20200413/story'>",
                "2020-04-14T00:38:07-05:00"
            ),
            // An address two days away is another story's, not a time zone's doing.
            (
                "<meta property='article:published_time' content='2020-04-14T00:38:07Z'>"
                    + "<link rel='canonical' href='https://example.org/news/20200412/story'>",
                "2020-04-14T00:38:07Z"
            ),
        ] as [(String, String?)])
    func takesTheLocalDayOfUTCValues(head: String, expected: String?) throws {
        #expect(try Self.published(head: head, body: "<h1>Bridge</h1>\(Self.story)") == expected)
    }

    @Test(
        arguments: [
            // Printed by the headline three days after the structured date: the release, not the draft.
            ("<h1>Bridge</h1><p class='date'>6 January 2020</p>", "2020-01-06" as String?),
            // Printed just above the headline, as journals print the issue date.
            ("<span>7 February 2020</span><h1>Bridge</h1>", "2020-02-07"),
            // A day later is the time zone's doing: the structured value stands.
            ("<h1>Bridge</h1><p class='date'>4 January 2020</p>", "2020-01-03T09:48:24Z"),
            // Before the structured date: an event's date, not the release.
            ("<h1>Bridge</h1><p>1 January 2020</p>", "2020-01-03T09:48:24Z"),
            // Months later: a re-publication; the original date stands.
            ("<h1>Bridge</h1><p class='date'>25 December 2020</p>", "2020-01-03T09:48:24Z"),
            // A revision label makes it no printed publication date.
            ("<h1>Bridge</h1><p class='date'>Updated 6 January 2020</p>", "2020-01-03T09:48:24Z"),
            // Far below the headline, a date is the story's subject, not its release.
            ("<h1>Bridge</h1>\(story)<p>6 January 2020</p>", "2020-01-03T09:48:24Z"),
        ] as [(String, String?)])
    func prefersTheReleaseDatePrintedByTheHeadline(body: String, expected: String?) throws {
        let head = "<meta property='article:published_time' content='2020-01-03T09:48:24Z'>"
        #expect(try Self.published(head: head, body: body + Self.story) == expected)
    }

    @Test(
        arguments: [
            // A <time> the visible text labels as the revision is no printed publication date.
            (
                "<h1>Bridge</h1><p class='byline'>Updated: <time datetime='2021-03-19T08:00:00Z'>Mar 19, 2021</time></p>",
                "2021-03-15T07:30:00Z" as String?
            ),
            (
                "<h1>Bridge</h1><p>Aktualisiert am <time datetime='2021-03-18'>18.03.2021</time></p>",
                "2021-03-15T07:30:00Z"
            ),
            // The label reaches only to the previous date: the second <time> here is the release.
            (
                "<h1>Bridge</h1><p>Updated 16 March 2021, released <time datetime='2021-03-18'>18 March 2021</time></p>",
                "2021-03-18"
            ),
            // Unlabelled, a date printed by the headline is the release even on the day the page says it was
            // modified: pages that re-stamp a story on release print that day and nothing else.
            ("<h1>Bridge</h1><p class='date'>Thursday, 18 March 2021</p>", "2021-03-18"),
        ] as [(String, String?)])
    func aRevisionLabelledTimeIsNoPrintedPublicationDate(body: String, expected: String?) throws {
        let head =
            "<meta property='article:published_time' content='2021-03-15T07:30:00Z'>"
            + "<meta property='article:modified_time' content='2021-03-18T09:00:00Z'>"
        #expect(try Self.published(head: head, body: body + Self.story) == expected)
    }

    @Test(arguments: [
        ("Last updated: <time datetime='2021-03-19'>19.03.2021</time>", false, true),
        ("Veröffentlicht am <time datetime='2021-03-19'>19.03.2021</time>", true, false),
        // The label nearest the element wins.
        ("Updated, first posted <time datetime='2021-03-19'>19.03.2021</time>", true, false),
        ("Published, last updated <time datetime='2021-03-19'>19.03.2021</time>", false, true),
        // A label before an earlier date does not reach past it.
        ("Updated 16.03.2021 <time datetime='2021-03-19'>19.03.2021</time>", false, false),
        ("<time datetime='2021-03-19'>19.03.2021</time>", false, false),
    ])
    func aVisibleLabelSaysWhatATimeIs(body: String, published: Bool, modified: Bool) throws {
        let page = "<html><body><h1>Bridge</h1><p>\(body)</p></body></html>"
        let tree = HTMLTree.parse(
            try HTMLCharset.input(for: Array(page.utf8), libxmlKnows: HTMLTree.libxmlKnowsCharset))
        let facts = try HTMLPageFacts(tree: tree)
        #expect(facts.times.map(\.isPublished) == [published])
        #expect(facts.times.map(\.isModified) == [modified])
    }

    @Test(
        arguments: [
            // Below a long article, by its author's name: the page's only date line.
            (
                "<h1>Bridge</h1>\(longStory)<p><a>Jane Roe</a></p><p>April 9, 2022</p>",
                "2022-04-09" as String?
            ),
            // ... but not a date in a sidebar of other stories.
            (
                "<h1>Bridge</h1>\(longStory)<div class='sidebar'><p>April 9, 2022</p></div>",
                nil
            ),
            // An undated page with a revision line at its foot was last written that day.
            ("<h1>Bridge</h1>\(longStory)<p>Aktualisiert: 14.02.2017</p>", "2017-02-14"),
            // A date the story's text gives as the start of a span is not the page's.
            (
                "<h1>Bridge</h1><p>Seit 4. Mai 2015 gilt das Gesetz.</p>\(story)<p>Aktualisiert: 14.02.2017</p>",
                "2017-02-14"
            ),
        ] as [(String, String?)])
    func fallsBackOnDatesAnywhereOutsideAsides(body: String, expected: String?) throws {
        #expect(try Self.published(body: body) == expected)
    }

    @Test(
        arguments: [
            // The same moment in the publisher's offset: its day is the readers' day.
            ("<time datetime='2022-05-10T18:45:00-07:00'>May 10</time>", "2022-05-10T18:45:00-07:00" as String?),
            ("<time datetime='2022-05-11T03:15:00+0130'>11.05.2022</time>", "2022-05-11T03:15:00+01:30"),
            // Another moment is another statement: the structured value stands.
            ("<time datetime='2022-05-10T19:45:00-07:00'>May 10</time>", "2022-05-11T01:45:00Z"),
            // A restatement in UTC adds nothing.
            ("<time datetime='2022-05-11T01:45:00+00:00'>11 May</time>", "2022-05-11T01:45:00Z"),
        ] as [(String, String?)])
    func restatesAUTCValueInThePublishersOffset(body: String, expected: String?) throws {
        let head = "<meta property='article:published_time' content='2022-05-11T01:45:00Z'>"
        #expect(try Self.published(head: head, body: "<h1>Bridge</h1>\(body)\(Self.story)") == expected)
    }

    @Test(arguments: [
        ("2022-05-11T01:45:00Z", 1_652_233_500 as Int?, 0),
        ("2022-05-10T18:45:00-07:00", 1_652_233_500, -420),
        ("2022-05-11T07:15:00+05:30", 1_652_233_500, 330),
        ("2022-05-11T01:45:00", nil, 0),
        ("2022-05-11", nil, 0),
    ])
    func readsTheInstantOfAValue(value: String, seconds: Int?, offset: Int) {
        let instant = HTMLDateParser.instant(of: value)
        #expect(instant?.seconds == seconds)
        if seconds != nil { #expect(instant?.offset == offset) }
    }

    @Test func readsTheDateInTheBodyID() throws {
        let published = try Self.published(
            bodyAttributes: "id='news20190624_k10011959621000'", body: "<h1>Bridge</h1>\(Self.story)")
        #expect(published == "2019-06-24")
    }

    @Test(arguments: [
        ("news20190624_k1001", "2019-06-24" as String?),
        ("post-20231107", "2023-11-07"),
        ("item1201906240", nil),
        ("page-12345678", nil),
    ])
    func readsDatesInIdentifiers(identifier: String, expected: String?) {
        #expect(HTMLDateParser.day(inIdentifier: identifier)?.iso == expected)
    }

    @Test(arguments: [
        ("26 | 01 | 2022", false, "2022-01-26" as String?),
        ("26-01-2022", false, "2022-01-26"),
        ("12-25-2020", true, "2020-12-25"),
        ("duminică, 20 septembrie 2020", false, "2020-09-20"),
        ("5 marca 2021", false, "2021-03-05"),
        ("3 сентября 2020 г.", false, "2020-09-03"),
        ("12 augusti 2019", false, "2019-08-12"),
        ("Wochenbericht 14. - 20. Januar 2022", false, "2022-01-14"),
        ("Festival 3–5 May 2021", false, "2021-05-03"),
        ("Aktualisiert am 30.12.2016", false, nil),
        ("Zuletzt bearbeitet 30.12.2016", false, nil),
        ("Mis à jour le 5 mai 2015", false, nil),
        ("Aggiornato il 5 maggio 2015", false, nil),
        ("Обновлено 3 сентября 2020", false, nil),
        ("It is currently Wed Oct 14, 2020", true, nil),
        ("Ausdruck vom 11.02.2020", false, nil),
    ])
    func readsMorePrintedDates(text: String, monthFirst: Bool, expected: String?) {
        #expect(HTMLDateParser.firstDay(in: text, monthFirst: monthFirst)?.iso == expected)
    }

    @Test func neighbouringDaysDifferByOne() throws {
        let pairs = [("2020-02-28", "2020-02-29"), ("2020-12-31", "2021-01-01"), ("2019-02-28", "2019-03-01")]
        for (first, second) in pairs {
            let a = try #require(HTMLDateParser.day(inISO: first))
            let b = try #require(HTMLDateParser.day(inISO: second))
            #expect(b.dayNumber - a.dayNumber == 1, "\(first) \(second)")
        }
    }

    /// JSON-LD whose `datePublished` falls after its own `dateModified` has been re-stamped: the date printed by the
    /// headline is the first publication's.
    @Test func distrustsAJSONLDBlockPublishedAfterItsModification() throws {
        let head =
            "<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":\"Jun 12, 2025\","
            + "\"dateModified\":\"Jun 10, 2025\"}</script>"
        #expect(
            try Self.published(head: head, body: "<h1>Bridge</h1><p>November 2, 2022</p>\(Self.story)") == "2022-11-02")
        let consistent = head.replacingOccurrences(of: "Jun 10, 2025", with: "Jun 14, 2025")
        #expect(try Self.published(head: consistent, body: "<h1>Bridge</h1>\(Self.story)") == "2025-06-12")
    }

    /// A revision date printed by the headline is the page's date when it gives no other; the reader's own time is
    /// never one.
    @Test(
        arguments: [
            ("<h1>Bridge</h1><div class='item-date'>Updated August 27, 2025</div>\(story)", "2025-08-27" as String?),
            (
                "<h1>Bridge</h1><p>Aktualisiert: 03.04.2021</p><p class='date'>Erschienen am 01.04.2021</p>\(story)",
                "2021-04-01"
            ),
            ("<h1>Bridge</h1><p>Aktuelle Zeit: 14.10.2020</p>\(story)", nil),
        ] as [(String, String?)])
    func fallsBackToARevisionDateByTheHeadline(body: String, expected: String?) throws {
        #expect(try Self.published(body: body) == expected)
    }
}
