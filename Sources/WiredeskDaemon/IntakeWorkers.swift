import Foundation
import Synchronization
import WiredeskArchive
import WiredeskCore

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
        case other(FileIntake.Result)
        case failed(any Error)
        /// Not taken, or its extraction interrupted: the daemon is stopping and the file stays in the inbox.
        case notTaken
    }

    private struct Entry {
        var job: Job
        var budget: ExtractionBudget
        /// Monotonic nanoseconds at which a worker began the file; `nil` while it waits for a worker.
        var startedAt: UInt64?
        /// The file once read and stored, before its extraction.
        var loaded: FileIntake.LoadedFile?
        /// Another worker was started in this one's place because the file straggles.
        var replaced = false
        var output: Output?
    }

    private struct State {
        /// In the order received; finished entries leave from the front (stragglers aside).
        var entries: [Entry] = []
        var idleWorkers: Int
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
    var count: Int { state.withLock { $0.entries.count } }

    /// Hands files to the workers, behind those already in hand.
    func submit(_ jobs: [Job]) {
        guard !jobs.isEmpty else { return }
        let starting = state.withLock { state in
            for job in jobs {
                state.entries.append(Entry(job: job, budget: ExtractionBudget(seconds: job.budgetSeconds)))
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
        while let (job, budget) = claimNext() {
            let output = Self.work(job, budget) { file in
                state.withLock { state in
                    if let position = state.entries.firstIndex(where: { $0.budget === budget }) {
                        state.entries[position].loaded = file
                    }
                }
            }
            let (kept, replaced) = state.withLock { state in
                // Entries before it may have left meanwhile: find it again by its budget, which is its own. It is
                // gone only if it was abandoned, and then another worker has taken this one's place.
                guard let position = state.entries.firstIndex(where: { $0.budget === budget }) else {
                    return (false, true)
                }
                state.entries[position].output = output
                return (true, state.entries[position].replaced)
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
            let taken = try job.intake.take(job.path, settled: job.status)
            guard case .loaded(let file) = taken else { return .other(taken) }
            stored(file)
            let consumption = job.intake.consumption(of: file, budget: budget)
            if case .failure(.interrupted) = consumption.result { return .notTaken }
            return .loaded(file, consumption)
        } catch {
            return .failed(error)
        }
    }

    private func claimNext() -> (Job, ExtractionBudget)? {
        state.withLock { state in
            guard let index = state.entries.firstIndex(where: { $0.startedAt == nil }) else {
                state.idleWorkers += 1
                return nil
            }
            state.entries[index].startedAt = Clock.monotonicNanoseconds()
            return (state.entries[index].job, state.entries[index].budget)
        }
    }

    /// Takes, in the order received, the files that are done, up to `limit`: a file still being worked on stops the
    /// taking unless it is a straggler, which is passed over and stays in hand.
    func takeFinished(now: UInt64, limit: Int) -> [(job: Job, output: Output)] {
        state.withLock { state in
            var taken: [(job: Job, output: Output)] = []
            var kept: [Entry] = []
            var index = 0
            while index < state.entries.count, taken.count < limit {
                let entry = state.entries[index]
                if let output = entry.output {
                    taken.append((entry.job, output))
                } else if let startedAt = entry.startedAt, now >= startedAt + stragglerNanoseconds {
                    kept.append(entry)
                } else {
                    break
                }
                index += 1
            }
            guard !taken.isEmpty else { return [] }
            state.entries.replaceSubrange(0..<index, with: kept)
            return taken
        }
    }

    /// Spends the budget of every file worked on for longer than allowed, and gives up on those that went on
    /// regardless; returns when the next budget, grace or straggler delay runs out, for the caller's timer.
    func spendOverdue(now: UInt64) -> UInt64? {
        let (next, starting) = state.withLock { state in
            var next: UInt64?
            var replacements = 0
            func wake(at time: UInt64) { if now < time { next = min(next ?? time, time) } }
            for index in state.entries.indices where state.entries[index].output == nil {
                let entry = state.entries[index]
                guard let startedAt = entry.startedAt else { continue }
                let overdue = startedAt + UInt64(min(max(entry.job.budgetSeconds, 0.001), 1e9) * 1e9)
                wake(at: startedAt + stragglerNanoseconds)
                // A straggler keeps its thread, but gives up its place: the files behind it go on being extracted
                // on every core even when every worker holds a slow file.
                if !entry.replaced, now >= startedAt + stragglerNanoseconds {
                    state.entries[index].replaced = true
                    replacements += 1
                }
                guard now >= overdue else {
                    wake(at: overdue)
                    continue
                }
                entry.budget.spend()
                guard let file = entry.loaded else { continue }  // still reading: the read ends by itself
                guard now >= overdue + Self.abandonNanoseconds else {
                    wake(at: overdue + Self.abandonNanoseconds)
                    continue
                }
                let rejection = entry.job.intake.rejection(of: file, .overBudget(seconds: entry.job.budgetSeconds))
                state.entries[index].output = .loaded(file, rejection)
                // A new identity, so that the abandoned worker no longer finds its entry (and ends).
                state.entries[index].budget = ExtractionBudget(seconds: entry.job.budgetSeconds)
                if !state.entries[index].replaced { replacements += 1 }
            }
            let waiting = state.entries.lazy.filter { $0.startedAt == nil }.count
            let starting = min(replacements, waiting)
            state.idleWorkers += replacements - starting
            return (next, starting)
        }
        startWorkers(starting)
        return next
    }

    /// Stops every file in hand: each worker gives up at its extraction's next check (a file not begun is not read)
    /// and its file stays where it is.
    func withdrawAll() {
        state.withLock { state in
            for entry in state.entries { entry.budget.withdraw() }
        }
    }
}
