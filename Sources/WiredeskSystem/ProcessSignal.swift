#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A signal the daemon handles (stop, reload), by name, with the disposition change it needs before Dispatch
/// can deliver it as an event.
public struct ProcessSignal: Sendable, Hashable, CustomStringConvertible {
    public let number: Int32
    /// The signal's name without `SIG`, as in a log line.
    public let name: String

    /// SIGTERM: stop, as systemd asks.
    public static let terminate = ProcessSignal(number: SIGTERM, name: "TERM")
    /// SIGINT: stop, as Ctrl-C asks.
    public static let interrupt = ProcessSignal(number: SIGINT, name: "INT")
    /// SIGHUP: re-read the configuration.
    public static let hangUp = ProcessSignal(number: SIGHUP, name: "HUP")

    /// Stops the default action (ending the process): a `DispatchSourceSignal` then sees the signal instead.
    public func ignoreDefaultAction() {
        signal(number, SIG_IGN)
    }

    public var description: String { name }
}

/// The running process, as the kernel knows it.
public enum CurrentProcess {
    /// `getpid(2)`.
    public static var id: Int32 { getpid() }
}
