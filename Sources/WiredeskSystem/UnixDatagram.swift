#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A datagram to a Unix socket named by path, as systemd's notify protocol wants (`$NOTIFY_SOCKET`): one
/// `socket`, one non-blocking `sendto`, one `close`, no connection kept.
public enum UnixDatagram {
    /// Sends `payload` to the socket at `path`; a path starting with `@` is in the abstract namespace.
    ///
    /// Never waits: a listener whose queue is full loses the datagram, where a blocking send would stall the
    /// sender. Returns false when the path is too long or the datagram could not be sent.
    ///
    /// Safe to point at `address` because `sockaddr_un` is a plain C struct that outlives the call, its path is
    /// checked to fit `sun_path` before the copy, and `sendto` is told its exact length.
    @discardableResult
    public static func send(_ payload: [UInt8], to path: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(path.utf8)
        // An address starting with '@' is in the abstract namespace: its first byte is NUL.
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(
                    descriptor, payload, payload.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT), socketAddress, length
                )
            }
        }
        return sent == payload.count
    }
}
