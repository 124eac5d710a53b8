import BenchmarkSupport
import Foundation
@_spi(Benchmarks) import WiredeskCore

// Metadata-extraction benchmark: stories/s of `WireCopyParser.parse` on one core, beside the time to merely read
// and to decode the same files. Two sets: the Reuters dev stories and generated ~3 KB wire stories of several
// agencies (written to a temporary folder, so reading them is measured the same way).
//
// usage: wiredesk-bench-extract [--corpus DIR] [--stories N] [--seconds S] [--parse-only] [--html DIR [--stage S]]
//        wiredesk-bench-extract --hostile [--size BYTES] [--seconds S] [--only NAME] [--write DIR]
// `--parse-only` times nothing but the parser, for a profiler (`perf record -g`) to see it alone.
// `--html DIR` times the extraction of the pages `wiredesk extract --batch DIR` reads instead (every */source.html below
// DIR, else every .html file), in CPU time of this one thread after one untimed extraction of the first page, as that
// command does: `--stage libxml2` libxml2's bare parse, `html` the HTML stage alone, `full` (the default) everything
// `wiredesk extract` does; with `--seconds 0` each page is extracted once (what `scripts/bench-html` compares, and
// an instruction count for `valgrind --tool=callgrind`).
// `--hostile` times the whole extraction of every member of `HostileInputs` (about `--size` bytes each, 1 MiB by
// default), in CPU time of this one thread, beside an ordinary page or story of the same size: ms per file, µs per
// KB and the ratio of the two costs per KB. `--only` keeps the members whose name contains NAME; `--write DIR` writes
// them to DIR instead, for `wiredesk extract` or a profiler.

struct Options {
    var corpus = "/work/shared/corpus/reuters-dev/files"
    var stories = 2_000
    var seconds = 2.0
    var parseOnly = false
    var htmlFolder: String?
    var stage = "full"
    var hostile = false
    var size = 1 << 20
    var only: String?
    var writeFolder: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--corpus": corpus = iterator.next() ?? corpus
            case "--stories": stories = iterator.next().flatMap { Int($0) } ?? stories
            case "--seconds": seconds = iterator.next().flatMap { Double($0) } ?? seconds
            case "--parse-only": parseOnly = true
            case "--html": htmlFolder = iterator.next()
            case "--stage": stage = iterator.next() ?? stage
            case "--hostile": hostile = true
            case "--size": size = iterator.next().flatMap { Int($0) } ?? size
            case "--only": only = iterator.next()
            case "--write": writeFolder = iterator.next()
            default:
                print(
                    "usage: wiredesk-bench-extract [--corpus DIR] [--stories N] [--seconds S] [--parse-only]"
                        + " [--html DIR [--stage libxml2|html|full]]"
                        + " | --hostile [--size BYTES] [--seconds S] [--only NAME] [--write DIR]")
                exit(2)
            }
        }
    }
}

/// Seconds taken by `body`, run repeatedly until at least `minimum` seconds have passed; per round.
func timePerRound(minimum: Double, _ body: () -> Void) -> (seconds: Double, rounds: Int) {
    let clock = ContinuousClock()
    var rounds = 0
    let start = clock.now
    var elapsed = 0.0
    repeat {
        body()
        rounds += 1
        let duration = start.duration(to: clock.now)
        elapsed = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    } while elapsed < minimum
    return (elapsed / Double(rounds), rounds)
}

func readAll(_ paths: [String]) -> [[UInt8]] {
    paths.map { path in
        guard let data = FileManager.default.contents(atPath: path) else {
            print("cannot read \(path)")
            exit(1)
        }
        return [UInt8](data)
    }
}

struct Measurement {
    var name: String
    var stories: Int
    var bytes: Int
    var read: Double
    var decode: Double
    var parse: Double
    var signature: Double
    var fingerprint: Double

    func report() {
        func rate(_ seconds: Double) -> String {
            String(
                format: "%10.0f stories/s  %8.1f MB/s  %8.2f µs/story", Double(stories) / seconds,
                Double(bytes) / seconds / 1e6, seconds / Double(stories) * 1e6)
        }
        print("\(name): \(stories) stories, \(bytes / max(stories, 1)) bytes average")
        print("  read files   " + rate(read))
        print("  decode       " + rate(decode))
        print("  parse        " + rate(parse) + "   <- WireCopyParser.parse, one core")
        print("  near-dup sig " + rate(signature) + "   <- NearDuplicateSignature of the parsed article")
        print("  hash + words " + rate(fingerprint) + "   <- ContentFingerprint.contentHash and Article.wordCount")
    }
}

