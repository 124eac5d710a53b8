#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed system call: which call, on which path, and the `errno` it set.
///
/// Every syscall wiredesk makes goes through ``syscall(_:path:_:)``, so a log line always says what failed where.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public var call: String
    public var path: String?
    public var errno: Int32

    public init(call: String, path: String?, errno: Int32) {
        self.call = call
        self.path = path
        self.errno = errno
    }

    public var description: String {
        let message = String(cString: strerror(errno))
        if let path { return "\(call)(\(path)): \(message) (errno \(errno))" }
        return "\(call): \(message) (errno \(errno))"
    }

    /// The path, or one of the folders on the way to it, does not exist (ENOENT, ENOTDIR): it went away meanwhile.
    public var isMissing: Bool { errno == Errno.noSuchEntry || errno == Errno.notDirectory }
}

/// Runs a system call that returns -1 on failure, retrying when a signal interrupted it (EINTR).
///
/// `path` is only evaluated when the call fails: turning a C path into text for a log costs more than the call.
@discardableResult
public func syscall<Result: BinaryInteger>(
    _ call: String,
    path: @autoclosure () -> String? = nil,
    _ body: () -> Result
) throws(SystemError) -> Result {
    while true {
        let result = body()
        if result != -1 { return result }
        let error = errno
        if error == EINTR { continue }
        throw SystemError(call: call, path: path(), errno: error)
    }
}
