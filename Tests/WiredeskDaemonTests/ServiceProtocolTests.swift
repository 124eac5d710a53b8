import Foundation
import Testing
import WiredeskTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// What systemd sees of the daemon: the notify protocol, reloads on SIGHUP and the exit on SIGTERM.
@Suite struct ServiceProtocolTests {
    @Test func notifiesReadyWatchdogReloadingAndStoppingInOrder() throws {
        let directory = try TemporaryDirectory()
        let socket = try NotifySocket(path: "\(directory.path)/notify.sock")
        let config = "\(directory.path)/wiredesk.json"
        try Data(#"{"settle": {"milliseconds": 100}}"#.utf8).write(to: URL(fileURLWithPath: config))
        let daemon = try DaemonProcess(
            arguments: [
                "run", "--config", config, "--inbox", "\(directory.path)/inbox", "--archive",
                "\(directory.path)/archive",
            ],
            environment: ["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": "400000"],
            logPath: "\(directory.path)/daemon.log"
        )
        /// How many times the daemon said it was ready: once at start, then once after each reload.
        func readyCount() -> Int { socket.messages().filter { $0.hasPrefix("READY=1") }.count }
        #expect(waitUntil { readyCount() == 1 }, "log: \(daemon.log)")
        #expect(waitUntil { socket.messages().contains { $0.hasPrefix("WATCHDOG=1") } })
        #expect(socket.messages().first { $0.hasPrefix("READY=1") }?.contains("STATUS=") == true)

        // A broken configuration is reported and the running one kept; then a good one is applied.
        try Data(#"{"settle": {"milliseconds": "soon"}}"#.utf8).write(to: URL(fileURLWithPath: config))
        daemon.send(SIGHUP)
        #expect(waitUntil { readyCount() == 2 }, "log: \(daemon.log)")
        #expect(daemon.log.contains("invalid configuration; keeping the running one"), "log: \(daemon.log)")
        try Data(#"{"settle": {"milliseconds": 50}, "log": {"level": "debug"}}"#.utf8).write(
            to: URL(fileURLWithPath: config))
        daemon.send(SIGHUP)
        #expect(waitUntil { readyCount() == 3 }, "log: \(daemon.log)")
        #expect(daemon.log.contains("configuration reloaded"), "log: \(daemon.log)")
        #expect(daemon.process.isRunning)

        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: .seconds(5)) == 0)
        let kinds = socket.messages().compactMap { message -> String? in
            for kind in ["READY=1", "RELOADING=1", "STOPPING=1"] where message.hasPrefix(kind) { return kind }
            return nil
        }
        // READY at start; RELOADING then READY around each of the two reloads; STOPPING last.
        #expect(kinds == ["READY=1", "RELOADING=1", "READY=1", "RELOADING=1", "READY=1", "STOPPING=1"])
        let reloading = try #require(socket.messages().first { $0.hasPrefix("RELOADING=1") })
        #expect(reloading.contains("MONOTONIC_USEC="))
    }
}
