import Testing
import WiredeskText

@testable import WiredeskCore

/// The eight-bytes-at-a-time scan for places an agency name may start must call at exactly the places `mayStart`
/// accepts, wherever capitals, digits, `dpa` and multi-byte characters fall against the eight-byte lanes.
@Suite struct AliasTrieScanTests {
    @Test func findsTheStartsMayStartAccepts() {
        let pieces = [
            "IRNA", "dpa", "said", " ", "  ", ",", "(", "Xinhua", "9", "Ž", "ČTK", "\u{A0}", "é", "-", "AFP", "o", "Z",
            "ТАСС", "新华社", "北京", "واس", "/", "연합뉴스",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let trie = AgencyCatalog.aliasTrie
        for _ in 0..<3_000 {
            let text = (0..<(next() % 14)).map { _ in pieces[next() % pieces.count] }.joined()
            let bytes = Array(text.utf8)
            bytes.withBytes { buffer in
                var found: [Int] = []
                trie.forEachPossibleStart(in: buffer) { found.append($0) }
                let expected = buffer.indices.filter { trie.mayStart(buffer, at: $0) }
                #expect(found == expected, "\(bytes)")
            }
        }
    }
}
