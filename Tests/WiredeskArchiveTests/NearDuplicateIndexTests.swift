import Foundation
import GRDB
import Testing
import WiredeskArchive
import WiredeskCore
import WiredeskTestSupport

@Suite struct NearDuplicateIndexTests {
    let directory: TemporaryDirectory
    let archive: Archive

    init() throws {
        directory = try TemporaryDirectory()
        archive = try Archive(folder: "\(directory.path)/archive")
    }

    static let lead = """
        Shares in Northwind Shipping rose 12 pct on Tuesday after the company said it would buy two container \
        terminals in Rotterdam for 1.4 billion euros, its largest acquisition in a decade.
        """
    static let rest = """
        Chief executive Anna Berg said the deal would lift earnings from 2027 and be paid for with cash and new \
        debt. Analysts at several banks said the price looked full but the terminals were well placed.
        """

    /// A consumption of an article, probed for near-duplicates now, as the daemon's extraction workers do.
    func consumption(_ title: String?, _ body: String, published: String? = "2026-11-20", name: String) throws
        -> Consumption
    {
        let article = Article(title: title, body: body, published: published, agency: "Reuters")
        let extracted = ExtractedArticle(article: article, contentHash: ContentFingerprint.contentHash(of: article))
        let bytes = Array((title ?? "" + body).utf8) + Array(name.utf8)
        let sha = Archive.sha256(of: bytes)
        return Consumption(
            name: name, feed: nil, sha256: sha, size: bytes.count, receivedAt: Date(),
            storedAs: try archive.storeOriginal(bytes, sha256: sha), identity: nil, result: .success(extracted),
            nearDuplicates: archive.nearDuplicateProbe(for: extracted, receivedAt: Date()))
    }

    /// The `duplicate_of` and `similarity` of each consumption's article, committed in one batch.
    func commitBatch(_ consumptions: [Consumption]) throws -> [Row?] {
        try archive.commit(consumptions).map { outcome in
            guard case .ingested(let id) = outcome else { return nil }
            return try archive.openDatabaseFile().read { db in
                try Row.fetchOne(
                    db, sql: "SELECT id, duplicate_of, similarity FROM articles WHERE id = ?", arguments: [id])
            }
        }
    }

    func commit(_ title: String?, _ body: String, published: String? = "2026-11-20", name: String) throws
        -> (ConsumptionOutcome, Row?)
    {
        let outcome = try archive.commit([try consumption(title, body, published: published, name: name)])[0]
        guard case .ingested(let id) = outcome else { return (outcome, nil) }
        let row = try archive.openDatabaseFile().read { db in
            try Row.fetchOne(db, sql: "SELECT duplicate_of, similarity FROM articles WHERE id = ?", arguments: [id])
        }
        return (outcome, row)
    }