func measure(name: String, paths: [String], options: Options) -> Measurement {
    let received = Date(timeIntervalSince1970: 541_000_000)
    let files = readAll(paths)
    let texts = files.map { (try? TextDecoder.decode($0)) ?? "" }
    var sink = 0
    let quick = options.parseOnly ? 0 : options.seconds / 4
    let read = timePerRound(minimum: quick) { sink &+= readAll(paths).count }
    let decode = timePerRound(minimum: quick) {
        for file in files { sink &+= ((try? TextDecoder.decode(file)) ?? "").utf8.count }
    }
    // One warm-up round so lazy tables and compiled patterns are not timed.
    for text in texts {
        sink &+= WireCopyParser.parse(text: text, receivedAt: received, hints: ArticleHints()).body.utf8.count
    }
    let parse = timePerRound(minimum: options.seconds) {
        for text in texts {
            sink &+= WireCopyParser.parse(text: text, receivedAt: received, hints: ArticleHints()).body.utf8.count
        }
    }
    let articles = texts.map { WireCopyParser.parse(text: $0, receivedAt: received, hints: ArticleHints()) }
    let signature = timePerRound(minimum: quick * 2) {
        for article in articles {
            sink &+= NearDuplicateSignature(title: article.title, body: article.body, shingleSize: 3).shingles.count
        }
    }
    let fingerprint = timePerRound(minimum: quick * 2) {
        for article in articles { sink &+= ContentFingerprint.contentHash(of: article).utf8.count &+ article.wordCount }
    }
    if sink == 42 { print("") }
    return Measurement(
        name: name, stories: files.count, bytes: files.reduce(0) { $0 + $1.count }, read: read.seconds,
        decode: decode.seconds, parse: parse.seconds, signature: signature.seconds,
        fingerprint: fingerprint.seconds)
}

/// Paths of the pages `wiredesk extract --batch` reads below `folder`: every `source.html`, or, when there is none,
/// every `.html` and `.htm` file; sorted. The same rule as `ExtractCommand.pages(below:)`, so that the stages timed
/// here are those of the pages that command times.
func htmlPages(below folder: String) -> [String] {
    var sources: [String] = []
    var pages: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let path = enumerator?.nextObject() as? String {
        let name = (path as NSString).lastPathComponent
        let suffix = (name as NSString).pathExtension.lowercased()
        if name == "source.html" { sources.append(path) }
        if suffix == "html" || suffix == "htm" { pages.append(path) }
    }
    return (sources.isEmpty ? pages : sources).sorted().map { folder + "/" + $0 }
}

