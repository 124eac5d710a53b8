import Foundation
import Synchronization
import WiredeskArchive
import WiredeskCore
import WiredeskSystem

/// The inbox files being read and extracted, on every core at once, kept in the order they were received so that the
/// daemon commits them in that order.
///
/// Each file gets an `ExtractionBudget`; `spendOverdue` spends the budget of a file worked on for longer than allowed,
/// so that its extraction stops and it is recorded as rejected. A file worked on for longer than `stragglerNanoseconds`
/// stops holding up the files behind it: they are committed without it, and it joins a later commit once done;
/// another worker takes its place meanwhile, so slow files never occupy every core's worker.
/// `withdrawAll` stops everything in hand when the daemon stops.
///
/// Extraction looks at its budget between steps; should one step of it run on regardless (a cost no stage foresaw),
/// the file is recorded as rejected all the same, `abandonNanoseconds` after its budget ran out, and its worker is
/// replaced: its thread finishes in its own time and its result is dropped. No file holds up the inbox for longer
/// than its budget and that grace.
final class IntakeWorkers: Sendable {
    /// One file handed to the workers, with the settings in force when it was handed over.
    struct Job: Sendable {
        var path: InboxPath
        /// What the file looked like when it settled.
        var status: FileStatus
        var intake: FileIntake
        var budgetSeconds: Double
    }

    /// What a worker made of one file.
    enum Output: Sendable {
        /// Read, stored and extracted: ready for the commit.
        case loaded(FileIntake.LoadedFile, Consumption)
        /// Not loaded: a replay, a changed, vanished or refused file.
        case skipped(FileIntake.Skip)
        case failed(any Error)
        /// Not taken, or its extraction interrupted: the daemon is stopping and the file stays in the inbox.
        case notTaken
    }

    private struct Entry {
        /// Increasing in the order received: entries stay sorted by it.
        var id: UInt64
        var job: Job
        var budget: ExtractionBudget
        /// Monotonic nanoseconds at which a worker began the file; `nil` while it waits for a worker.
        var startedAt: UInt64?
        /// The file once read and stored, before its extraction.
        var loaded: FileIntake.LoadedFile?
        /// Another worker was started in this one's place because the file straggles.
        var replaced = false
        /// Recorded as rejected while its worker went on: what that worker makes of it is dropped.
        var abandoned = false
        /// Monotonic nanoseconds at which the output was set.
        var finishedAt: UInt64?
        var output: Output?

        var budgetNanoseconds: UInt64 { UInt64(min(max(job.budgetSeconds, 0.001), 1e9) * 1e9) }
    }

    private struct State {
        /// In the order received; finished entries leave from the front (stragglers aside).
        var entries: [Entry] = []
        var idleWorkers: Int
        var nextID: UInt64 = 0
        /// The id of the next entry a worker takes up: workers take entries in order.
        var nextToStart: UInt64 = 0
        /// No budget, grace or straggler delay runs out before this time.
        var nextCheck: UInt64 = .max

