import BenchmarkSupport
import Foundation
@_spi(Benchmarks) import WiredeskArchive
import WiredeskCore

// Archive benchmark: what near-duplicate detection adds to the daemon's work per article, on one core, with the
// archive in a temporary folder (WAL, synchronous=FULL, as the daemon opens it).
//
// Generated ~3 KB wire stories are extracted once, untimed. Then, with detection off and on in turn (best of the
// rounds), every batch is probed — the signature and the lookup among committed articles, which the daemon runs on
// its extraction workers — and committed in one transaction. Printed: µs per article for the extraction, the probe
// and the commit, and detection's cost as a share of the extraction and commit together.
//
// usage: wiredesk-bench-archive [--articles N] [--batch B] [--rewrites F] [--rounds R]
// `--rewrites F` makes that share of the stories updates of an earlier one (a sentence added, `UPDATE 1-` before the
// headline), so that candidates are found and verified.

struct Options {
    var articles = 3_000
    var batch = 256
    var rewrites = 0.0
    var rounds = 3

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--articles": articles = iterator.next().flatMap { Int($0) } ?? articles
            case "--batch": batch = iterator.next().flatMap { Int($0) } ?? batch
            case "--rewrites": rewrites = iterator.next().flatMap { Double($0) } ?? rewrites
            case "--rounds": rounds = iterator.next().flatMap { Int($0) } ?? rounds
            default:
                print("usage: wiredesk-bench-archive [--articles N] [--batch B] [--rewrites F] [--rounds R]")
                exit(2)
            }
        }
    }
}

let options = Options(CommandLine.arguments)
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The stories, a share of them updates of an earlier one.
func stories(_ options: Options) -> [String] {
    var generator = SplitMix64(seed: 7)
    var stories: [String] = []
    for index in 0..<options.articles {
        if index > 0, Double.random(in: 0..<1, using: &generator) < options.rewrites {
            let original = stories[Int.random(in: max(0, index - 500)..<index, using: &generator)]
            stories.append("UPDATE 1-" + original + "\nOfficials said more details would follow on \(index).\n")
        } else {
            stories.append(generatedStory(index, generator: &generator))
        }
    }
    return stories
}

let receivedAt = Date()
let extractStart = clock.now
let extracted = stories(options).enumerated().map { index, story in
    guard
        case .success(let article) = ArticleExtractor().extract(
            Array(story.utf8), fileName: "wire-\(index).txt", receivedAt: receivedAt)
    else {
        print("story \(index) was rejected")
        exit(1)
    }
    return article
}
let extractPerArticle = seconds(extractStart.duration(to: clock.now)) / Double(extracted.count)

struct Round {
    var probe = 0.0
    var commit = 0.0
    var nearDuplicates = 0
}

func round(_ extracted: [ExtractedArticle], enabled: Bool) throws -> Round {
    let folder = NSTemporaryDirectory() + "wiredesk-bench-archive-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let archive = try Archive(folder: folder, nearDuplicatePolicy: NearDuplicatePolicy(enabled: enabled))
    var result = Round()
    var next = 0
    while next < extracted.count {
        let batch = extracted[next..<min(next + options.batch, extracted.count)]
        var consumptions: [Consumption] = []
        let probeStart = clock.now
        for (offset, article) in batch.enumerated() {
            let index = next + offset
            consumptions.append(
                Consumption(
                    name: "wire-\(index).txt", feed: nil, sha256: String(index), size: 3_000, receivedAt: receivedAt,
                    storedAs: "originals/\(index)", identity: nil, result: .success(article),
                    nearDuplicates: archive.nearDuplicateProbe(for: article, receivedAt: receivedAt)))
        }
        let commitStart = clock.now
        _ = try archive.commit(consumptions)
        result.commit += seconds(commitStart.duration(to: clock.now))
        result.probe += seconds(probeStart.duration(to: commitStart))
        next += batch.count
    }
    result.nearDuplicates = try archive.nearDuplicateCount()
    return result
}

var best: [Bool: Round] = [:]
for _ in 0..<options.rounds {
    for enabled in [false, true] {
        let measured = try round(extracted, enabled: enabled)
        let previous = best[enabled]
        if previous == nil || measured.probe + measured.commit < previous!.probe + previous!.commit {
            best[enabled] = measured
        }
    }
}

let count = Double(extracted.count)
let off = best[false]!
let on = best[true]!
print(
    "\(extracted.count) articles, batches of \(options.batch), \(Int(options.rewrites * 100)) % rewrites; "
        + "µs per article, best of \(options.rounds)")
print(String(format: "  extraction          %8.1f", extractPerArticle * 1e6))
for (name, round) in [("detection off", off), ("detection on", on)] {
    print(
        String(
            format: "  %@  probe %8.1f  commit %8.1f  near-duplicates %d",
            name.padding(
                toLength: 14, withPad: " ", startingAt: 0), round.probe / count * 1e6, round.commit / count * 1e6,
            round.nearDuplicates))
}
let added = (on.probe + on.commit - off.probe - off.commit) / count
print(
    String(
        format: "  detection adds      %8.1f µs per article: %.1f %% of extraction and commit", added * 1e6,
        100 * added / (extractPerArticle + (off.probe + off.commit) / count)))
