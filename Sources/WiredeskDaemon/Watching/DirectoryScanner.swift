import WiredeskSystem

/// Lists an inbox folder tree with ``DirectoryEntry``, which hands back names as the kernel's raw bytes (Foundation
/// would mangle names that are not valid UTF-8). Symbolic links to folders are not followed.
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
            let entries: [DirectoryEntry]
            do {
                entries = try DirectoryEntry.entries(of: path, display: displayPath(path))
            } catch {
                if error.isMissing || folder != start { continue }
                throw error
            }
            for entry in entries {
                if ignoreRules.ignores(name: entry.name) { continue }
                let child = folder.appending(entry.name)
                var isFolder = entry.kind == .directory
                if entry.kind == .unknown {
                    // Some filesystems (XFS without ftype, some network ones) do not fill d_type.
                    let cPath = child.absolute(under: root)
                    guard let status = try? FileStatus.ofEntry(at: cPath, display: displayPath(cPath)) else { continue }
                    isFolder = status.kind == .directory
                }
                if isFolder {
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
