import Dispatch
import Foundation
import Logging
import Synchronization
import WiredeskArchive
import WiredeskSystem

/// Consuming: settled files handed to the workers oldest first, the ones done committed in the order received, a
/// batch per transaction, then unlinked; failures postponed with a back-off.
extension InboxDaemon {
    /// Files in hand at most: enough to keep every core busy while a batch commits, few enough to bound memory.
    private var maxInHand: Int {
        max(2 * state.settings.batchSize, 2 * ProcessInfo.processInfo.activeProcessorCount)
    }

    func schedulePump() {
        guard !state.pumpScheduled, !state.stopped else { return }
        state.pumpScheduled = true
        queue.async { [weak self] in
            guard let self else { return }
            self.state.pumpScheduled = false
            self.pump()
        }
    }

    func pump() {
        guard !state.stopped else { return }
        let now = SystemClock.monotonicNanoseconds()
        if stopRequested.load(ordering: .relaxed) {
            if finishInHand(now: now) {
                shutdown()
            } else {
                sources.settleTimer?.schedule(deadline: .now() + .nanoseconds(Int(Self.stopPollNanoseconds)))
            }
            return
        }
        if let wake = advance(now: now) ?? state.tracker.nextDeadline(now: now) {
            sources.settleTimer?.schedule(deadline: .now() + .nanoseconds(Int(clamping: wake > now ? wake - now : 0)))
        }
    }

    /// After a stop: commits the files in hand that are done and withdraws the others' budgets, so that they give up
    /// and stay in the inbox. True once none is left in hand, or the grace is over.
    func finishInHand(now: UInt64) -> Bool {
        workers.withdrawAll()
        commitFinished(now: now)
        return workers.isEmpty || now >= stopDeadline.load(ordering: .relaxed)
    }

    /// How often a stopping daemon looks whether the files in hand have given up.
    static let stopPollNanoseconds: UInt64 = 20_000_000

    /// A worker is done with a file: the loop that waits for it takes it.
    func workerFinished() {
        if passingOnce.load(ordering: .relaxed) {
            workerDone.signal()
        } else {
            queue.async { [weak self] in self?.schedulePump() }
        }
    }

