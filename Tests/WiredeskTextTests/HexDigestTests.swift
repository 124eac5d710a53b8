import Testing
import WiredeskText

@Suite struct HexDigestTests {
    @Test(
        arguments: [([], ""), ([0x00, 0x0F, 0xA5, 0xFF], "000fa5ff"), ([0x12, 0x34], "1234")] as [([UInt8], String)])
    func writesLowerCaseDigits(bytes: [UInt8], expected: String) {
        #expect(HexDigest.lowercase(bytes) == expected)
    }
}
