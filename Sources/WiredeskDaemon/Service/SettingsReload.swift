import Dispatch
import Logging
import WiredeskSystem

/// SIGHUP: the configuration read again and put in force whole, on the daemon's queue.
extension InboxDaemon {
    /// Reads the configuration again and applies it; an invalid configuration is reported and the running one kept.
    func reload() {
        guard let reloadSettings else { return }
        notifier?.send("RELOADING=1\nMONOTONIC_USEC=\(SystemClock.monotonicNanoseconds() / 1000)")
        state.logger.info("reloading the configuration")
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
        defer { notifier?.send("READY=1\nSTATUS=\(state.summary), \(state.tracker.count) files pending") }
        let (new, level): (DaemonSettings, Logger.Level)
        switch result {
        case .failure(let error):
            state.logger.error("invalid configuration; keeping the running one", metadata: ["error": "\(error)"])
            return
        case .success(let loaded):
            (new, level) = loaded
        }
        if new.inbox != state.settings.inbox || new.archive != state.settings.archive {
            state.logger.warning("the inbox and archive folders change only on restart")
        }
        state.replaceSettings(with: new)
        state.logger.logLevel = level
        resetRescanInterval()
        state.logger.info(
            "configuration reloaded",
            metadata: [
                "settle.milliseconds": "\(new.settleMilliseconds)", "ignore": "\(new.ignoreRules.patterns)",
                "log.level": "\(level)",
            ])
        schedulePump()
    }
}
