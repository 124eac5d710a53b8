import Foundation

/// Converts bytes in a legacy charset to UTF-8 through iconv, the converter libxml2 itself would use.
///
/// iconv reads and writes through pointers it advances; they point into two arrays that this type owns for the
/// whole call (the input copy and one output chunk), and each call is told the room left, so neither pointer leaves
/// its array. The converter is closed before returning.
public enum CharsetConverter {
    /// `bytes` read in the charset called `label` and written in UTF-8; a byte that starts no character of the
    /// charset, or a character cut off by the end, reads as U+FFFD (where libxml2 would stop reading the page). `nil`
    /// when iconv does not know the charset.
    public static func utf8(of bytes: [UInt8], charset label: String) -> [UInt8]? {
        var converter = iconv_open("UTF-8", label)
        if converter == invalidConverter { converter = iconv_open("UTF-8", label.uppercased()) }
        guard converter != invalidConverter else { return nil }
        defer { iconv_close(converter) }
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 2)
        var input = bytes
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        input.withUnsafeMutableBufferPointer { inputBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                let chunkStart = UnsafeMutableRawPointer(chunkBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var next = inputBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var left = inputBuffer.count
                while true {
                    var output: UnsafeMutablePointer<CChar>? = chunkStart
                    var room = chunkBuffer.count
                    // With the input used up, a last call writes what a stateful charset still owes.
                    let flushing = left == 0
                    let status =
                        flushing
                        ? iconv(converter, nil, nil, &output, &room) : iconv(converter, &next, &left, &output, &room)
                    let failure = status == -1 ? errno : 0
                    result.append(
                        contentsOf: UnsafeBufferPointer(start: chunkBuffer.baseAddress, count: chunkBuffer.count - room)
                    )
                    if failure == E2BIG { continue }
                    if flushing { return }
                    if failure == 0 { continue }
                    result += replacement
                    // EILSEQ: a byte that starts no character; otherwise (EINVAL) the input ends inside one.
                    guard failure == EILSEQ else { return }
                    next = next.map { $0 + 1 }
                    left -= 1
                }
            }
        }
        return result
    }

    private static var invalidConverter: iconv_t? { iconv_t(bitPattern: -1) }
}
