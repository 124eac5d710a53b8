import ArgumentParser
import Foundation
import WiredeskCore

/// `wiredesk extract`: the archive's decode/clean/extract pipeline on one file, writing nothing.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the record wiredesk would archive for one file, without writing anything."
    )

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(help: "Largest file accepted, in bytes.")
    var maxFileBytes = 32 * 1024 * 1024

    @Argument(help: "The file to read.")
    var file: String

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let bytes: [UInt8]
        let modified: Date
        do {
            bytes = Array(try Data(contentsOf: url))
            modified = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date ?? Date()
        } catch {
            throw ValidationError("cannot read \(file): \(error.localizedDescription)")
        }
        let result = ArticleExtractor(maxFileBytes: maxFileBytes)
            .extract(bytes, fileName: url.lastPathComponent, receivedAt: modified)
        switch result {
        case .failure(let rejection):
            FileHandle.standardError.write(Data("rejected: \(rejection.reason)\n".utf8))
            throw ExitCode(2)
        case .success(let extracted):
            print(json ? try ExtractedRecord(extracted).json() : ExtractedRecord(extracted).text())
        }
    }
}

/// The printed form of an extracted article; the JSON keys are the archive's column names.
struct ExtractedRecord: Encodable {
    var title: String?
    var body: String
    var published: String?
    var place: String?
    var dateline: String?
    var agency: String?
    var byline: String?
    var language: String?
    var sources: [Source]
    var wordCount: Int
    var contentHash: String

    struct Source: Encodable {
        var name: String
        var role: String
    }

    init(_ extracted: ExtractedArticle) {
        let article = extracted.article
        title = article.title
        body = article.body
        published = article.published
        place = article.place
        dateline = article.dateline
        agency = article.agency
        byline = article.byline
        language = article.language
        sources = article.sources.map { Source(name: $0.name, role: $0.role.rawValue) }
        wordCount = article.wordCount
        contentHash = extracted.contentHash
    }

    enum CodingKeys: String, CodingKey {
        case title, body, published, place, dateline, agency, byline, language, sources
        case wordCount = "word_count"
        case contentHash = "content_hash"
    }

    // Absent values are printed as null, so every key is always there for scripts.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(body, forKey: .body)
        try container.encode(published, forKey: .published)
        try container.encode(place, forKey: .place)
        try container.encode(dateline, forKey: .dateline)
        try container.encode(agency, forKey: .agency)
        try container.encode(byline, forKey: .byline)
        try container.encode(language, forKey: .language)
        try container.encode(sources, forKey: .sources)
        try container.encode(wordCount, forKey: .wordCount)
        try container.encode(contentHash, forKey: .contentHash)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    func text() -> String {
        let fields: [(String, String?)] = [
            ("title", title), ("dateline", dateline), ("place", place), ("published", published),
            ("agency", agency), ("byline", byline), ("language", language),
            ("cited", sources.filter { $0.role == "cited" }.map(\.name).joined(separator: ", ")),
        ]
        let header = fields.map { "\($0.0): \($0.1 ?? "")" }.joined(separator: "\n")
        return header + "\n\n" + body
    }
}
