import Dispatch

extension InboxDaemon {
    /// Pings systemd's watchdog from the pipeline's own queue: if consumption hangs, the pings stop and systemd
    /// restarts the service.
    func startWatchdog() {
        guard let notifier, let interval = SystemdNotifier.watchdogInterval() else { return }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let half = DispatchTimeInterval.microseconds(Int(interval / 2))
        timer.schedule(deadline: .now(), repeating: half)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            notifier.send("WATCHDOG=1\nSTATUS=\(self.state.summary), \(self.state.tracker.count) files pending")
        }
        timer.resume()
        sources.watchdogTimer = timer
    }
}
