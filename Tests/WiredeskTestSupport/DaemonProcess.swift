public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built `wiredesk` executable run as a real child process, its standard error collected in a file.
public final class DaemonProcess {
    public let process = Process()
    public let logPath: String

    /// The `wiredesk` binary next to the test bundle (both are built by `swift build --build-tests`), or
    /// `$WIREDESK_BIN`.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["WIREDESK_BIN"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("wiredesk")
    }

    /// Starts the daemon; with `userID`, under that user and group (through `setpriv`, which needs root).
    public init(
        arguments: [String],
        environment: [String: String] = [:],
        logPath: String,
        userID: UInt32? = nil
    ) throws {
        self.logPath = logPath
        if let userID {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments =
                ["--reuid=\(userID)", "--regid=\(userID)", "--clear-groups", "--", Self.binary.path] + arguments
        } else {
            process.executableURL = Self.binary
            process.arguments = arguments
        }
        var inherited = ProcessInfo.processInfo.environment
        inherited["NOTIFY_SOCKET"] = nil
        inherited["JOURNAL_STREAM"] = nil
        process.environment = inherited.merging(environment) { _, new in new }
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardError = log
        process.standardOutput = log
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    public func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end; returns its exit status, or `nil` if it is still running at the deadline.
    public func waitForExit(timeout: Duration) -> Int32? {
        guard waitUntil(timeout: timeout, { !process.isRunning }) else { return nil }
        return process.terminationStatus
    }

    public var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }
}