        func index(of id: UInt64) -> Int? {
            var (low, high) = (0, entries.count)
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].id < id { low = middle + 1 } else { high = middle }
            }
            return low < entries.count && entries[low].id == id ? low : nil
        }
    }

    let stragglerNanoseconds: UInt64
    static let abandonNanoseconds: UInt64 = 1_000_000_000
    /// Called on a worker's thread each time a file is done.
    private let finished: @Sendable () -> Void
    private let state: Mutex<State>

    init(width: Int, stragglerNanoseconds: UInt64, finished: @escaping @Sendable () -> Void) {
        self.stragglerNanoseconds = stragglerNanoseconds
        self.finished = finished
        state = Mutex(State(idleWorkers: max(width, 1)))
    }

    var isEmpty: Bool { state.withLock { $0.entries.isEmpty } }

    /// Hands files to the workers, behind those already in hand.
    func submit(_ jobs: [Job]) {
        guard !jobs.isEmpty else { return }
        let starting = state.withLock { state in
            for job in jobs {
                state.entries.append(
                    Entry(id: state.nextID, job: job, budget: ExtractionBudget(seconds: job.budgetSeconds)))
                state.nextID += 1
            }
            let starting = min(state.idleWorkers, jobs.count)
            state.idleWorkers -= starting
            return starting
        }
        startWorkers(starting)
    }

    /// Each worker is a thread of its own, not a task on Dispatch's pool: the pool adds no thread while its threads
    /// are busy, and a replacement for an abandoned worker must run while that one still computes.
    private func startWorkers(_ count: Int) {
        for _ in 0..<count {
            let thread = Thread { [self] in self.workUntilNoneWaits() }
            thread.name = "wiredesk.intake"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// A worker's loop: takes the earliest file no worker has begun, until none is left.
    private func workUntilNoneWaits() {
        while let (id, job, budget) = claimNext() {
            let output = Self.work(job, budget) { file in
                state.withLock { state in
                    if let index = state.index(of: id) { state.entries[index].loaded = file }
                }
            }
            let (kept, replaced) = state.withLock { state in
                // An abandoned file was recorded without this worker, which another has replaced.
                guard let index = state.index(of: id), !state.entries[index].abandoned else { return (false, true) }
                state.entries[index].output = output
                state.entries[index].finishedAt = SystemClock.monotonicNanoseconds()
                return (true, state.entries[index].replaced)
            }
            if kept { finished() }
            // A worker whose place another took while it straggled ends: the number of workers stays the width.
            if replaced { return }
        }
    }

    /// Reads, stores and extracts one file; a budget already over (the daemon is stopping) leaves it unread.
    private static func work(
        _ job: Job, _ budget: ExtractionBudget, stored: (FileIntake.LoadedFile) -> Void
    ) -> Output {
        guard !budget.isOver else { return .notTaken }
        do {
            let file: FileIntake.LoadedFile
            switch try job.intake.take(job.path, settled: job.status) {
            case .loaded(let loaded): file = loaded
            case .skipped(let skip): return .skipped(skip)
            }
            stored(file)
            let consumption = job.intake.consumption(of: file, budget: budget)
            if case .failure(.interrupted) = consumption.result { return .notTaken }
            return .loaded(file, consumption)
        } catch {
            return .failed(error)
        }
    }

    private func claimNext() -> (UInt64, Job, ExtractionBudget)? {
        state.withLock { state in
            guard let index = state.index(of: state.nextToStart) else {
                state.idleWorkers += 1
                return nil
            }
            state.nextToStart += 1
            let now = SystemClock.monotonicNanoseconds()
            state.entries[index].startedAt = now
            state.nextCheck = min(state.nextCheck, now + stragglerNanoseconds)
            return (state.entries[index].id, state.entries[index].job, state.entries[index].budget)
        }
    }

    /// Takes, in the order received, the files that are done, up to `limit`: a file still being worked on stops the
    /// taking unless it is a straggler, which is passed over and stays in hand.
    ///
    /// While files right behind them are still being extracted, the done ones are gathered into one batch for up to
    /// `gathering` nanoseconds (or until `limit` are done), since a commit's cost is mostly per transaction; `retryAt`
    /// says when to look again. With nothing more on the way, they are taken at once.
    func takeFinished(now: UInt64, limit: Int, gathering: UInt64) -> (
        finished: [(job: Job, output: Output)], retryAt: UInt64?
    ) {
        state.withLock { state in
            var taken: [(job: Job, output: Output)] = []
            var stragglers: [Int] = []
            var index = 0
            var moreOnTheWay = false
            var firstDone = UInt64.max
            while index < state.entries.count, taken.count < limit {
                if let output = state.entries[index].output {
                    taken.append((state.entries[index].job, output))
                    firstDone = min(firstDone, state.entries[index].finishedAt ?? 0)
                } else if let startedAt = state.entries[index].startedAt, now >= startedAt + stragglerNanoseconds {
                    stragglers.append(index)
                } else {
                    moreOnTheWay = true
                    break
                }
                index += 1
            }
            guard !taken.isEmpty else { return ([], nil) }
            if taken.count < limit, moreOnTheWay, now < firstDone + gathering {
                return ([], firstDone + gathering)
            }
            let kept = stragglers.map { state.entries[$0] }
            state.entries.replaceSubrange(0..<index, with: kept)
            return (taken, nil)
        }
    }

    /// Spends the budget of every file worked on for longer than allowed, and gives up on those that went on
    /// regardless; returns when the next budget, grace or straggler delay runs out, for the caller's timer.
    func spendOverdue(now: UInt64) -> UInt64? {
        let (next, starting) = state.withLock { state -> (UInt64?, Int) in
            guard now >= state.nextCheck else { return (state.nextCheck == .max ? nil : state.nextCheck, 0) }
            var next = UInt64.max
            var replacements = 0
            func wake(at time: UInt64) { if now < time { next = min(next, time) } }
            for index in state.entries.indices where state.entries[index].output == nil {
                guard let startedAt = state.entries[index].startedAt else { continue }
                let overdue = startedAt + state.entries[index].budgetNanoseconds
                wake(at: startedAt + stragglerNanoseconds)
                // A straggler keeps its thread, but gives up its place: the files behind it go on being extracted
                // on every core even when every worker holds a slow file.
                if !state.entries[index].replaced, now >= startedAt + stragglerNanoseconds {
                    state.entries[index].replaced = true
                    replacements += 1
                }
                guard now >= overdue else {
                    wake(at: overdue)
                    continue
                }
                state.entries[index].budget.spend()
                // Still reading: a read ends by itself; it is looked at again once the grace is over.
                guard let file = state.entries[index].loaded else {
                    wake(at: max(overdue + Self.abandonNanoseconds, now + stragglerNanoseconds))
                    continue
                }
                guard now >= overdue + Self.abandonNanoseconds else {
                    wake(at: overdue + Self.abandonNanoseconds)
                    continue
                }
                let job = state.entries[index].job
                state.entries[index].output = .loaded(
                    file, job.intake.rejection(of: file, .overBudget(seconds: job.budgetSeconds)))
                state.entries[index].finishedAt = now
                state.entries[index].abandoned = true
                if !state.entries[index].replaced { replacements += 1 }
            }
            state.nextCheck = next
            let waiting = Int(state.nextID - state.nextToStart)
            let starting = min(replacements, waiting)
            state.idleWorkers += replacements - starting
            return (next == .max ? nil : next, starting)
        }
        startWorkers(starting)
        return next
    }

    /// Stops every file in hand: each worker gives up at its extraction's next check (a file not begun is not read)
    /// and its file stays where it is.
    func withdrawAll() {
        state.withLock { state in
            for index in state.entries.indices { state.entries[index].budget.withdraw() }
        }
    }
}
