import Dispatch
import Foundation
public import Logging
import Synchronization
import WiredeskArchive
import WiredeskCore
import WiredeskSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The consumer of an inbox: finds files (start-up scan, inotify, safety rescans), waits until each is complete,
/// and moves it into the archive in the crash-safe order — original stored and fsync'd, one transaction, then
/// unlink — so a file is never lost and never counted twice.
///
/// All of its state lives on one serial queue; signals only set a flag and enqueue the shutdown, so the files in
/// hand are finished before it stops.
public final class InboxDaemon: @unchecked Sendable {
    private var settings: DaemonSettings
    private var logger: Logger
    private let archive: Archive
    private var intake: FileIntake
    private var scanner: DirectoryScanner
    private let notifier: SystemdNotifier?

    private let queue = DispatchQueue(label: "wiredesk.inbox")
    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    private var tracker: SettleTracker
    private var summary = RunSummary()
    private var failures: [InboxPath: Int] = [:]
    private var reported: Set<InboxPath> = []
    private var watcher: InotifyWatcher?
    private var readSource: (any DispatchSourceRead)?
    private var settleTimer: (any DispatchSourceTimer)?
    private var rescanTimer: (any DispatchSourceTimer)?
    private var signalSources: [any DispatchSourceSignal] = []
    private var polling = false
    private var inboxMissing = false
    private var pumpScheduled = false
    private var stopped = false

    /// The files being read and extracted; `inHand` names them, so that a file is never handed over twice.
    private var workers: IntakeWorkers!
    private var inHand: Set<InboxPath> = []
    /// A `--once` pass leaves a file it cannot take in the inbox (and counts it) instead of retrying it.
    private let passingOnce = Atomic<Bool>(false)
    /// Signalled by the workers when a `--once` pass waits for them.
    private let workerDone = DispatchSemaphore(value: 0)
    /// After a stop is requested, how long files in hand may take to finish or give up before the daemon exits
    /// without them (they stay in the inbox).
    private let stopDeadline = Atomic<UInt64>(0)
    static let stopGraceNanoseconds: UInt64 = 2_000_000_000
    /// A file worked on longer than this no longer holds up the commit of the files received after it.
    static let stragglerNanoseconds: UInt64 = 500_000_000

    /// Reads the configuration anew, for SIGHUP; the daemon applies what can change while it runs.
    public typealias SettingsReloader = @Sendable () async throws -> (DaemonSettings, Logger.Level)

    private let reloadSettings: SettingsReloader?
    /// Held (never read) for the daemon's life: the archive's exclusive lock.
    private let archiveLock: Int32
    private var watchdogTimer: (any DispatchSourceTimer)?

    public init(settings: DaemonSettings, logger: Logger, reload: SettingsReloader? = nil) throws {
        self.settings = settings
        self.reloadSettings = reload
        self.logger = logger
        try FileIO.makeDirectories(settings.inbox)
        archive = try Archive(folder: settings.archive, nearDuplicatePolicy: settings.nearDuplicates)
        archiveLock = try archive.lockExclusively()
        if archive.reindexedArticles > 0 {
            logger.notice(
                "near-duplicate index rebuilt for the configured shingle size",
                metadata: ["articles.count": "\(archive.reindexedArticles)"])
        }
        archive.removeStaleTemporaries()
        intake = FileIntake(
            inboxRoot: settings.inbox,
            archive: archive,
            extractor: ArticleExtractor(maxFileBytes: settings.maxFileBytes)
        )
        scanner = DirectoryScanner(root: settings.inbox, ignoreRules: settings.ignoreRules)
        tracker = SettleTracker(settleNanoseconds: UInt64(max(settings.settleMilliseconds, 0)) * 1_000_000)
        notifier = SystemdNotifier.fromEnvironment()
        workers = IntakeWorkers(
            width: ProcessInfo.processInfo.activeProcessorCount,
            stragglerNanoseconds: Self.stragglerNanoseconds,
            // Weak: a worker given up on may finish after the daemon is gone.
            finished: { [weak self] in self?.workerFinished() }
        )
    }

    /// Files in hand at most: enough to keep every core busy while a batch commits, few enough to bound memory.
    private var maxInHand: Int { max(2 * settings.batchSize, 2 * ProcessInfo.processInfo.activeProcessorCount) }

