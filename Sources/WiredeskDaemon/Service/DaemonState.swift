import Dispatch
import Logging
import WiredeskArchive
import WiredeskCore

/// Everything about a running daemon that changes: the settings in force, the files it knows of and their fate so
/// far, and how it learns of new ones. One value, owned by the daemon's serial queue and touched nowhere else.
struct DaemonState {
    /// The settings in force; a reload replaces them whole (``replaceSettings(with:)``).
    private(set) var settings: DaemonSettings
    var logger: Logger
    /// Made from `settings`, and remade with them.
    private(set) var intake: FileIntake
    /// Made from `settings`, and remade with them.
    private(set) var scanner: DirectoryScanner

    var tracker: SettleTracker
    var summary = RunSummary()
    /// Failed attempts per file, for the retry's back-off.
    var failures: [InboxPath: Int] = [:]
    /// Files already reported as left in the inbox, so that each is counted once.
    var reported: Set<InboxPath> = []
    /// The files handed to the workers and not yet committed, so that a file is never handed over twice.
    var inHand: Set<InboxPath> = []
    var watching: Watching = .none
    /// The inbox folder itself is gone: rescans run at the polling interval until it is back.
    var inboxMissing = false
    /// A pump is already on the queue.
    var pumpScheduled = false
    /// Shut down: nothing more runs.
    var stopped = false

    init(settings: DaemonSettings, logger: Logger, archive: Archive) {
        self.settings = settings
        self.logger = logger
        intake = Self.intake(settings, archive: archive)
        scanner = Self.scanner(settings)
        tracker = SettleTracker(settleNanoseconds: Self.settleNanoseconds(settings))
    }

    /// Puts `new` in force, but for what changes only on restart (the folders, the watch mode, the near-duplicate
    /// policy), and remakes what is made from the settings.
    mutating func replaceSettings(with new: DaemonSettings) {
        var next = new
        next.inbox = settings.inbox
        next.archive = settings.archive
        next.watchMode = settings.watchMode
        next.nearDuplicates = settings.nearDuplicates
        settings = next
        intake = Self.intake(next, archive: intake.archive)
        scanner = Self.scanner(next)
        tracker.settleNanoseconds = Self.settleNanoseconds(next)
    }

    private static func intake(_ settings: DaemonSettings, archive: Archive) -> FileIntake {
        FileIntake(
            inboxRoot: settings.inbox, archive: archive,
            extractor: ArticleExtractor(maxFileBytes: settings.maxFileBytes, feedAgencies: settings.feedAgencies))
    }

    private static func scanner(_ settings: DaemonSettings) -> DirectoryScanner {
        DirectoryScanner(root: settings.inbox, ignoreRules: settings.ignoreRules)
    }

    private static func settleNanoseconds(_ settings: DaemonSettings) -> UInt64 {
        UInt64(max(settings.settleMilliseconds, 0)) * 1_000_000
    }
}

/// The queue's timers and event sources, kept while the daemon runs and cancelled when it stops.
struct DaemonSources {
    var inotifyEvents: (any DispatchSourceRead)?
    var settleTimer: (any DispatchSourceTimer)?
    var rescanTimer: (any DispatchSourceTimer)?
    var watchdogTimer: (any DispatchSourceTimer)?
    var signals: [any DispatchSourceSignal] = []
}
