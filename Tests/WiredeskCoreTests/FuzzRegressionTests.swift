import Foundation
import Testing
import WiredeskCore

/// Replays the inputs in `Fixtures/fuzz-regressions` (what `scripts/fuzz` found, and edge cases like them) through
/// the fuzzer's entry points: the text decoder, the HTML extraction and the whole pipeline with the near-duplicate
/// signature of what it extracts. Each must come back with a value or a rejection; a crash fails the whole run.
struct FuzzRegressionTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("fuzz-regressions")
    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    static let received = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func theFolderHoldsInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func replays(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        if case .success(let text) = Result(catching: { () throws(Rejection) in try TextDecoder.decode(bytes) }) {
            #expect(!text.utf8.contains(0x0D))
        }
        if case .success(let page) = Result(catching: { () throws(Rejection) in try HTMLExtractor.extract(bytes) }) {
            #expect(!page.body.utf8.contains(0x0D))
        }
        // As the fuzzer reads it (no extension: the content decides), then by the name it was given.
        for fileName in ["input", name] {
            if case .success(let extracted) = ArticleExtractor().extract(
                bytes, fileName: fileName, receivedAt: Self.received)
            {
                let article = extracted.article
                #expect(article.body.contains { !$0.isWhitespace })
                #expect(extracted.contentHash.utf8.count == 64)
                // What the daemon then computes of every article it keeps.
                let signature = NearDuplicateSignature(title: article.title, body: article.body, shingleSize: 3)
                #expect(signature.bandKeys.count == NearDuplicateSignature.bands)
                #expect(signature.jaccard(with: signature) == 1)
                _ = (signature.numbers, signature.names)
            }
        }
    }
}
