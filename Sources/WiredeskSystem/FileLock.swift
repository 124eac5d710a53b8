#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileDescriptor {
    /// Takes the exclusive `flock(2)` of the open file without waiting; false when another open file description
    /// (another process, or another `open` of the same file) holds it.
    ///
    /// The lock belongs to the open file, not to the process: it lasts until the descriptor is closed.
    public func lockExclusivelyIfFree(path: @autoclosure () -> String) throws(SystemError) -> Bool {
        do {
            try syscall("flock", path: path()) { flock(rawValue, LOCK_EX | LOCK_NB) }
            return true
        } catch  where error.errno == EWOULDBLOCK {
            return false
        }
    }

    /// Gives up a lock taken by ``lockExclusivelyIfFree(path:)``.
    public func unlock(path: @autoclosure () -> String) throws(SystemError) {
        try syscall("flock", path: path()) { flock(rawValue, LOCK_UN) }
    }
}
