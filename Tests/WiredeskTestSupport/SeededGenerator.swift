import Foundation

/// A random number generator that replays: SplitMix64 from a seed. A test that draws at random prints its seed, and
/// `WIREDESK_TEST_SEED` set to that seed draws the same numbers again.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// Seeded from `WIREDESK_TEST_SEED` when it holds a number, else from the system's generator.
    public static func fromEnvironment() -> SeededGenerator {
        let given = ProcessInfo.processInfo.environment["WIREDESK_TEST_SEED"].flatMap { UInt64($0) }
        var system = SystemRandomNumberGenerator()
        return SeededGenerator(seed: given ?? system.next())
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