    // MARK: - One pass

    /// Consumes everything in the inbox now (waiting for files still being written to settle), then returns.
    ///
    /// It always ends: a file that cannot be read is left in the inbox and counted (`RunSummary.left`), never retried,
    /// and a file whose extraction runs over its budget is rejected.
    public func runOnce() throws -> RunSummary {
        passingOnce.store(true, ordering: .relaxed)
        installSignalHandlers(reloading: false)
        try scanAll()
        while true {
            let now = Clock.monotonicNanoseconds()
            let wake: UInt64?
            if stopRequested.load(ordering: .relaxed) {
                if finishInHand(now: now) { break }
                wake = now + Self.stopPollNanoseconds
            } else {
                let workersWake = advance(now: now)
                if workers.isEmpty { leaveUnsettled(now: now) }
                if tracker.isEmpty && workers.isEmpty { break }
                wake = workersWake ?? tracker.nextDeadline(now: now)
            }
            let pause = min(wake.map { $0 > now ? $0 - now : 0 } ?? Self.budgetTick, Self.budgetTick)
            let timedOut = workerDone.wait(timeout: .now() + .nanoseconds(Int(max(pause, 1_000_000)))) == .timedOut
            // No notifications reach a pass: files still being written are looked at again while nothing is in hand.
            if timedOut && workers.isEmpty { refreshCandidates() }
        }
        return summary
    }

    // MARK: - Watching

    /// Watches the inbox until SIGTERM or SIGINT, then finishes the files in hand and returns.
    public func run() throws -> RunSummary {
        installSignalHandlers(reloading: true)
        var startError: (any Error)?
        queue.sync {
            do {
                try start()
            } catch {
                startError = error
            }
        }
        if let startError { throw startError }
        finished.wait()
        return summary
    }

    private func start() throws {
        startWatching()
        try scanAll()
        let rescan = DispatchSource.makeTimerSource(queue: queue)
        rescan.setEventHandler { [unowned self] in self.periodicScan() }
        rescanTimer = rescan
        resetRescanInterval()
        rescan.resume()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.setEventHandler { [unowned self] in self.pump() }
        timer.resume()
        settleTimer = timer
        logger.info(
            "watching the inbox",
            metadata: [
                "inbox": "\(settings.inbox)", "archive": "\(settings.archive)",
                "mode": "\(polling ? "polling" : "inotify")", "files.pending": "\(tracker.count)",
            ]
        )
        startWatchdog()
        notifier?.send("READY=1\nSTATUS=watching \(settings.inbox), \(tracker.count) files pending")
        schedulePump()
    }

    /// Pings systemd's watchdog from the pipeline's own queue: if consumption hangs, the pings stop and systemd
    /// restarts the service.
    private func startWatchdog() {
        guard let notifier, let interval = SystemdNotifier.watchdogInterval() else { return }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let half = DispatchTimeInterval.microseconds(Int(interval / 2))
        timer.schedule(deadline: .now(), repeating: half)
        timer.setEventHandler { [unowned self] in
            notifier.send("WATCHDOG=1\nSTATUS=\(self.summary), \(self.tracker.count) files pending")
        }
        timer.resume()
        watchdogTimer = timer
    }

    private func startWatching() {
        guard settings.watchMode == .inotify else {
            fallBackToPolling(because: "watch mode is poll in the configuration")
            return
        }
        do {
            let watcher = try InotifyWatcher()
            let source = DispatchSource.makeReadSource(fileDescriptor: watcher.descriptor, queue: queue)
            source.setEventHandler { [unowned self] in self.readEvents() }
            source.resume()
            self.watcher = watcher
            readSource = source
        } catch {
            fallBackToPolling(because: "\(error)")
        }
    }

    private func fallBackToPolling(because reason: String) {
        guard !polling else { return }
        polling = true
        logger.log(
            level: settings.watchMode == .poll ? .info : .warning,
            "polling the inbox instead of using inotify",
            metadata: ["reason": "\(reason)", "poll.milliseconds": "\(settings.pollMilliseconds)"]
        )
        resetRescanInterval()
    }

