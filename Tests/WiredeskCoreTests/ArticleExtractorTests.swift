import Foundation
import Testing
import WiredeskCore

@Suite struct ArticleExtractorTests {
    static let received = Date(timeIntervalSince1970: 1_700_000_000)

    static func extract(_ bytes: [UInt8], name: String = "story.txt", limit: Int = 1 << 20) -> Result<
        ExtractedArticle, Rejection
    > {
        ArticleExtractor(maxFileBytes: limit).extract(bytes, fileName: name, receivedAt: received)
    }

    @Test(
        arguments: [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "binary: PNG image"),
            (Array("%PDF-1.7\n%âãÏÓ".utf8), "binary: PDF document"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "binary: ZIP archive"),
            ([0xFF, 0xD8, 0xFF, 0xE0], "binary: JPEG image"),
            ([0x1F, 0x8B, 0x08, 0x00], "binary: gzip archive"),
            (Array("Some text\u{0}with a NUL byte".utf8), "binary: contains NUL bytes"),
            ([], "empty: the file has no bytes"),
            (Array(" \n\t\r\n  ".utf8), "empty: the file holds only whitespace"),
        ] as [([UInt8], String)])
    func rejectsWhatIsNotText(bytes: [UInt8], reason: String) {
        guard case .failure(let rejection) = Self.extract(bytes) else {
            Issue.record("accepted \(bytes.prefix(8))")
            return
        }
        #expect(rejection.reason == reason)
    }

    @Test func rejectsFilesOverTheLimit() {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: 2048)
        #expect(Self.extract(bytes, limit: 1024) == .failure(.tooLarge(size: 2048, limit: 1024)))
    }

    @Test func utf16WithByteOrderMarkIsText() throws {
        let text = "Storm closes port\n\nThe port closed on Monday, officials said.\n"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let plain = try Self.extract(Array(text.utf8)).get()
        #expect(try Self.extract(littleEndian).get().contentHash == plain.contentHash)
        #expect(try Self.extract(bigEndian).get().contentHash == plain.contentHash)
    }

    @Test func theSameArticleCollidesAcrossEncodingsLineEndingsAndSpacing() throws {
        let text = "Café owners protest\n\nCafé owners in the city protested on Monday against new rules.\n"
        let variants: [[UInt8]] = [
            Array(text.utf8),
            [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8),
            Array(text.replacingOccurrences(of: " ", with: "   ").utf8),
            Array(text.utf8).flatMap { $0 == 0xC3 ? [] : $0 == 0xA9 ? [0xE9] : [$0] },  // Windows-1252
            Array(text.decomposedStringWithCanonicalMapping.utf8),  // NFD
        ]
        let hashes = try variants.map { try Self.extract($0).get().contentHash }
        #expect(Set(hashes).count == 1)
        let other = "Café owners protest\n\nCafé owners in the city protested on Tuesday against new rules.\n"
        #expect(try Self.extract(Array(other.utf8)).get().contentHash != hashes[0])
    }

    @Test func bodiesAreStoredInNFC() throws {
        let decomposed = "Zu\u{0308}rich talks\n\nDelegates met in Zu\u{0308}rich on Monday to resume talks.\n"
        let article = try Self.extract(Array(decomposed.utf8)).get().article
        #expect(article.body.contains("Zürich"))
        #expect(
            article.body.unicodeScalars.elementsEqual(article.body.precomposedStringWithCanonicalMapping.unicodeScalars)
        )
    }

    @Test func htmlIsRecognisedByContentEvenWithoutItsExtension() {
        #expect(ContentSniffer.isHTML(Array("\u{FEFF}  <!DOCTYPE html><html>".utf8), fileName: "page.txt"))
        #expect(ContentSniffer.isHTML(Array("<html lang=en>".utf8), fileName: "page"))
        #expect(ContentSniffer.isHTML(Array("plain".utf8), fileName: "saved.HTM"))
        #expect(!ContentSniffer.isHTML(Array("Use <b> for bold, reporters were told.".utf8), fileName: "story.txt"))
    }
}
