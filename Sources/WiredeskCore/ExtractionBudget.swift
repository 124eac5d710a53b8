import Synchronization

/// How long one file's extraction may go on, as its caller keeps watch: the caller, which owns the clock, marks the
/// budget spent when the file has taken too long, or withdraws it when the daemon stops; the stages look at it between
/// steps of their work and give up with `Rejection.overBudget` or `Rejection.interrupted`.
///
/// Looking costs one relaxed atomic load, so a stage may look every few thousand steps of a loop. Every stage is
/// linear in its input; the budget is what bounds a file whose size alone makes it slow, and lets a stopping daemon
/// leave a long extraction without waiting for it.
public final class ExtractionBudget: Sendable {
    /// A budget that is never spent: extraction of a single file on the command line.
    public static let unlimited = ExtractionBudget(seconds: .infinity)

    /// The time allowed, which the rejection states.
    public let seconds: Double
    private let state = Atomic<UInt8>(State.running.rawValue)

    private enum State: UInt8 {
        case running, spent, withdrawn
    }

    public init(seconds: Double) {
        self.seconds = seconds
    }

    /// The file has taken longer than `seconds`: its extraction stops and it is rejected.
    public func spend() {
        _ = state.compareExchange(expected: State.running.rawValue, desired: State.spent.rawValue, ordering: .relaxed)
    }

    /// The caller no longer wants the result (the daemon is stopping): extraction stops and the file stays where it
    /// is.
    public func withdraw() {
        _ = state.compareExchange(
            expected: State.running.rawValue, desired: State.withdrawn.rawValue, ordering: .relaxed)
    }

    /// Whether the work should stop now.
    public var isOver: Bool { state.load(ordering: .relaxed) != State.running.rawValue }

    /// Steps of a loop between two looks at the budget, in `check(atStep:)`: a few milliseconds of work at most.
    static let stepsBetweenChecks = 4_096

    /// `check()` on every `stepsBetweenChecks`-th step of a loop, counted by the caller: a long loop stops soon
    /// after the budget is spent, and the other steps cost a test of the counter.
    @inline(__always)
    func check(atStep step: Int) throws(Rejection) {
        if step & (Self.stepsBetweenChecks - 1) == 0 { try check() }
    }

    /// Throws the rejection that ends the extraction once the budget is spent or withdrawn.
    public func check() throws(Rejection) {
        switch State(rawValue: state.load(ordering: .relaxed)) {
        case .spent: throw .overBudget(seconds: seconds)
        case .withdrawn: throw .interrupted
        case .running, nil: return
        }
    }
}
