import Dispatch
import Logging
import WiredeskSystem

/// Finding files: inotify, the polling fallback, the periodic rescan, and what each file found looks like.
extension InboxDaemon {
    func startWatching() {
        guard state.settings.watchMode == .inotify else {
            fallBackToPolling(because: "watch mode is poll in the configuration")
            return
        }
        do {
            let watcher = try InotifyWatcher()
            let source = DispatchSource.makeReadSource(fileDescriptor: watcher.descriptor.rawValue, queue: queue)
            source.setEventHandler { [weak self] in self?.readEvents() }
            source.resume()
            state.watching = .inotify(watcher)
            sources.inotifyEvents = source
        } catch {
            fallBackToPolling(because: "\(error)")
        }
    }

    func fallBackToPolling(because reason: String) {
        guard !state.watching.isPolling else { return }
        state.watching = .polling(leftover: state.watching.watcher)
        state.logger.log(
            level: state.settings.watchMode == .poll ? .info : .warning,
            "polling the inbox instead of using inotify",
            metadata: ["reason": "\(reason)", "poll.milliseconds": "\(state.settings.pollMilliseconds)"]
        )
        resetRescanInterval()
    }

    private func readEvents() {
        guard let watcher = state.watching.watcher else { return }
        let events: [InotifyWatcher.Event]
        do {
            events = try watcher.readEvents()
        } catch {
            state.logger.error("cannot read inotify events; rescanning", metadata: ["error": "\(error)"])
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
                state.tracker.removeAll(under: path)
                if path.bytes.isEmpty { periodicScan() }
            case .overflow:
                state.logger.notice("inotify queue overflowed; rescanning the inbox")
                periodicScan()
            }
        }
        schedulePump()
    }

    func periodicScan() {
        do {
            try scanAll()
        } catch {
            state.logger.warning("cannot scan the inbox", metadata: ["error": "\(error)"])
        }
        schedulePump()
    }

    /// Scans the whole inbox, (re)adding a watch on every folder.
    func scanAll() throws {
        let inbox = state.settings.inbox
        guard (try? FileStatus.ofFile(at: inbox))?.kind == .directory else {
            if !state.inboxMissing {
                state.inboxMissing = true
                state.logger.warning(
                    "the inbox folder is missing; waiting for it to return", metadata: ["inbox": "\(inbox)"])
                resetRescanInterval()
            }
            return
        }
        if state.inboxMissing {
            state.inboxMissing = false
            state.logger.notice("the inbox folder is back", metadata: ["inbox": "\(inbox)"])
            resetRescanInterval()
        }
        record(try state.scanner.scan(beforeListing: { watch($0) }))
    }

    /// Rescans at the polling interval while inotify cannot be relied on (unavailable, or the inbox itself is
    /// gone), else at the safety interval.
    func resetRescanInterval() {
        let settings = state.settings
        let milliseconds =
            state.watching.isPolling || state.inboxMissing ? settings.pollMilliseconds : settings.rescanSeconds * 1000
        let interval = DispatchTimeInterval.milliseconds(milliseconds)
        sources.rescanTimer?.schedule(deadline: .now() + interval, repeating: interval)
    }

    private func scanFolder(_ folder: InboxPath) {
        do {
            record(try state.scanner.scan(from: folder, beforeListing: { watch($0) }))
        } catch {
            state.logger.warning(
                "cannot scan a new folder", metadata: ["folder": "\(folder.escaped)", "error": "\(error)"])
        }
    }

    private func record(_ listing: DirectoryScanner.Listing) {
        for file in listing.files { observe(file) }
    }

    /// Adds the inotify watch of a folder about to be listed (unless watching is off or it is watched already).
    private func watch(_ folder: InboxPath) {
        guard case .inotify(let watcher) = state.watching, !watcher.isWatching(folder) else { return }
        do {
            try watcher.watch(folder, root: state.settings.inbox)
        } catch  where error.isMissing {
            return  // removed meanwhile; the listing will skip it too
        } catch {
            fallBackToPolling(because: "\(error)")
        }
    }

    func observe(_ path: InboxPath) {
        guard !state.settings.ignoreRules.ignores(path) else { return }
        let status: FileStatus?
        do {
            status = try FileStatus.of(path.absolute(under: state.settings.inbox))
        } catch {
            state.logger.warning(
                "cannot inspect a file", metadata: ["file.name": "\(path.escaped)", "error": "\(error)"])
            return
        }
        guard let status else {
            state.tracker.remove(path)
            state.failures[path] = nil
            state.reported.remove(path)
            return
        }
        guard status.kind == .regular else {
            if status.kind == .directory { return }
            state.tracker.remove(path)
            reportRefused(path, kind: status.kind)
            return
        }
        state.tracker.observe(
            path,
            status: status,
            now: SystemClock.monotonicNanoseconds(),
            wallClockNanoseconds: SystemClock.wallClockNanoseconds()
        )
    }

    /// Looks again at files waiting to settle (used where no notifications arrive).
    func refreshCandidates() {
        for path in state.tracker.candidates.keys { observe(path) }
    }

    func reportRefused(_ path: InboxPath, kind: FileStatus.Kind) {
        guard state.reported.insert(path).inserted else { return }
        state.summary.left += 1
        state.logger.warning(
            "left in the inbox: not a regular file",
            metadata: ["file.name": "\(path.escaped)", "file.kind": "\(kind.description)"]
        )
    }
}
