import Dispatch
import Foundation
public import Logging
import Synchronization
import WiredeskArchive
import WiredeskCore
import WiredeskSystem

/// The consumer of an inbox: finds files (start-up scan, inotify, safety rescans), waits until each is complete,
/// and moves it into the archive in the crash-safe order — original stored and fsync'd, one transaction, then
/// unlink — so a file is never lost and never counted twice.
///
/// All of its mutable state is one ``DaemonState`` value owned by one serial queue: the watching daemon's event
/// handlers run there, and a `--once` pass runs each of its steps there. What crosses threads is only a stop
/// request (atomics set by the signal handler) and the workers' wake-up, so the files in hand are finished
/// before it stops.
public final class InboxDaemon: @unchecked Sendable {
    let archive: Archive
    let notifier: SystemdNotifier?
    let queue = DispatchQueue(label: "wiredesk.inbox")
    /// Only read and written on `queue`.
    var state: DaemonState
    /// Only read and written on `queue`.
    var sources = DaemonSources()
    /// The files being read and extracted, on threads of their own; set once, in `init`.
    private(set) var workers: IntakeWorkers!

    /// Set by a signal handler, read on `queue`.
    let stopRequested = Atomic<Bool>(false)
    /// After a stop is requested, how long files in hand may take to finish or give up before the daemon exits
    /// without them (they stay in the inbox).
    let stopDeadline = Atomic<UInt64>(0)
    /// A `--once` pass leaves a file it cannot take in the inbox (and counts it) instead of retrying it; set before
    /// the pass begins, read by the workers to know whom to wake.
    let passingOnce = Atomic<Bool>(false)
    /// Signalled by the workers when a `--once` pass waits for them.
    let workerDone = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)

    static let stopGraceNanoseconds: UInt64 = 2_000_000_000
    /// A file worked on longer than this no longer holds up the commit of the files received after it.
    static let stragglerNanoseconds: UInt64 = 500_000_000

    /// Reads the configuration anew, for SIGHUP; the daemon applies what can change while it runs.
    public typealias SettingsReloader = @Sendable () async throws -> (DaemonSettings, Logger.Level)

    let reloadSettings: SettingsReloader?
    /// Held (never read) for the daemon's life: the archive's exclusive lock.
    private let archiveLock: FileDescriptor

    public init(settings: DaemonSettings, logger: Logger, reload: SettingsReloader? = nil) throws {
        self.reloadSettings = reload
        try FileIO.makeDirectories(settings.inbox)
        archive = try Archive(folder: settings.archive, nearDuplicatePolicy: settings.nearDuplicates)
        archiveLock = try archive.lockExclusively()
        if archive.reindexedArticles > 0 {
            logger.notice(
                "near-duplicate index rebuilt for the configured shingle size",
                metadata: ["articles.count": "\(archive.reindexedArticles)"])
        }
        archive.removeStaleTemporaries()
        state = DaemonState(settings: settings, logger: logger, archive: archive)
        notifier = SystemdNotifier.fromEnvironment()
        workers = IntakeWorkers(
            width: ProcessInfo.processInfo.activeProcessorCount,
            stragglerNanoseconds: Self.stragglerNanoseconds,
            // Weak: a worker given up on may finish after the daemon is gone.
            finished: { [weak self] in self?.workerFinished() }
        )
    }

    // MARK: - One pass

    /// Consumes everything in the inbox now (waiting for files still being written to settle), then returns.
    ///
    /// It always ends: a file that cannot be read is left in the inbox and counted (`RunSummary.left`), never retried,
    /// and a file whose extraction runs over its budget is rejected.
    public func runOnce() throws -> RunSummary {
        passingOnce.store(true, ordering: .relaxed)
        installSignalHandlers(reloading: false)
        try queue.sync { try scanAll() }
        while let pause = queue.sync(execute: passStep) {
            let timedOut = workerDone.wait(timeout: .now() + .nanoseconds(Int(max(pause, 1_000_000)))) == .timedOut
            // No notifications reach a pass: files still being written are looked at again while nothing is in hand.
            if timedOut { queue.sync { if workers.isEmpty { refreshCandidates() } } }
        }
        return queue.sync { state.summary }
    }

    /// One step of a pass, on the queue: how long to wait for the next, or `nil` once the pass is over.
    private func passStep() -> UInt64? {
        let now = SystemClock.monotonicNanoseconds()
        let wake: UInt64?
        if stopRequested.load(ordering: .relaxed) {
            if finishInHand(now: now) { return nil }
            wake = now + Self.stopPollNanoseconds
        } else {
            let workersWake = advance(now: now)
            if workers.isEmpty { leaveUnsettled(now: now) }
            if state.tracker.isEmpty && workers.isEmpty { return nil }
            wake = workersWake ?? state.tracker.nextDeadline(now: now)
        }
        return min(wake.map { $0 > now ? $0 - now : 0 } ?? Self.budgetTick, Self.budgetTick)
    }

    // MARK: - Watching

    /// Watches the inbox until SIGTERM or SIGINT, then finishes the files in hand and returns.
    public func run() throws -> RunSummary {
        installSignalHandlers(reloading: true)
        try queue.sync { try start() }
        finished.wait()
        return queue.sync { state.summary }
    }

    private func start() throws {
        startWatching()
        try scanAll()
        let rescan = DispatchSource.makeTimerSource(queue: queue)
        rescan.setEventHandler { [weak self] in self?.periodicScan() }
        sources.rescanTimer = rescan
        resetRescanInterval()
        rescan.resume()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.setEventHandler { [weak self] in self?.pump() }
        timer.resume()
        sources.settleTimer = timer
        state.logger.info(
            "watching the inbox",
            metadata: [
                "inbox": "\(state.settings.inbox)", "archive": "\(state.settings.archive)",
                "mode": "\(state.watching.isPolling ? "polling" : "inotify")",
                "files.pending": "\(state.tracker.count)",
            ]
        )
        startWatchdog()
        notifier?.send("READY=1\nSTATUS=watching \(state.settings.inbox), \(state.tracker.count) files pending")
        schedulePump()
    }
}
