import Foundation
import WiredeskSystem

/// Speaks systemd's notify protocol (`READY=1`, `STATUS=`, `WATCHDOG=1`, `STOPPING=1`): one datagram per message to
/// the socket named by `$NOTIFY_SOCKET`, which needs no libsystemd.
struct SystemdNotifier: Sendable {
    let socketPath: String

    /// The notifier of the service manager that started this process, if any.
    static func fromEnvironment() -> SystemdNotifier? {
        guard let path = ProcessInfo.processInfo.environment["NOTIFY_SOCKET"], !path.isEmpty else { return nil }
        return SystemdNotifier(socketPath: path)
    }

    /// The watchdog period systemd expects pings within (`$WATCHDOG_USEC`), in microseconds, when it is for us.
    static func watchdogInterval() -> UInt64? {
        let environment = ProcessInfo.processInfo.environment
        guard let text = environment["WATCHDOG_USEC"], let microseconds = UInt64(text), microseconds > 0 else {
            return nil
        }
        if let pid = environment["WATCHDOG_PID"], pid != String(CurrentProcess.id) { return nil }
        return microseconds
    }

    /// Never waits: a listener whose queue is full (systemd busy, a test that stopped reading) loses a status line,
    /// where a blocking send would stall the daemon's queue and its watchdog with it.
    func send(_ message: String) {
        UnixDatagram.send(Array(message.utf8), to: socketPath)
    }
}
