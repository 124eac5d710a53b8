#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `errno` values wiredesk decides on, by name, so that code outside this module tells a vanished file from a
/// refused one without importing the C library.
public enum Errno {
    /// ENOENT: no such file or folder.
    public static let noSuchEntry = ENOENT
    /// ENOTDIR: a component of the path is not a folder.
    public static let notDirectory = ENOTDIR
    /// ELOOP: the last component is a symbolic link and `noFollow` was asked for.
    public static let symbolicLink = ELOOP
    /// ENXIO: a socket, or a FIFO opened for writing without a reader.
    public static let noDeviceOrAddress = ENXIO
    /// EWOULDBLOCK (EAGAIN): a non-blocking call would have had to wait.
    public static let wouldBlock = EWOULDBLOCK
    /// ENOSPC: no space left on the device, or (for inotify) the user's watch limit is reached.
    public static let noSpace = ENOSPC
    /// EEXIST: the name is taken.
    public static let exists = EEXIST
}