    private func readEvents() {
        guard let watcher else { return }
        let events: [InotifyWatcher.Event]
        do {
            events = try watcher.readEvents()
        } catch {
            logger.error("cannot read inotify events; rescanning", metadata: ["error": "\(error)"])
            periodicScan()
            return
        }
        for event in events {
            switch event {
            case .fileChanged(let path):
                observe(path)
            case .folderAppeared(let path):
                scanFolder(path)
            case .folderGone(let path):
                tracker.removeAll(under: path)
                if path.bytes.isEmpty { periodicScan() }
            case .overflow:
                logger.notice("inotify queue overflowed; rescanning the inbox")
                periodicScan()
            }
        }
        schedulePump()
    }

    private func periodicScan() {
        do {
            try scanAll()
        } catch {
            logger.warning("cannot scan the inbox", metadata: ["error": "\(error)"])
        }
        schedulePump()
    }

    // MARK: - Finding files

    /// Scans the whole inbox, (re)adding a watch on every folder.
    private func scanAll() throws {
        var info = stat()
        guard stat(settings.inbox, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            if !inboxMissing {
                inboxMissing = true
                logger.warning(
                    "the inbox folder is missing; waiting for it to return", metadata: ["inbox": "\(settings.inbox)"])
                resetRescanInterval()
            }
            return
        }
        if inboxMissing {
            inboxMissing = false
            logger.notice("the inbox folder is back", metadata: ["inbox": "\(settings.inbox)"])
            resetRescanInterval()
        }
        record(try scanner.scan(beforeListing: { watch($0) }))
    }

    /// Rescans at the polling interval while inotify cannot be relied on (unavailable, or the inbox itself is
    /// gone), else at the safety interval.
    private func resetRescanInterval() {
        let milliseconds = polling || inboxMissing ? settings.pollMilliseconds : settings.rescanSeconds * 1000
        let interval = DispatchTimeInterval.milliseconds(milliseconds)
        rescanTimer?.schedule(deadline: .now() + interval, repeating: interval)
    }

    private func scanFolder(_ folder: InboxPath) {
        do {
            record(try scanner.scan(from: folder, beforeListing: { watch($0) }))
        } catch {
            logger.warning("cannot scan a new folder", metadata: ["folder": "\(folder.escaped)", "error": "\(error)"])
        }
    }

    private func record(_ listing: DirectoryScanner.Listing) {
        for file in listing.files { observe(file) }
    }

    /// Adds the inotify watch of a folder about to be listed (unless watching is off or it is watched already).
    private func watch(_ folder: InboxPath) {
        guard let watcher, !polling, !watcher.isWatching(folder) else { return }
        do {
            try watcher.watch(folder, root: settings.inbox)
        } catch  where error.errno == ENOENT || error.errno == ENOTDIR {
            return  // removed meanwhile; the listing will skip it too
        } catch {
            fallBackToPolling(because: "\(error)")
        }
    }

    private func observe(_ path: InboxPath) {
        guard !settings.ignoreRules.ignores(path) else { return }
        let status: FileStatus?
        do {
            status = try FileStatus.of(path.absolute(under: settings.inbox))
        } catch {
            logger.warning("cannot inspect a file", metadata: ["file.name": "\(path.escaped)", "error": "\(error)"])
            return
        }
        guard let status else {
            tracker.remove(path)
            failures[path] = nil
            reported.remove(path)
            return
        }
        guard status.kind == .regular else {
            if status.kind == .directory { return }
            tracker.remove(path)
            reportRefused(path, kind: status.kind)
            return
        }
        tracker.observe(
            path,
            status: status,
            now: Clock.monotonicNanoseconds(),
            wallClockNanoseconds: Clock.wallClockNanoseconds()
        )
    }

    /// A pass does not wait forever for a file that keeps changing: one still being written this long after the
    /// pass first saw it is left in the inbox, and counted.
    private var passPatienceNanoseconds: UInt64 {
        max(10_000_000_000, 20 * UInt64(max(settings.settleMilliseconds, 0)) * 1_000_000)
    }

    private func leaveUnsettled(now: UInt64) {
        guard now > passPatienceNanoseconds else { return }
        for path in tracker.unsettled(seenBefore: now - passPatienceNanoseconds, now: now) {
            tracker.remove(path)
            summary.left += 1
            logger.warning(
                "left in the inbox: still being written when the pass ended",
                metadata: [
                    "file.name": "\(path.escaped)", "waited.seconds": "\(passPatienceNanoseconds / 1_000_000_000)",
                ])
        }
    }

