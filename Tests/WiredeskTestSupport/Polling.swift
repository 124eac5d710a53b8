import Foundation

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
        pause(interval)
    }
    return try condition()
}

/// Polls `condition` for the whole of `duration`; returns false as soon as it fails. For a test that lets real time
/// pass on purpose, to see that a state does not change while something is held (a lock, a settle delay), never to
/// wait for an event.
public func staysTrue(
    for duration: Duration,
    interval: Duration = .milliseconds(20),
    _ condition: () throws -> Bool
) rethrows -> Bool {
    let clock = ContinuousClock()
    let end = clock.now + duration
    while clock.now < end {
        guard try condition() else { return false }
        pause(interval)
    }
    return try condition()
}

private func pause(_ interval: Duration) {
    Thread.sleep(forTimeInterval: Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18)
}
