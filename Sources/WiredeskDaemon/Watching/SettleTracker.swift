import WiredeskSystem

/// Decides when an inbox file is complete: its size and modification time have stayed the same for the settle
/// delay. A writer that pauses between chunks for less than the delay is never caught half-way.
///
/// Times are monotonic nanoseconds supplied by the caller, which keeps the rule testable without a clock.
struct SettleTracker {
    struct Candidate {
        var status: FileStatus
        /// When `status` was first seen in its current form.
        var stableSince: UInt64
        /// When the file was first seen, changes or not.
        var firstSeen: UInt64
        /// When the file may be tried again after a failure; 0 when it need not wait.
        var retryAfter: UInt64 = 0
    }

    var settleNanoseconds: UInt64
    private(set) var candidates: [InboxPath: Candidate] = [:]

    init(settleNanoseconds: UInt64) {
        self.settleNanoseconds = settleNanoseconds
    }

    var isEmpty: Bool { candidates.isEmpty }
    var count: Int { candidates.count }

    /// Records what the file looks like now; a change restarts its settle delay.
    ///
    /// A file whose modification time is already older than the delay (found by a scan) counts as settled at once,
    /// as its writer has been quiet for that long.
    mutating func observe(_ path: InboxPath, status: FileStatus, now: UInt64, wallClockNanoseconds: Int64) {
        if var existing = candidates[path], existing.status.sameContent(as: status) {
            existing.status = status
            candidates[path] = existing
            return
        }
        let quietFor = wallClockNanoseconds - status.modificationNanoseconds
        let stableSince =
            quietFor >= Int64(settleNanoseconds) && now >= settleNanoseconds ? now - settleNanoseconds : now
        candidates[path] = Candidate(
            status: status, stableSince: stableSince, firstSeen: candidates[path]?.firstSeen ?? now)
    }

    mutating func remove(_ path: InboxPath) {
        candidates[path] = nil
    }

    /// Forgets the file if it still looks as it did when it was taken; a newer version stays, to be taken in turn.
    mutating func remove(_ path: InboxPath, ifStill status: FileStatus) {
        guard let candidate = candidates[path], candidate.status.sameContent(as: status) else { return }
        candidates[path] = nil
    }

    /// Keeps a file that could not be taken, to be tried again no sooner than `delay` from now.
    mutating func postpone(_ path: InboxPath, until time: UInt64) {
        candidates[path]?.retryAfter = time
    }

    /// Files settled at `now`, in the order they were received: by modification time, then by name (a burst
    /// written within one clock tick keeps its names' order). The first file of a story and its re-sends are thus
    /// taken, and committed, in the order they came.
    func settled(now: UInt64) -> [InboxPath] {
        candidates.compactMap { path, candidate in
            isSettled(candidate, now: now) ? (path, candidate.status.modificationNanoseconds) : nil
        }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    /// Files seen since before `time` that have not settled yet: still being written, or rewritten again and again.
    func unsettled(seenBefore time: UInt64, now: UInt64) -> [InboxPath] {
        candidates.compactMap { path, candidate in
            candidate.firstSeen < time && !isSettled(candidate, now: now) ? path : nil
        }
    }

    /// The earliest time at which a file not yet settled will be.
    func nextDeadline(now: UInt64) -> UInt64? {
        candidates.values.lazy.filter { !isSettled($0, now: now) }.map { candidate in
            max(candidate.stableSince + settleNanoseconds, candidate.retryAfter)
        }.min()
    }

    private func isSettled(_ candidate: Candidate, now: UInt64) -> Bool {
        now >= candidate.stableSince + settleNanoseconds && now >= candidate.retryAfter
    }
}

extension SettleTracker {
    /// Forgets every candidate inside `folder` (or everything, for the inbox itself).
    mutating func removeAll(under folder: InboxPath) {
        guard !folder.bytes.isEmpty else { return }
        let prefix = folder.bytes + [UInt8(ascii: "/")]
        for path in candidates.keys where path.bytes.starts(with: prefix) { remove(path) }
    }
}
