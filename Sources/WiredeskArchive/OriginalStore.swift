import Crypto
import WiredeskSystem
import WiredeskText

/// The content-addressed folder of original files: `originals/<first 2 hex of sha256>/<sha256>`, each stored once.
///
/// A file is written under a temporary name, fsync'd, renamed into place and its folder fsync'd, so an original
/// that has a name here is complete on disk before any database row points at it.
struct OriginalStore: Sendable {
    public let archiveFolder: String

    public init(archiveFolder: String) {
        self.archiveFolder = archiveFolder
    }

    /// The path of an original relative to the archive folder (`files.stored_as`).
    public static func relativePath(sha256: String) -> String {
        "originals/\(sha256.prefix(2))/\(sha256)"
    }

    /// Stores `bytes` under their hash unless an original with that hash is already there.
    ///
    /// With `durable: false` the data is not flushed here: the caller stores a batch, then calls ``flush()`` once
    /// before committing, which costs one sync instead of two per file.
    public func store(_ bytes: [UInt8], sha256: String, durable: Bool = true) throws(SystemError) -> String {
        let relative = Self.relativePath(sha256: sha256)
        let destination = "\(archiveFolder)/\(relative)"
        // A stored original of another size can only be the remains of a power loss before its flush: rewrite it.
        if let existing = try? FileStatus.ofFile(at: destination), existing.size == bytes.count { return relative }
        let folder = "\(archiveFolder)/originals/\(sha256.prefix(2))"
        // Unique per call: two files with the same bytes may be stored at the same moment from two threads.
        let temporary = "\(folder)/.\(sha256).\(CurrentProcess.id).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(temporary, [.writeOnly, .create, .exclusive])
        } catch  where error.errno == Errno.noSuchEntry {
            // The first original in this folder: create it, then try again.
            try FileIO.makeDirectories(folder)
            descriptor = try FileDescriptor.open(temporary, [.writeOnly, .create, .exclusive])
        }
        do {
            defer { descriptor.close() }
            try FileIO.writeAll(descriptor, bytes[...], path: temporary)
            if durable { try descriptor.sync(path: temporary) }
        } catch {
            try? FileSystem.unlink(temporary)
            throw error
        }
        do {
            try FileSystem.rename(temporary, to: destination)
            if durable { try FileIO.syncDirectory(folder) }
        } catch {
            try? FileSystem.unlink(temporary)
            throw error
        }
        return relative
    }

    /// Removes temporary files a killed process left half-written. Only the process that holds the archive's lock
    /// may call it.
    public func removeStaleTemporaries() {
        let root = "\(archiveFolder)/originals"
        guard let top = try? DirectoryEntry.entries(of: root) else { return }
        for entry in top {
            let folder = "\(root)/\(String(decoding: entry.name, as: UTF8.self))"
            guard let inner = try? DirectoryEntry.entries(of: folder) else { continue }
            for file in inner {
                let fileName = String(decoding: file.name, as: UTF8.self)
                if fileName.hasSuffix(".tmp") { try? FileSystem.unlink("\(folder)/\(fileName)") }
            }
        }
    }

    /// Makes every original stored so far durable: one `syncfs` of the archive's filesystem, which flushes the files'
    /// data and the folders' entries together.
    public func flush() throws(SystemError) {
        let path = "\(archiveFolder)/originals"
        let descriptor = try FileDescriptor.open(path, [.readOnly, .directory])
        defer { descriptor.close() }
        try descriptor.syncFileSystem(path: path)
    }

    /// Copies a file too large to hold in memory from `descriptor`, hashing it on the way; returns its hash and
    /// stored path. The bytes are read once.
    public func storeStreaming(from descriptor: FileDescriptor, path: String) throws(SystemError) -> (
        sha256: String, storedAs: String, size: Int
    ) {
        let staging = "\(archiveFolder)/originals/staging"
        try FileIO.makeDirectories(staging)
        let temporary = "\(staging)/\(CurrentProcess.id)-\(UInt64.random(in: 0...UInt64.max)).tmp"
        let output = try FileDescriptor.open(temporary, [.writeOnly, .create, .truncate])
        var hasher = SHA256()
        var size = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        do {
            defer { output.close() }
            while true {
                let count = try FileIO.readSome(descriptor, into: &chunk, path: path)
                if count == 0 { break }
                hasher.update(data: chunk[0..<count])
                try FileIO.writeAll(output, chunk[0..<count], path: temporary)
                size += count
            }
            try output.sync(path: temporary)
        } catch {
            try? FileSystem.unlink(temporary)
            throw error
        }
        let sha256 = Self.hex(hasher.finalize())
        let relative = Self.relativePath(sha256: sha256)
        let destination = "\(archiveFolder)/\(relative)"
        let folder = "\(archiveFolder)/originals/\(sha256.prefix(2))"
        do {
            try FileIO.makeDirectories(folder)
            try FileSystem.rename(temporary, to: destination)
            try FileIO.syncDirectory(folder)
        } catch {
            try? FileSystem.unlink(temporary)
            throw error
        }
        return (sha256, relative, size)
    }
}

extension OriginalStore {
    /// SHA-256 of `bytes` in lower-case hexadecimal, as stored in `files.sha256` and used as the original's name.
    public static func sha256(of bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func hex(_ digest: SHA256Digest) -> String {
        HexDigest.lowercase(digest)
    }
}
