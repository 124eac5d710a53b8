/// How the daemon learns of new files.
enum Watching {
    /// No notifications and no rescans: a `--once` pass, or a daemon before it starts watching.
    case none
    /// inotify reports changes; the periodic rescan is only a safety net.
    case inotify(InotifyWatcher)
    /// Rescans at the polling interval replace notifications. A watcher that hit the watch limit is kept: the
    /// folders it watches already go on reporting.
    case polling(leftover: InotifyWatcher?)

    var watcher: InotifyWatcher? {
        switch self {
        case .none: nil
        case .inotify(let watcher): watcher
        case .polling(let leftover): leftover
        }
    }

    var isPolling: Bool {
        if case .polling = self { return true }
        return false
    }
}
