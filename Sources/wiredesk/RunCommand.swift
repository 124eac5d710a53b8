import ArgumentParser
import Foundation
import Logging
import WiredeskDaemon

/// `wiredesk run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch the inbox and archive every file dropped into it.",
        discussion: """
            Settings come from the configuration file, then WIREDESK_* environment variables, then these flags. \
            SIGTERM or SIGINT finishes the files in hand and exits 0. With --once, the exit status is 0 when every \
            file in the inbox was consumed (ingested, duplicate or rejected), and 74 (EX_IOERR) when any file was \
            left in the inbox because it could not be read or is not a regular file.
            """
    )

    @Option(help: "Configuration file (default: config/wiredesk.json when it exists).")
    var config: String?

    @Option(help: "Folder to watch.")
    var inbox: String?

    @Option(help: "Archive folder (holds wiredesk.db and the originals).")
    var archive: String?

    @Flag(help: "Consume what is in the inbox now, print a summary and exit.")
    var once = false

    func run() async throws {
        let loaded = try await SettingsLoader(configPath: config).load(inbox: inbox, archive: archive)
        LogBootstrap.bootstrap(level: loaded.logLevel)
        let logger = Logger(label: "wiredesk")
        let settings = loaded.settings
        let once = self.once
        let (configPath, inbox, archive) = (config, self.inbox, self.archive)
        let reload: InboxDaemon.SettingsReloader = {
            let reloaded = try await SettingsLoader(configPath: configPath).load(inbox: inbox, archive: archive)
            return (reloaded.settings, reloaded.logLevel)
        }
        let summary = try await runBlocking {
            let daemon = try InboxDaemon(settings: settings, logger: logger, reload: reload)
            return once ? try daemon.runOnce() : try daemon.run()
        }
        if once {
            print(summary)
            if summary.left > 0 { throw ExitCode(Self.filesLeftStatus) }
        }
    }

    /// `--once` left files in the inbox that it could not read: sysexits' EX_IOERR.
    static let filesLeftStatus: Int32 = 74
}

/// Runs blocking work (the daemon's own queues and waits) on a thread of its own, off Swift's cooperative pool.
func runBlocking<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Result { try body() })
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