    /// Looks again at files waiting to settle (used where no notifications arrive).
    private func refreshCandidates() {
        for path in tracker.candidates.keys { observe(path) }
    }

    private func reportRefused(_ path: InboxPath, kind: FileStatus.Kind) {
        guard reported.insert(path).inserted else { return }
        summary.left += 1
        logger.warning(
            "left in the inbox: not a regular file",
            metadata: ["file.name": "\(path.escaped)", "file.kind": "\(kind.description)"]
        )
    }

    // MARK: - Consuming

    private func schedulePump() {
        guard !pumpScheduled, !stopped else { return }
        pumpScheduled = true
        queue.async { [unowned self] in
            self.pumpScheduled = false
            self.pump()
        }
    }

    private func pump() {
        guard !stopped else { return }
        let now = Clock.monotonicNanoseconds()
        if stopRequested.load(ordering: .relaxed) {
            if finishInHand(now: now) {
                shutdown()
            } else {
                settleTimer?.schedule(deadline: .now() + .nanoseconds(Int(Self.stopPollNanoseconds)))
            }
            return
        }
        if let wake = advance(now: now) ?? tracker.nextDeadline(now: now) {
            settleTimer?.schedule(deadline: .now() + .nanoseconds(Int(clamping: wake > now ? wake - now : 0)))
        }
    }

    /// After a stop: commits the files in hand that are done and withdraws the others' budgets, so that they give up
    /// and stay in the inbox. True once none is left in hand, or the grace is over.
    private func finishInHand(now: UInt64) -> Bool {
        workers.withdrawAll()
        commitFinished(now: now)
        return workers.isEmpty || now >= stopDeadline.load(ordering: .relaxed)
    }

    /// How often a stopping daemon looks whether the files in hand have given up.
    static let stopPollNanoseconds: UInt64 = 20_000_000

    /// A worker is done with a file: the loop that waits for it takes it.
    private func workerFinished() {
        if passingOnce.load(ordering: .relaxed) {
            workerDone.signal()
        } else {
            queue.async { [weak self] in self?.schedulePump() }
        }
    }

    /// One step of consumption: commits the files that are done, hands settled files to the workers (oldest first),
    /// and stops files over their budget; returns when the workers next need a look.
    private func advance(now: UInt64) -> UInt64? {
        let gathered = commitFinished(now: now)
        // Handed over in halves, so that finding the settled files (a sort of all waiting) is paid once per many.
        if inHand.count <= maxInHand / 2 {
            let waiting = tracker.settled(now: now).filter { !inHand.contains($0) }.prefix(maxInHand - inHand.count)
            let jobs = waiting.compactMap { path in
                tracker.candidates[path].map {
                    IntakeWorkers.Job(
                        path: path, status: $0.status, intake: intake, budgetSeconds: settings.budgetSeconds)
                }
            }
            inHand.formUnion(jobs.map(\.path))
            workers.submit(jobs)
        }
        let wake = workers.spendOverdue(now: now)
        // While files are in hand, each one done brings the next look; the tick only bounds the wait for a budget
        // (a file just handed over starts its budget when a worker takes it up). Files still settling are waited for
        // once nothing is in hand: finding the next of them reads every candidate.
        return workers.isEmpty ? wake : min(wake ?? .max, gathered ?? .max, now + Self.budgetTick)
    }

    /// How often budgets are looked at while files are in hand.
    static let budgetTick: UInt64 = 100_000_000

    /// Commits the files the workers are done with, in the order they were received, a batch at a time; returns when
    /// to look again for a batch still being gathered. A stopping daemon gathers nothing.
    @discardableResult
    private func commitFinished(now: UInt64) -> UInt64? {
        let gathering = stopRequested.load(ordering: .relaxed) ? 0 : Self.gatheringNanoseconds
        while true {
            let (finished, retryAt) = workers.takeFinished(now: now, limit: settings.batchSize, gathering: gathering)
            guard !finished.isEmpty else { return retryAt }
            for item in finished { inHand.remove(item.job.path) }
            commit(finished)
        }
    }

