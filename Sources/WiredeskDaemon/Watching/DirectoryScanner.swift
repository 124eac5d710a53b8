import WiredeskSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Lists an inbox folder tree with `opendir`/`readdir`, which hand back names as raw bytes (Foundation would
/// mangle names that are not valid UTF-8). Symbolic links to folders are not followed.
struct DirectoryScanner {
    var root: String
    var ignoreRules: IgnoreRules

    struct Listing {
        var files: [InboxPath] = []
        var folders: [InboxPath] = []
    }

    /// Every entry below `start` (recursively), except ignored names. Folders that vanish mid-scan are skipped.
    ///
    /// `beforeListing` runs for each folder before its entries are read: a watch added there sees every file that
    /// arrives after the listing, so nothing falls between the two.
    func scan(
        from start: InboxPath = InboxPath(bytes: []),
        beforeListing: (InboxPath) -> Void = { _ in }
    ) throws(SystemError) -> Listing {
        var listing = Listing()
        var pending = [start]
        listing.folders.append(start)
        while let folder = pending.popLast() {
            beforeListing(folder)
            let path = folder.absolute(under: root)
            guard let directory = opendir(path) else {
                let error = errno
                if error == ENOENT || error == ENOTDIR { continue }
                if folder == start { throw SystemError(call: "opendir", path: displayPath(path), errno: error) }
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = entry.nameBytes
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
                if ignoreRules.ignores(name: name) { continue }
                let child = folder.appending(name)
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    // Some filesystems (XFS without ftype, some network ones) do not fill d_type.
                    var info = stat()
                    guard lstat(child.absolute(under: root), &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                }
                if type == Int32(DT_DIR) {
                    listing.folders.append(child)
                    pending.append(child)
                } else {
                    listing.files.append(child)
                }
            }
        }
        return listing
    }
}