/// ms per page of one HTML extraction stage over the pages below `folder`, in CPU time of this thread.
func measureHTML(folder: String, options: Options) {
    let paths = htmlPages(below: folder)
    let pages = readAll(paths)
    let names = paths.map { ($0 as NSString).lastPathComponent }
    let modified = paths.map { path in
        (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date()
    }
    let extractor = ArticleExtractor(maxFileBytes: 64 << 20)
    var sink = 0
    let stage: (Int) -> Void
    switch options.stage {
    case "libxml2": stage = { _ = try? HTMLExtractor.parseOnly(pages[$0]) }
    case "html": stage = { sink &+= ((try? HTMLExtractor.extract(pages[$0]))?.body.utf8.count ?? 0) }
    default:
        stage = {
            let result = extractor.extract(pages[$0], fileName: names[$0], receivedAt: modified[$0])
            if case .success(let extracted) = result { sink &+= extracted.article.body.utf8.count }
        }
    }
    // One-time setup (compiled patterns, lookup tables) belongs to process start, not to any page's cost.
    if !pages.isEmpty { stage(0) }
    var rounds = 0
    let start = threadSeconds()
    var elapsed = 0.0
    repeat {
        pages.indices.forEach(stage)
        rounds += 1
        elapsed = threadSeconds() - start
    } while elapsed < options.seconds
    if sink == 42 { print("") }
    let perRound = elapsed / Double(rounds)
    let bytes = pages.reduce(0) { $0 + $1.count }
    print(
        String(
            format: "%@ stage %@: %d pages, %d bytes average, %.4f s a round, %.3f ms/page, %.0f pages/s", folder,
            options.stage, pages.count, bytes / max(pages.count, 1), perRound,
            perRound * 1000 / Double(max(pages.count, 1)), perRound > 0 ? Double(pages.count) / perRound : 0))
}

/// CPU seconds this thread has used: other jobs on a shared machine do not inflate it.
func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// CPU seconds per extraction of `bytes`, repeated until `minimum` seconds have passed (once at least).
func extractionSeconds(_ bytes: [UInt8], fileName: String, minimum: Double) -> Double {
    let extractor = ArticleExtractor(maxFileBytes: 64 << 20)
    let received = Date(timeIntervalSince1970: 1_700_000_000)
    var sink = 0
    var rounds = 0
    let start = threadSeconds()
    var elapsed = 0.0
    repeat {
        if case .success(let extracted) = extractor.extract(bytes, fileName: fileName, receivedAt: received) {
            sink &+= extracted.article.body.utf8.count
        }
        rounds += 1
        elapsed = threadSeconds() - start
    } while elapsed < minimum
    if sink == 42 { print("") }
    return elapsed / Double(rounds)
}

/// The hostile family against ordinary files of the same size and kind: the goal is at most 3 times the cost per KB.
func measureHostile(options: Options) {
    let members = HostileInputs.all(size: options.size).filter { member in
        options.only.map { member.name.contains($0) } ?? true
    }
    if let folder = options.writeFolder {
        for member in members {
            _ = FileManager.default.createFile(
                atPath: folder + "/" + member.name + "." + member.fileName.split(separator: ".").last!,
                contents: Data(member.bytes))
        }
        return
    }
    func row(_ name: String, _ bytes: String, _ milliseconds: String, _ perKB: String, _ ratio: String) {
        let columns = [bytes, milliseconds, perKB, ratio].map {
            String(repeating: " ", count: max(0, 10 - $0.count)) + $0
        }
        print(name.padding(toLength: 32, withPad: " ", startingAt: 0) + columns.joined())
    }
    /// µs per KB of an ordinary page or story of `units` times the member size, measured once, when first needed.
    var yardsticks: [String: Double] = [:]
    func yardstick(html: Bool, units: Int) -> Double {
        let key = "\(html) \(units)"
        if let known = yardsticks[key] { return known }
        let bytes = units * options.size
        let file = html ? HostileInputs.ordinaryHTML(size: bytes) : HostileInputs.ordinaryText(size: bytes)
        let seconds = extractionSeconds(
            file, fileName: html ? "ordinary.html" : "ordinary.txt", minimum: options.seconds)
        let perKB = seconds / (Double(file.count) / 1024) * 1e6
        row(
            html ? "ordinary article page" : "ordinary wire story", "\(file.count)",
            String(format: "%.1f", seconds * 1000),
            String(format: "%.1f", perKB), "1.00")
        yardsticks[key] = perKB
        return perKB
    }
    row("member", "bytes", "ms/file", "µs/KB", "ratio")
    var slowest: (name: String, ratio: Double)?
    for member in members {
        let units = max(1, Int((Double(member.bytes.count) / Double(options.size)).rounded()))
        let reference = yardstick(html: member.isHTML, units: units)
        let seconds = extractionSeconds(member.bytes, fileName: member.fileName, minimum: options.seconds)
        let perKB = seconds / (Double(member.bytes.count) / 1024) * 1e6
        let ratio = perKB / reference
        row(
            member.name, "\(member.bytes.count)", String(format: "%.1f", seconds * 1000), String(format: "%.1f", perKB),
            String(format: "%.2f", ratio))
        if slowest == nil || ratio > slowest!.ratio { slowest = (member.name, ratio) }
    }
    if let slowest {
        print(
            "slowest: \(slowest.name), " + String(format: "%.2f", slowest.ratio)
                + "× an ordinary file of its size per KB (goal: at most 3×)")
    }
}

let options = Options(CommandLine.arguments)
if options.hostile {
    measureHostile(options: options)
    exit(0)
}
if let folder = options.htmlFolder {
    measureHTML(folder: folder, options: options)
    exit(0)
}
let reutersPaths = ((try? FileManager.default.contentsOfDirectory(atPath: options.corpus)) ?? [])
    .filter { $0.hasSuffix(".txt") }.sorted().map { options.corpus + "/" + $0 }
if reutersPaths.isEmpty { print("no .txt files in \(options.corpus) (pass --corpus DIR)") }

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wiredesk-bench-extract-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
var generator = SplitMix64(seed: 7)
var generatedPaths: [String] = []
for index in 0..<options.stories {
    let path = folder.appendingPathComponent("story-\(index).txt").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(generatedStory(index, generator: &generator).utf8))
    generatedPaths.append(path)
}

if !reutersPaths.isEmpty { measure(name: "reuters-dev", paths: reutersPaths, options: options).report() }
measure(name: "generated ~3 KB", paths: generatedPaths, options: options).report()
