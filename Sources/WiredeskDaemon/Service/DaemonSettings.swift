public import WiredeskArchive
public import WiredeskCore

/// Everything the daemon needs to know to run, resolved from configuration file, environment and flags.
public struct DaemonSettings: Sendable, Equatable {
    public var inbox: String
    public var archive: String
    /// How long a file's size and modification time must stay the same before it is taken.
    public var settleMilliseconds: Int
    /// Files larger than this are rejected (their original is still kept).
    public var maxFileBytes: Int
    /// Interval of the safety rescan that catches anything the kernel's notifications missed.
    public var rescanSeconds: Int
    /// Interval of the scan that replaces notifications when inotify is unavailable.
    public var pollMilliseconds: Int
    /// How many files at most are committed in one transaction.
    public var batchSize: Int
    public var ignoreRules: IgnoreRules
    /// Whether to rely on inotify or to scan at the polling interval (for network filesystems, where the kernel
    /// sees no changes made by other machines).
    public var watchMode: WatchMode
    public var nearDuplicates: NearDuplicatePolicy
    /// How long one file's extraction may take: a file that takes longer is rejected (`timeout: ...`), its original
    /// kept, so that no file can hold up the inbox.
    public var budgetSeconds: Double
    /// The agency of each feed, recorded for its stories that name none.
    public var feedAgencies: FeedAgencies

    /// How the daemon learns of new files.
    public enum WatchMode: String, Sendable, Equatable, CaseIterable {
        case inotify
        case poll
    }

    public init(
        inbox: String = "inbox",
        archive: String = "archive",
        settleMilliseconds: Int = 250,
        maxFileBytes: Int = 32 * 1024 * 1024,
        rescanSeconds: Int = 300,
        pollMilliseconds: Int = 1000,
        batchSize: Int = 256,
        ignoreRules: IgnoreRules = IgnoreRules(),
        watchMode: WatchMode = .inotify,
        nearDuplicates: NearDuplicatePolicy = NearDuplicatePolicy(),
        budgetSeconds: Double = 5,
        feedAgencies: FeedAgencies = FeedAgencies()
    ) {
        self.feedAgencies = feedAgencies
        self.budgetSeconds = budgetSeconds
        self.nearDuplicates = nearDuplicates
        self.watchMode = watchMode
        self.inbox = inbox
        self.archive = archive
        self.settleMilliseconds = settleMilliseconds
        self.maxFileBytes = maxFileBytes
        self.rescanSeconds = rescanSeconds
        self.pollMilliseconds = pollMilliseconds
        self.batchSize = batchSize
        self.ignoreRules = ignoreRules
    }
}

/// Counts of what a run did, for the one-line summary of `--once` and systemd's status line.
public struct RunSummary: Sendable, Equatable, CustomStringConvertible {
    public var ingested = 0
    public var duplicate = 0
    public var rejected = 0
    /// Files left in the inbox because they are not regular files or could not be read.
    public var left = 0

    public init() {}

    public var description: String {
        "ingested \(ingested), duplicate \(duplicate), rejected \(rejected), left \(left)"
    }
}
