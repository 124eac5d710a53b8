import Foundation
import Testing
import WiredeskCore

/// Parse throughput over the Reuters dev stories and the seeds, printed so regressions show.
@Suite struct ParseSpeedTests {
    /// A floor well below the measured figure in a debug build, so only a gross regression fails. The figures that
    /// count come from the release benchmark, `scripts/bench-extract`.
    static let minimumStoriesPerSecond = 300.0

    @Test func parsesManyStoriesPerSecond() throws {
        let names = try FileManager.default.contentsOfDirectory(
            at: CorpusFixtures.corpusDirectory.appendingPathComponent("reuters-dev/files"),
            includingPropertiesForKeys: nil)
        var texts = try names.map { try TextDecoder.decode([UInt8](try Data(contentsOf: $0))) }
        for seed in try FileManager.default.contentsOfDirectory(
            at: CorpusFixtures.corpusDirectory.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
        {
            texts.append(try TextDecoder.decode([UInt8](try Data(contentsOf: seed))))
        }
        let receivedAt = Date(timeIntervalSince1970: 541_000_000)
        let rounds = 5
        let bytes = texts.reduce(0) { $0 + $1.utf8.count } * rounds
        let start = ContinuousClock.now
        var words = 0
        for _ in 0..<rounds {
            for text in texts {
                words += WireCopyParser.parse(text: text, receivedAt: receivedAt, hints: ArticleHints()).wordCount
            }
        }
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perSecond = Double(texts.count * rounds) / seconds
        print(
            "parse: \(Int(perSecond)) stories/s, \(Int(Double(bytes) / seconds / 1_000_000)) MB/s "
                + "(\(texts.count * rounds) stories, average \(bytes / (texts.count * rounds)) bytes)")
        #expect(words > 0)
        #expect(perSecond >= Self.minimumStoriesPerSecond)
    }
}
