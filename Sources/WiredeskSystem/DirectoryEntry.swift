#if canImport(Glibc)
    public import Glibc
#elseif canImport(Musl)
    public import Musl
#endif

extension UnsafeMutablePointer where Pointee == dirent {
    /// The entry's name as raw bytes, read in place up to its terminating zero.
    ///
    /// `readdir` hands back records only as long as their name: the last one of the kernel's buffer may end right
    /// before an unmapped page. Copying the `d_name` field (256 bytes, as Swift does for `pointee.d_name`) reads past
    /// such a record and crashes the process.
    public var nameBytes: [UInt8] {
        let start = UnsafeRawPointer(self).advanced(by: MemoryLayout<dirent>.offset(of: \.d_name)!)
        return Array(UnsafeRawBufferPointer(start: start, count: strlen(start.assumingMemoryBound(to: CChar.self))))
    }
}
