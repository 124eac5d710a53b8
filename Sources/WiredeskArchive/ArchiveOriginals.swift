public import WiredeskSystem

/// The stored originals, reached through the archive so that a `files` row and the original it names come from one
/// place: an original is stored (and, for a batch, flushed) before ``Archive/commit(_:now:)`` records it.
extension Archive {
    /// SHA-256 of `bytes` in lower-case hexadecimal: `files.sha256`, and the name the original is stored under.
    public static func sha256(of bytes: [UInt8]) -> String {
        OriginalStore.sha256(of: bytes)
    }

    /// Stores `bytes` under their hash unless an original with that hash is already there; returns its path
    /// relative to the archive folder (`files.stored_as`).
    ///
    /// With `durable: false` the data is not flushed here: the caller stores a batch, then calls
    /// ``flushOriginals()`` once before committing, which costs one sync instead of two per file.
    public func storeOriginal(_ bytes: [UInt8], sha256: String, durable: Bool = true) throws(SystemError) -> String {
        try originals.store(bytes, sha256: sha256, durable: durable)
    }

    /// Copies a file too large to hold in memory from `descriptor` (read from its current offset to the end),
    /// hashing it on the way; returns its hash, stored path and size. The bytes are read once, and the original is
    /// durable when this returns. `path` names the file in errors.
    public func storeOriginal(streamingFrom descriptor: FileDescriptor, path: String) throws(SystemError) -> (
        sha256: String, storedAs: String, size: Int
    ) {
        try originals.storeStreaming(from: descriptor, path: path)
    }

    /// Makes every original stored so far durable, before the commit that records them.
    public func flushOriginals() throws(SystemError) {
        try originals.flush()
    }

    /// Removes the temporary files of originals a killed process left half-written. Only the process that holds the
    /// archive's lock (``lockExclusively()``) may call it: another one's temporaries are in use.
    public func removeStaleTemporaries() {
        originals.removeStaleTemporaries()
    }
}
