import Testing

@testable import WiredeskArchive

struct ScalableBloomFilterTests {
    /// Keys as band keys are: well-mixed 64-bit values.
    static func keys(_ count: Int, seed: UInt64) -> [Int64] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int64(bitPattern: z ^ (z >> 31))
        }
    }

    @Test(arguments: [0, 1, 4_096, 50_000])
    func everyKeyAddedIsFoundAndFewOthersAre(count: Int) {
        var filter = ScalableBloomFilter()
        let present = Self.keys(count, seed: 1)
        for key in present { filter.insert(key) }
        #expect(present.allSatisfy(filter.mayContain))
        let falsePositives = Self.keys(100_000, seed: 2).filter(filter.mayContain).count
        // About one in 1,400 per layer; 50,000 keys fill four layers.
        #expect(falsePositives < 100_000 / 200)
    }
}