    /// How long files that are done wait for those being extracted right behind them, to share their transaction.
    static let gatheringNanoseconds: UInt64 = 20_000_000

    /// Records a batch of files the workers are done with: flushes their originals to disk once, commits their
    /// articles in one transaction, then unlinks them from the inbox.
    private func commit(_ finished: [(job: IntakeWorkers.Job, output: IntakeWorkers.Output)]) {
        var loaded: [(file: FileIntake.LoadedFile, consumption: Consumption)] = []
        for (job, output) in finished {
            let path = job.path
            switch output {
            case .loaded(let file, let consumption):
                loaded.append((file, consumption))
            case .other(.replay(let status)):
                do {
                    try intake.unlinkIfUnchanged(path, status: status)
                    tracker.remove(path, ifStill: status)
                    logger.info(
                        "already archived before a restart; removed from the inbox",
                        metadata: ["file.name": "\(path.escaped)"])
                } catch {
                    postpone(path, error: error)
                }
            case .other(.changed(let status)):
                tracker.observe(
                    path, status: status, now: Clock.monotonicNanoseconds(),
                    wallClockNanoseconds: Clock.wallClockNanoseconds())
            case .other(.gone):
                tracker.remove(path)
                failures[path] = nil
                reported.remove(path)
            case .other(.refused(let kind)):
                tracker.remove(path)
                reportRefused(path, kind: kind)
            case .other(.loaded):
                break  // not produced: loaded files come with their consumption
            case .failed(let error):
                postpone(path, error: error)
            case .notTaken:
                break
            }
        }
        guard !loaded.isEmpty else { return }
        do {
            try archive.flushOriginals()
        } catch {
            logger.error("cannot flush originals to disk; the files stay in the inbox", metadata: ["error": "\(error)"])
            for item in loaded { postpone(item.file.path, error: error, quiet: true) }
            return
        }
        let outcomes: [ConsumptionOutcome]
        do {
            outcomes = try archive.commit(loaded.map(\.consumption))
        } catch {
            logger.error(
                "cannot commit to the archive; the files stay in the inbox",
                metadata: ["files.count": "\(loaded.count)", "error": "\(error)"]
            )
            for item in loaded { postpone(item.file.path, error: error, quiet: true) }
            return
        }
        for (item, outcome) in zip(loaded, outcomes) {
            // A file rewritten since it was read stays a candidate: its new bytes are taken next.
            tracker.remove(item.file.path, ifStill: item.file.status)
            failures[item.file.path] = nil
            do {
                try intake.unlinkIfUnchanged(item.file.path, status: item.file.status)
            } catch {
                logger.error(
                    "archived but cannot remove from the inbox",
                    metadata: ["file.name": "\(item.file.path.escaped)", "error": "\(error)"]
                )
            }
            log(outcome, of: item.consumption)
        }
    }

    private func log(_ outcome: ConsumptionOutcome, of consumption: Consumption) {
        var metadata: Logger.Metadata = ["file.name": "\(consumption.name)", "file.sha256": "\(consumption.sha256)"]
        switch outcome {
        case .ingested(let id):
            summary.ingested += 1
            metadata["article.id"] = "\(id)"
            logger.info("ingested", metadata: metadata)
        case .duplicate(let id):
            summary.duplicate += 1
            metadata["article.id"] = "\(id)"
            logger.info("duplicate of an archived article", metadata: metadata)
        case .rejected(let reason):
            summary.rejected += 1
            metadata["reason"] = "\(reason)"
            logger.notice("rejected", metadata: metadata)
        }
    }

    /// Leaves a file that could not be taken in the inbox and retries it later, backing off up to five minutes; a
    /// `--once` pass leaves it there for good, and counts it.
    private func postpone(_ path: InboxPath, error: any Error, quiet: Bool = false) {
        if passingOnce.load(ordering: .relaxed) {
            tracker.remove(path)
            summary.left += 1
            logger.warning(
                "cannot take a file; it stays in the inbox",
                metadata: ["file.name": "\(path.escaped)", "error": "\(error)"]
            )
            return
        }
        let attempts = (failures[path] ?? 0) + 1
        failures[path] = attempts
        let delaySeconds = min(1 << min(attempts - 1, 9), 300)
        tracker.postpone(path, until: Clock.monotonicNanoseconds() + UInt64(delaySeconds) * 1_000_000_000)
        if !quiet {
            logger.warning(
                "cannot take a file; it stays in the inbox and will be retried",
                metadata: [
                    "file.name": "\(path.escaped)", "error": "\(error)", "retry.seconds": "\(delaySeconds)",
                    "attempt": "\(attempts)",
                ]
            )
        }
    }

