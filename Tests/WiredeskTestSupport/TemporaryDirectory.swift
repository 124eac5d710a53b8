public import Foundation

/// A fresh folder under the system's temporary directory, removed when the test is done with it.
public final class TemporaryDirectory {
    public let path: String

    public init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/wiredesk-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held. Tests wait on observable state
/// this way instead of sleeping for a guessed time.
public func waitUntil(
    timeout: Duration = .seconds(10),
    interval: Duration = .milliseconds(20),
    _ condition: () throws -> Bool
) rethrows -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18)
    }
    return try condition()
}

/// The package's root folder (holding Package.swift), found from this source file's path.
public let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared corpus folder beside the package (`../shared/corpus`).
public let corpusRoot: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
