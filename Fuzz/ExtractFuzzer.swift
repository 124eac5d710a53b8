// libFuzzer target over WiredeskCore's entry points: the text decoder, the HTML extraction and the whole
// `ArticleExtractor` pipeline. Built and run by `scripts/fuzz`, which links it against a sanitized build of
// WiredeskCore; it is not part of the package.
import Foundation
import WiredeskCore

/// The entry points a run feeds, from `$WIREDESK_FUZZ_ENTRY`: `decode`, `html`, `pipeline`, or `all` (the default),
/// which gives every input to the decoder and the pipeline, and to the HTML extraction when the pipeline does not
/// already take it there, so that each input's cost counts one HTML parse at most.
enum FuzzEntry: String {
    case decode, html, pipeline, all

    static let selected: FuzzEntry = {
        let name = ProcessInfo.processInfo.environment["WIREDESK_FUZZ_ENTRY"] ?? "all"
        guard let entry = FuzzEntry(rawValue: name) else {
            FileHandle.standardError.write(Data("unknown WIREDESK_FUZZ_ENTRY \(name)\n".utf8))
            exit(64)
        }
        return entry
    }()
}

/// A fixed receive time, so that a finding replays the same way on every run.
let receivedAt = Date(timeIntervalSince1970: 1_700_000_000)

/// Values are read so that the optimizer cannot drop the work that made them.
@inline(never)
func consume<Value>(_ value: Value) {
    withExtendedLifetime(value) {}
}

func decode(_ bytes: [UInt8]) {
    consume(Result { () throws(Rejection) in try TextDecoder.decode(bytes) })
}

func extractHTML(_ bytes: [UInt8]) {
    consume(Result { () throws(Rejection) in try HTMLExtractor.extract(bytes) })
}

/// The pipeline, then what the daemon computes of every article it keeps: its near-duplicate signature, and the
/// figures and names that verifying a candidate compares.
func extractArticle(_ bytes: [UInt8]) {
    // No extension: the content decides between wire copy and web page, as for a file dropped without one.
    guard case .success(let extracted) = ArticleExtractor().extract(bytes, fileName: "input", receivedAt: receivedAt)
    else { return }
    let article = extracted.article
    let signature = NearDuplicateSignature(title: article.title, body: article.body, shingleSize: 3)
    consume((signature.numbers, signature.names, signature.jaccard(with: signature)))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    switch FuzzEntry.selected {
    case .decode: decode(bytes)
    case .html: extractHTML(bytes)
    case .pipeline: extractArticle(bytes)
    case .all:
        decode(bytes)
        if !ContentSniffer.isHTML(bytes, fileName: "input") { extractHTML(bytes) }
        extractArticle(bytes)
    }
    return 0
}