    // MARK: - Stopping

    /// SIGTERM/SIGINT stop the daemon; with `reloading`, SIGHUP re-reads the configuration on the daemon's queue.
    /// A `--once` pass ignores SIGHUP: its loop runs on the caller's thread, which a reload must not race.
    private func installSignalHandlers(reloading: Bool) {
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: DispatchQueue.global())
            source.setEventHandler { [weak self] in self?.requestStop(signal: number) }
            source.resume()
            signalSources.append(source)
        }
        signal(SIGHUP, SIG_IGN)
        guard reloading else { return }
        let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: queue)
        hangup.setEventHandler { [unowned self] in self.reload() }
        hangup.resume()
        signalSources.append(hangup)
    }

    // MARK: - Reloading

    /// SIGHUP: reads the configuration again and applies it; an invalid configuration is reported and the running
    /// one kept.
    private func reload() {
        guard let reloadSettings else { return }
        notifier?.send("RELOADING=1\nMONOTONIC_USEC=\(Clock.monotonicNanoseconds() / 1000)")
        logger.info("reloading the configuration")
        Task { [self] in
            let result: Result<(DaemonSettings, Logger.Level), any Error>
            do {
                result = .success(try await reloadSettings())
            } catch {
                result = .failure(error)
            }
            self.queue.async { self.apply(result) }
        }
    }

    private func apply(_ result: Result<(DaemonSettings, Logger.Level), any Error>) {
        defer { notifier?.send("READY=1\nSTATUS=\(summary), \(tracker.count) files pending") }
        let (new, level): (DaemonSettings, Logger.Level)
        switch result {
        case .failure(let error):
            logger.error("invalid configuration; keeping the running one", metadata: ["error": "\(error)"])
            return
        case .success(let loaded):
            (new, level) = loaded
        }
        if new.inbox != settings.inbox || new.archive != settings.archive {
            logger.warning("the inbox and archive folders change only on restart")
        }
        settings.settleMilliseconds = new.settleMilliseconds
        settings.maxFileBytes = new.maxFileBytes
        settings.batchSize = new.batchSize
        settings.ignoreRules = new.ignoreRules
        settings.pollMilliseconds = new.pollMilliseconds
        settings.rescanSeconds = new.rescanSeconds
        settings.budgetSeconds = new.budgetSeconds
        logger.logLevel = level
        tracker.settleNanoseconds = UInt64(new.settleMilliseconds) * 1_000_000
        intake.extractor = ArticleExtractor(maxFileBytes: new.maxFileBytes)
        scanner.ignoreRules = new.ignoreRules
        resetRescanInterval()
        logger.info(
            "configuration reloaded",
            metadata: [
                "settle.milliseconds": "\(new.settleMilliseconds)", "ignore": "\(new.ignoreRules.patterns)",
                "log.level": "\(level)",
            ])
        schedulePump()
    }

    private func requestStop(signal number: Int32) {
        // The grace runs from the first signal: a second one does not extend it.
        _ = stopDeadline.compareExchange(
            expected: 0, desired: Clock.monotonicNanoseconds() + Self.stopGraceNanoseconds, ordering: .relaxed)
        guard !stopRequested.exchange(true, ordering: .relaxed) else { return }
        logger.info("stopping after the files in hand", metadata: ["signal": "\(number == SIGTERM ? "TERM" : "INT")"])
        notifier?.send("STOPPING=1")
        if passingOnce.load(ordering: .relaxed) {
            workerDone.signal()
        } else {
            queue.async { [unowned self] in self.pump() }
        }
    }

    private func shutdown() {
        guard !stopped else { return }
        stopped = true
        readSource?.cancel()
        settleTimer?.cancel()
        rescanTimer?.cancel()
        watchdogTimer?.cancel()
        watcher = nil
        logger.info("stopped", metadata: ["summary": "\(summary)"])
        finished.signal()
    }
}
