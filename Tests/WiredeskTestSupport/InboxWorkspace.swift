public import Foundation
public import GRDB

/// A temporary inbox and archive for one test, with the daemon started on them and the archive read back.
public final class InboxWorkspace {
    public let directory: TemporaryDirectory
    public var inbox: String { "\(directory.path)/inbox" }
    public var archive: String { "\(directory.path)/archive" }

    /// The daemon did not report itself ready before the deadline.
    public struct DaemonDidNotStart: Error, CustomStringConvertible {
        public var log: String
        public var description: String { "the daemon did not start: \(log)" }
    }

    public init() throws {
        directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
    }

    /// Starts `wiredesk run` on the workspace and waits until it watches the inbox — it says `READY=1` on the notify
    /// socket, as it tells systemd — so files dropped after that are seen by inotify.
    public func startDaemon(settleMilliseconds: Int = 150, environment: [String: String] = [:]) throws
        -> DaemonProcess
    {
        // Dropped once the daemon is ready: its later messages then fail at once instead of filling the socket.
        let socket = try NotifySocket(path: "\(directory.path)/ready.sock")
        let daemon = try DaemonProcess(
            arguments: ["run", "--inbox", inbox, "--archive", archive],
            environment: [
                "WIREDESK_SETTLE_MILLISECONDS": "\(settleMilliseconds)", "NOTIFY_SOCKET": socket.path,
            ].merging(environment) { $1 },
            logPath: "\(directory.path)/daemon-\(UUID().uuidString).log"
        )
        guard waitUntil({ socket.messages().contains { $0.hasPrefix("READY=1") } }) else {
            throw DaemonDidNotStart(log: daemon.log)
        }
        return daemon
    }

    public func write(_ data: Data, to name: String) throws {
        try data.write(to: URL(fileURLWithPath: "\(inbox)/\(name)"))
    }

    /// The `files` rows so far, oldest first; none while the archive does not exist yet.
    public func fileRows() throws -> [Row] {
        guard FileManager.default.fileExists(atPath: "\(archive)/wiredesk.db") else { return [] }
        let queue = try DatabaseQueue(path: "\(archive)/wiredesk.db", configuration: Self.readOnly)
        return try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM files ORDER BY id") }
    }

    /// One integer from the archive, or `nil` while it cannot be read.
    public func count(_ sql: String) -> Int? {
        guard let queue = try? DatabaseQueue(path: "\(archive)/wiredesk.db", configuration: Self.readOnly) else {
            return nil
        }
        return try? queue.read { db in try Int.fetchOne(db, sql: sql) }
    }

    /// Regular files left in the inbox, relative paths, sorted.
    public func inboxFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: inbox)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: "\(inbox)/\(name)", isDirectory: &isFolder)
            if exists && !isFolder.boolValue { files.append(name) }
        }
        return files.sorted()
    }

    public static var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        return configuration
    }
}

/// A test suite built on one workspace: its folders and archive reads, by the names tests use.
public protocol InboxWorkspaceTest {
    var workspace: InboxWorkspace { get }
}

extension InboxWorkspaceTest {
    public var inbox: String { workspace.inbox }
    public var archive: String { workspace.archive }
    public var directory: TemporaryDirectory { workspace.directory }
    public func fileRows() throws -> [Row] { try workspace.fileRows() }
    public func inboxFiles() -> [String] { workspace.inboxFiles() }
    public func count(_ sql: String) -> Int? { workspace.count(sql) }
}