    @Test func anUpdateJoinsTheFirstArticleOfItsCluster() throws {
        let (first, _) = try commit("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest, name: "a")
        guard case .ingested(let firstID) = first else {
            Issue.record("not ingested: \(first)")
            return
        }
        let update = Self.lead + "\n\n" + Self.rest + "\n\nThe company's shares had fallen 8 pct this year."
        let (_, second) = try commit("UPDATE 1-Northwind buys Rotterdam terminals", update, name: "b")
        #expect(second?["duplicate_of"] == firstID)
        let similarity: Double = try #require(second?["similarity"])
        #expect(similarity > 0.8 && similarity < 1)
        // A third version, close to the second, still points at the first article.
        let (_, third) = try commit(
            "UPDATE 2-Northwind buys Rotterdam terminals", update + " Trading was heavy.", name: "c")
        #expect(third?["duplicate_of"] == firstID)
    }

    @Test func aStoryWithItsSecondHalfReplacedIsNotMerged() throws {
        _ = try commit("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest, name: "a")
        let other = """
            Dockworkers at the terminals have called a 48-hour strike for next week over pay, the union said, \
            and warned that further stoppages would follow in January if talks failed again.
            """
        let (_, row) = try commit("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + other, name: "b")
        #expect(row?["duplicate_of"] == nil as Int64?)
    }

    @Test func templatedStoriesWithOtherFiguresAreNotMerged() throws {
        let template = { (fund: String, cents: String) in
            "Monthly dividend \(cents) cts vs \(cents) cts prior. Pay March 31. Record March 16. Note: \(fund)."
        }
        _ = try commit("Northgate Income Fund sets payout", template("Northgate Income Fund", "7.1"), name: "a")
        let (_, otherFigures) = try commit(
            "Northgate Income Fund sets payout", template("Northgate Income Fund", "6.4"), name: "b")
        #expect(otherFigures?["duplicate_of"] == nil as Int64?)
        let (_, otherFund) = try commit(
            "Harbor Growth Fund sets payout", template("Harbor Growth Fund", "7.1"), name: "c")
        #expect(otherFund?["duplicate_of"] == nil as Int64?)
    }

    @Test func lookAlikesOutsideTheWindowAreNotMerged() throws {
        let body = Self.lead + "\n\n" + Self.rest
        _ = try commit("Northwind buys Rotterdam terminals", body, published: "2026-01-05", name: "a")
        let (_, late) = try commit(
            "Northwind buys Rotterdam terminals", body + "\n\nShares closed higher.", published: "2026-03-05", name: "b"
        )
        #expect(late?["duplicate_of"] == nil as Int64?)
    }

    @Test func changingTheShingleSizeRebuildsTheIndexOnce() throws {
        _ = try commit("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest, name: "a")
        let reopened = try Archive(
            folder: archive.folder, nearDuplicatePolicy: NearDuplicatePolicy(shingleSize: 5))
        #expect(reopened.reindexedArticles == 1)
        let again = try Archive(folder: archive.folder, nearDuplicatePolicy: NearDuplicatePolicy(shingleSize: 5))
        #expect(again.reindexedArticles == 0)
        let bands = try again.openDatabaseFile().read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM near_duplicate_bands")
        }
        #expect(bands == NearDuplicateSignature.bands)
    }

    @Test func articlesArchivedWithDetectionOffAreIndexedWhenItIsTurnedOn() throws {
        let off = try Archive(folder: archive.folder, nearDuplicatePolicy: NearDuplicatePolicy(enabled: false))
        let article = Article(title: "Northwind buys Rotterdam terminals", body: Self.lead, agency: "Reuters")
        let bytes = Array(Self.lead.utf8)
        let sha = Archive.sha256(of: bytes)
        _ = try off.commit([
            Consumption(
                name: "off.txt", feed: nil, sha256: sha, size: bytes.count, receivedAt: Date(),
                storedAs: try off.storeOriginal(bytes, sha256: sha), identity: nil,
                result: .success(
                    ExtractedArticle(article: article, contentHash: ContentFingerprint.contentHash(of: article))))
        ])
        let on = try Archive(folder: archive.folder)
        #expect(on.reindexedArticles == 1)
    }

    @Test func versionsInOneBatchAreComparedWithEachOther() throws {
        let update = Self.lead + "\n\n" + Self.rest + "\n\nThe company's shares had fallen 8 pct this year."
        let other = Self.lead.replacingOccurrences(of: "Northwind Shipping", with: "Southgate Ferries")
        let rows = try commitBatch([
            try consumption("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest, name: "a"),
            try consumption("UPDATE 1-Northwind buys Rotterdam terminals", update, name: "b"),
            try consumption("Southgate buys ferries", other + "\n\nThe deal closes in March.", name: "c"),
        ])
        let firstID: Int64 = try #require(rows[0]?["id"])
        #expect(rows[0]?["duplicate_of"] == nil as Int64?)
        #expect(rows[1]?["duplicate_of"] == firstID)
        #expect(rows[2]?["duplicate_of"] == nil as Int64?)
    }

    @Test func articlesCommittedAfterAProbeAreStillCompared() throws {
        // The probe of the update is made before the first version is committed, as when another batch commits
        // between an article's extraction and its own commit.
        let first = try consumption("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest, name: "a")
        let update = try consumption(
            "UPDATE 1-Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest + " Shares rose.", name: "b")
        let firstID: Int64 = try #require(try commitBatch([first])[0]?["id"])
        #expect(try commitBatch([update])[0]?["duplicate_of"] == firstID)
    }

    @Test func anArticleWithoutAProbeIsLookedUpWhenCommitted() throws {
        let (first, _) = try commit("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest, name: "a")
        guard case .ingested(let firstID) = first else {
            Issue.record("not ingested: \(first)")
            return
        }
        var update = try consumption(
            "UPDATE 1-Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest + " Shares rose.", name: "b")
        let probe = try #require(update.nearDuplicates)
        #expect(probe.match?.root == firstID)
        update.nearDuplicates = NearDuplicateProbe(signature: probe.signature, day: probe.day)
        #expect(try commitBatch([update])[0]?["duplicate_of"] == firstID)
    }

    @Test func anArticleCommittedThroughAnotherArchiveIsStillFound() throws {
        // This archive's band filters are built by a first probe; another handle on the folder then commits a story
        // they never saw.
        _ = try commit("Storm closes port", "The port of Hamburg closed on Tuesday as a storm came in.", name: "x")
        let other = try Archive(folder: archive.folder)
        let body = Self.lead + "\n\n" + Self.rest
        let article = Article(title: "Northwind buys Rotterdam terminals", body: body, published: "2026-11-20")
        let extracted = ExtractedArticle(article: article, contentHash: ContentFingerprint.contentHash(of: article))
        let outcome = try other.commit([
            Consumption(
                name: "a", feed: nil, sha256: "a", size: 1, receivedAt: Date(), storedAs: "a", identity: nil,
                result: .success(extracted),
                nearDuplicates: other.nearDuplicateProbe(for: extracted, receivedAt: Date()))
        ])[0]
        guard case .ingested(let firstID) = outcome else {
            Issue.record("not ingested: \(outcome)")
            return
        }
        // An unrelated story committed here first: this archive's filters learn they missed a commit, and are built
        // anew for the next probe.
        _ = try commit("Rain delays harvest", "Heavy rain delayed the wheat harvest across the plains.", name: "y")
        let (_, update) = try commit("UPDATE 1-Northwind buys Rotterdam terminals", body + " Shares rose.", name: "b")
        #expect(update?["duplicate_of"] == firstID)
    }

    @Test func storiesOfManyPeriodsAreFoundAfterTheirFiltersLeftMemory() throws {
        // Stories published 9 days apart (outside each other's window) fall into as many periods, more than the
        // filters keep at once.
        let days = [
            "2026-01-01", "2026-01-10", "2026-01-19", "2026-01-28", "2026-02-06", "2026-02-15", "2026-02-24",
            "2026-03-05", "2026-03-14",
        ]
        var firstIDs: [Int64] = []
        for (index, day) in days.enumerated() {
            let (outcome, _) = try commit(
                "Story \(index) of the port", Self.lead + " Story \(index).\n\n" + Self.rest, published: day,
                name: "first-\(index)")
            guard case .ingested(let id) = outcome else { return }
            firstIDs.append(id)
        }
        for (index, day) in days.enumerated() {
            let (_, update) = try commit(
                "UPDATE 1-Story \(index) of the port", Self.lead + " Story \(index).\n\n" + Self.rest + " More.",
                published: day, name: "update-\(index)")
            #expect(update?["duplicate_of"] == firstIDs[index], "period of \(day)")
        }
    }

    @Test(arguments: [
        ("1970-01-01", 0 as Int?), ("1970-01-02", 1), ("2000-03-01", 11_017), ("2016-12-12", 17_147),
        ("2024-02-29T23:00:00+05:00", 19_782), ("1969-12-31", -1), ("2016-12", nil), ("soon", nil), ("2016-13-01", nil),
    ])
    func daysCountFromTheEpoch(date: String, day: Int?) {
        #expect(NearDuplicateIndex.day(of: date) == day)
    }

    @Test func showListsTheCluster() throws {
        let (first, _) = try commit("Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest, name: "a")
        _ = try commit(
            "UPDATE 1-Northwind buys Rotterdam terminals", Self.lead + "\n\n" + Self.rest + " More.", name: "b")
        guard case .ingested(let firstID) = first else { return }
        let members = try ArchiveReader(folder: archive.folder).cluster(of: firstID + 1)
        #expect(members.map(\.id) == [firstID, firstID + 1])
        #expect(members[1].duplicateOf == firstID)
        #expect(members.flatMap(\.files).map(\.name) == ["a", "b"])
    }
}
