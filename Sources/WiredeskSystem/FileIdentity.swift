/// Which file on disk an entry is, as `fstat` gives it: device, inode and change time, which no other file shares.
///
/// The inode alone is reused once a file is deleted; with its change time it names one file for good, so that a
/// file seen again after a crash is recognised as the one already recorded.
public struct FileIdentity: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public var changeTimeNanoseconds: Int64

    public init(device: UInt64, inode: UInt64, changeTimeNanoseconds: Int64) {
        self.device = device
        self.inode = inode
        self.changeTimeNanoseconds = changeTimeNanoseconds
    }
}
