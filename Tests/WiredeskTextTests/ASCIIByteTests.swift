import Testing
import WiredeskText

@Suite struct ASCIIByteTests {
    @Test func classesAgreeWithRangesForEveryByte() {
        for value in 0...255 {
            let byte = UInt8(value)
            #expect(ASCIIByte.isUppercase(byte) == (0x41...0x5A).contains(byte))
            #expect(ASCIIByte.isLowercase(byte) == (0x61...0x7A).contains(byte))
            #expect(ASCIIByte.isLetter(byte) == ((0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)))
            #expect(ASCIIByte.isDigit(byte) == (0x30...0x39).contains(byte))
        }
    }
}