    /// One step of consumption: commits the files that are done, hands settled files to the workers (oldest first),
    /// and stops files over their budget; returns when the workers next need a look.
    func advance(now: UInt64) -> UInt64? {
        let gathered = commitFinished(now: now)
        // Handed over in halves, so that finding the settled files (a sort of all waiting) is paid once per many.
        if state.inHand.count <= maxInHand / 2 {
            let waiting = state.tracker.settled(now: now).filter { !state.inHand.contains($0) }.prefix(
                maxInHand - state.inHand.count)
            let jobs = waiting.compactMap { path in
                state.tracker.candidates[path].map {
                    IntakeWorkers.Job(
                        path: path, status: $0.status, intake: state.intake, budgetSeconds: state.settings.budgetSeconds
                    )
                }
            }
            state.inHand.formUnion(jobs.map(\.path))
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
    func commitFinished(now: UInt64) -> UInt64? {
        let gathering = stopRequested.load(ordering: .relaxed) ? 0 : Self.gatheringNanoseconds
        while true {
            let (finished, retryAt) = workers.takeFinished(
                now: now, limit: state.settings.batchSize, gathering: gathering)
            guard !finished.isEmpty else { return retryAt }
            for item in finished { state.inHand.remove(item.job.path) }
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
            case .skipped(.replay(let status)):
                do {
                    try state.intake.unlinkIfUnchanged(path, status: status)
                    state.tracker.remove(path, ifStill: status)
                    state.logger.info(
                        "already archived before a restart; removed from the inbox",
                        metadata: ["file.name": "\(path.escaped)"])
                } catch {
                    postpone(path, error: error)
                }
            case .skipped(.changed(let status)):
                state.tracker.observe(
                    path, status: status, now: SystemClock.monotonicNanoseconds(),
                    wallClockNanoseconds: SystemClock.wallClockNanoseconds())
            case .skipped(.gone):
                state.tracker.remove(path)
                state.failures[path] = nil
                state.reported.remove(path)
            case .skipped(.refused(let kind)):
                state.tracker.remove(path)
                reportRefused(path, kind: kind)
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
            state.logger.error(
                "cannot flush originals to disk; the files stay in the inbox", metadata: ["error": "\(error)"])
            for item in loaded { postpone(item.file.path, error: error, quiet: true) }
            return
        }
        let outcomes: [ConsumptionOutcome]
        do {
            outcomes = try archive.commit(loaded.map(\.consumption))
        } catch {
            state.logger.error(
                "cannot commit to the archive; the files stay in the inbox",
                metadata: ["files.count": "\(loaded.count)", "error": "\(error)"]
            )
            for item in loaded { postpone(item.file.path, error: error, quiet: true) }
            return
        }
        for (item, outcome) in zip(loaded, outcomes) {
            // A file rewritten since it was read stays a candidate: its new bytes are taken next.
            state.tracker.remove(item.file.path, ifStill: item.file.status)
            state.failures[item.file.path] = nil
            do {
                try state.intake.unlinkIfUnchanged(item.file.path, status: item.file.status)
            } catch {
                state.logger.error(
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
            state.summary.ingested += 1
            metadata["article.id"] = "\(id)"
            state.logger.info("ingested", metadata: metadata)
        case .duplicate(let id):
            state.summary.duplicate += 1
            metadata["article.id"] = "\(id)"
            state.logger.info("duplicate of an archived article", metadata: metadata)
        case .rejected(let reason):
            state.summary.rejected += 1
            metadata["reason"] = "\(reason)"
            state.logger.notice("rejected", metadata: metadata)
        }
    }

    /// Leaves a file that could not be taken in the inbox and retries it later, backing off up to five minutes; a
    /// `--once` pass leaves it there for good, and counts it.
    private func postpone(_ path: InboxPath, error: any Error, quiet: Bool = false) {
        if passingOnce.load(ordering: .relaxed) {
            state.tracker.remove(path)
            state.summary.left += 1
            state.logger.warning(
                "cannot take a file; it stays in the inbox",
                metadata: ["file.name": "\(path.escaped)", "error": "\(error)"]
            )
            return
        }
        let attempts = (state.failures[path] ?? 0) + 1
        state.failures[path] = attempts
        let delaySeconds = min(1 << min(attempts - 1, 9), 300)
        state.tracker.postpone(path, until: SystemClock.monotonicNanoseconds() + UInt64(delaySeconds) * 1_000_000_000)
        if !quiet {
            state.logger.warning(
                "cannot take a file; it stays in the inbox and will be retried",
                metadata: [
                    "file.name": "\(path.escaped)", "error": "\(error)", "retry.seconds": "\(delaySeconds)",
                    "attempt": "\(attempts)",
                ]
            )
        }
    }

    /// A pass does not wait forever for a file that keeps changing: one still being written this long after the
    /// pass first saw it is left in the inbox, and counted.
    private var passPatienceNanoseconds: UInt64 {
        max(10_000_000_000, 20 * UInt64(max(state.settings.settleMilliseconds, 0)) * 1_000_000)
    }

    func leaveUnsettled(now: UInt64) {
        guard now > passPatienceNanoseconds else { return }
        for path in state.tracker.unsettled(seenBefore: now - passPatienceNanoseconds, now: now) {
            state.tracker.remove(path)
            state.summary.left += 1
            state.logger.warning(
                "left in the inbox: still being written when the pass ended",
                metadata: [
                    "file.name": "\(path.escaped)", "waited.seconds": "\(passPatienceNanoseconds / 1_000_000_000)",
                ])
        }
    }
}
