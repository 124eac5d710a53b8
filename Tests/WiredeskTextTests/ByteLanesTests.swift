import Testing
import WiredeskText

@Suite struct ByteLanesTests {
    /// Each lane's verdict, as the high bits a lane test sets, checked against the same test on each byte alone.
    private static func lanes(_ bytes: [UInt8], _ test: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | (test($1.element) ? 0x80 << UInt64(8 * $1.offset) : 0) }
    }

    private static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }

    /// Every byte value appears in some lane of some word.
    private static let words: [[UInt8]] = stride(from: 0, to: 256, by: 8).map { start in
        (0..<8).map { UInt8((start + $0 * 37) & 0xFF) }
    }

    @Test func withinAgreesWithARangeTest() {
        for bytes in Self.words {
            for range: ClosedRange<UInt8> in [0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x00...0x7F, 0x20...0x20] {
                #expect(ByteLanes.within(Self.word(bytes), range) == Self.lanes(bytes) { range.contains($0) })
            }
        }
    }

    @Test func equalAndNonASCIIAgreeWithByteTests() {
        for bytes in Self.words {
            for byte: UInt8 in [0x00, 0x20, 0x3C, 0x80, 0xC2, 0xFF] {
                #expect(
                    ByteLanes.equal(Self.word(bytes), broadcast: ByteLanes.broadcast(byte))
                        == Self.lanes(bytes) { $0 == byte })
            }
            #expect(ByteLanes.nonASCII(Self.word(bytes)) == Self.lanes(bytes) { $0 >= 0x80 })
        }
    }

    @Test func broadcastRepeatsTheByte() {
        #expect(ByteLanes.broadcast(0x3C) == 0x3C3C_3C3C_3C3C_3C3C)
        #expect(ByteLanes.highBits == ByteLanes.broadcast(0x80))
    }
}
