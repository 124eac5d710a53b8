import Dispatch
import Logging
import Synchronization
import WiredeskSystem

/// Signals: SIGTERM and SIGINT stop the daemon after the files in hand, SIGHUP reloads its configuration.
extension InboxDaemon {
    /// SIGTERM/SIGINT stop the daemon; with `reloading`, SIGHUP re-reads the configuration on the daemon's queue.
    /// A `--once` pass ignores SIGHUP.
    func installSignalHandlers(reloading: Bool) {
        var signals: [any DispatchSourceSignal] = []
        for stop in [ProcessSignal.terminate, .interrupt] {
            stop.ignoreDefaultAction()
            // Off the queue: the grace starts when the signal arrives, even while the queue commits a batch.
            let source = DispatchSource.makeSignalSource(signal: stop.number, queue: DispatchQueue.global())
            source.setEventHandler { [weak self] in self?.requestStop(signal: stop) }
            source.resume()
            signals.append(source)
        }
        ProcessSignal.hangUp.ignoreDefaultAction()
        if reloading {
            let hangup = DispatchSource.makeSignalSource(signal: ProcessSignal.hangUp.number, queue: queue)
            hangup.setEventHandler { [weak self] in self?.reload() }
            hangup.resume()
            signals.append(hangup)
        }
        queue.sync { sources.signals += signals }
    }

    /// On the signal's thread: records the request, then has the queue say so and wind down.
    private func requestStop(signal: ProcessSignal) {
        // The grace runs from the first signal: a second one does not extend it.
        _ = stopDeadline.compareExchange(
            expected: 0, desired: SystemClock.monotonicNanoseconds() + Self.stopGraceNanoseconds, ordering: .relaxed)
        guard !stopRequested.exchange(true, ordering: .relaxed) else { return }
        let passing = passingOnce.load(ordering: .relaxed)
        queue.async { [weak self] in
            guard let self else { return }
            state.logger.info("stopping after the files in hand", metadata: ["signal": "\(signal.name)"])
            notifier?.send("STOPPING=1")
            if !passing { pump() }
        }
        // A pass waits for its workers off the queue: wake it, and its next step (after the lines above) stops.
        if passing { workerDone.signal() }
    }

    func shutdown() {
        guard !state.stopped else { return }
        state.stopped = true
        sources.inotifyEvents?.cancel()
        sources.settleTimer?.cancel()
        sources.rescanTimer?.cancel()
        sources.watchdogTimer?.cancel()
        state.watching = .none
        state.logger.info("stopped", metadata: ["summary": "\(state.summary)"])
        finished.signal()
    }
}
