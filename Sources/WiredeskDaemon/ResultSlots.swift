import Synchronization

/// Fixed slots that concurrent workers fill by index, read once all of them are done.
final class ResultSlots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) {
        storage = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: Value) {
        storage.withLock { $0[index] = value }
    }

    /// The values in index order; every slot must have been set.
    var values: [Value] {
        storage.withLock { $0.map { $0! } }
    }
}
