import Foundation
import GRDB
import Testing
import WiredeskTestSupport

/// `feedAgencies` as users set it: the agency of a feed folder is archived for its stories that name none, and an
/// entry that is not `feed=agency` stops the daemon before it takes a file, naming the setting.
@Suite struct FeedAgencyConfigurationTests: InboxWorkspaceTest {
    let workspace: InboxWorkspace

    init() throws {
        workspace = try InboxWorkspace()
    }

    /// A story that names no agency; `season` tells it from its look-alikes (kept apart: the passes run with
    /// near-duplicate detection off).
    static func untagged(_ season: String = "spring") -> Data {
        Data(
            """
            Night trains return to the mountain line

            The railway said on Thursday that sleeper trains would run on the mountain line again from the \(season), \
            eleven years after the last one was withdrawn.
            Tickets go on sale next month, the company said.
            """.utf8)
    }

    static let tagged = Data(
        """
        Port strike ends after two weeks

        GENOA, May 9 (AP) - Dock workers at the port voted on Friday to end a strike that had stopped the loading \
        of container ships for two weeks.
        The union said the new contract raised wages by six percent.
        """.utf8)

    func pass(environment: [String: String]) throws -> DaemonProcess {
        let daemon = try DaemonProcess(
            arguments: ["run", "--once", "--inbox", inbox, "--archive", archive],
            environment: ["WIREDESK_SETTLE_MILLISECONDS": "0", "WIREDESK_NEAR_DUPLICATES_ENABLED": "false"].merging(
                environment
            ) { $1 },
            logPath: "\(directory.path)/once-\(UUID().uuidString).log"
        )
        _ = daemon.waitForExit(timeout: .seconds(60))
        return daemon
    }

    @Test func aFeedsStoriesThatNameNoAgencyAreArchivedAsItsAgencys() throws {
        for feed in ["desk-one", "desk-two"] {
            try FileManager.default.createDirectory(atPath: "\(inbox)/\(feed)", withIntermediateDirectories: true)
        }
        try workspace.write(Self.untagged(), to: "desk-one/trains.txt")
        try workspace.write(Self.tagged, to: "desk-one/port.txt")
        try workspace.write(Self.untagged("autumn"), to: "desk-two/a.txt")
        try workspace.write(Self.untagged("summer"), to: "top.txt")

        let daemon = try pass(environment: ["WIREDESK_FEED_AGENCIES": "desk-one=reuters"])
        #expect(daemon.process.terminationStatus == 0, "log: \(daemon.log)")
        let queue = try DatabaseQueue(path: "\(archive)/wiredesk.db", configuration: InboxWorkspace.readOnly)
        let agencies = try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT f.name, a.agency FROM files f JOIN articles a ON a.id = f.article_id ORDER BY f.name"
            ).map { "\($0["name"] as String): \(($0["agency"] as String?) ?? "-")" }
        }
        #expect(
            agencies == ["desk-one/port.txt: AP", "desk-one/trains.txt: Reuters", "desk-two/a.txt: -", "top.txt: -"])
    }

    @Test func anEntryThatIsNotFeedEqualsAgencyIsAnError() throws {
        try workspace.write(Self.untagged(), to: "trains.txt")
        let daemon = try pass(environment: ["WIREDESK_FEED_AGENCIES": "desk-one"])
        #expect(daemon.process.terminationStatus == 64, "log: \(daemon.log)")
        #expect(daemon.log.contains("feedAgencies"), "log: \(daemon.log)")
        #expect(inboxFiles() == ["trains.txt"], "no file is taken under a configuration in error")
    }
}
