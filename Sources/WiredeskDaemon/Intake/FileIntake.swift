import Foundation
import WiredeskArchive
import WiredeskCore
import WiredeskSystem

/// Takes one settled inbox file up to the point of commit: opens it without following links, checks it is a
/// regular file that has not changed since it settled, reads its bytes once, hashes them, recognises a replay
/// after a crash and writes the original into the archive. Extraction runs afterwards, on many files at once.
struct FileIntake: Sendable {
    /// What became of a file.
    enum Result: Sendable {
        /// Read, hashed and stored: ready for extraction and the archive transaction.
        case loaded(LoadedFile)
        /// Not taken, for the reason given.
        case skipped(Skip)
    }

    /// Why a file was not taken.
    enum Skip: Sendable {
        /// Already recorded before a crash left it in the inbox: only the unlink is missing.
        case replay(FileStatus)
        /// It changed since it settled: watch it again.
        case changed(FileStatus)
        /// It disappeared before it could be taken.
        case gone
        /// Not something wiredesk reads (a FIFO, a symbolic link, a device): left where it is.
        case refused(FileStatus.Kind)
    }

    /// A file whose original is stored, waiting for extraction.
    struct LoadedFile: Sendable {
        var path: InboxPath
        var status: FileStatus
        var sha256: String
        var storedAs: String
        var size: Int
        /// The bytes, or `nil` for a file over the size limit (stored by streaming, never held in memory).
        var bytes: [UInt8]?

        var receivedAt: Date { Date(timeIntervalSince1970: Double(status.modificationNanoseconds) / 1e9) }
    }

    var inboxRoot: String
    var archive: Archive
    var extractor: ArticleExtractor

    /// Takes the file; throws a `SystemError` (the call, the path, errno) or an `IntakeError` from the archive.
    func take(_ path: InboxPath, settled: FileStatus) throws -> Result {
        let cPath = path.absolute(under: inboxRoot)
        let display = path.escaped
        // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: a symbolic link is refused (ELOOP).
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(
                cPath, display: display, [.readOnly, .noFollow, .nonBlocking, .noControllingTerminal])
        } catch {
            switch error.errno {
            case Errno.noSuchEntry: return .skipped(.gone)
            case Errno.symbolicLink: return .skipped(.refused(.symbolicLink))
            case Errno.noDeviceOrAddress: return .skipped(.refused(.socket))
            default: throw error
            }
        }
        defer { descriptor.close() }
        let status = try descriptor.status(path: display)
        guard status.kind == .regular else { return .skipped(.refused(status.kind)) }
        guard status.sameContent(as: settled) else { return .skipped(.changed(status)) }

        if status.size > extractor.maxFileBytes {
            let (sha256, storedAs, size) = try archive.storeOriginal(streamingFrom: descriptor, path: display)
            if try isReplay(sha256: sha256, path: path, status: status) { return .skipped(.replay(status)) }
            return .loaded(
                LoadedFile(path: path, status: status, sha256: sha256, storedAs: storedAs, size: size, bytes: nil))
        }
        guard
            let bytes = try FileIO.readAll(
                descriptor, path: display, limit: extractor.maxFileBytes, sizeHint: status.size),
            bytes.count == status.size
        else { return .skipped(.changed(status)) }
        let sha256 = Archive.sha256(of: bytes)
        if try isReplay(sha256: sha256, path: path, status: status) { return .skipped(.replay(status)) }
        let storedAs = try archive.storeOriginal(bytes, sha256: sha256, durable: false)
        return .loaded(
            LoadedFile(path: path, status: status, sha256: sha256, storedAs: storedAs, size: bytes.count, bytes: bytes))
    }

    /// Runs the extraction on a stored file, within `budget`, and makes the consumption the archive records.
    func consumption(of file: LoadedFile, budget: ExtractionBudget = .unlimited) -> Consumption {
        let result: Swift.Result<ExtractedArticle, Rejection>
        if let bytes = file.bytes {
            result = extractor.extract(
                bytes, fileName: file.path.escaped, feed: file.path.feed, receivedAt: file.receivedAt, budget: budget)
        } else {
            result = .failure(.tooLarge(size: file.size, limit: extractor.maxFileBytes))
        }
        let extracted = try? result.get()
        return consumption(
            of: file, result: result,
            nearDuplicates: extracted.flatMap { archive.nearDuplicateProbe(for: $0, receivedAt: file.receivedAt) })
    }

    /// The consumption that records a stored file as rejected, without extracting it.
    func rejection(of file: LoadedFile, _ rejection: Rejection) -> Consumption {
        consumption(of: file, result: .failure(rejection), nearDuplicates: nil)
    }

    private func consumption(
        of file: LoadedFile, result: Swift.Result<ExtractedArticle, Rejection>, nearDuplicates: NearDuplicateProbe?
    ) -> Consumption {
        Consumption(
            name: file.path.escaped,
            feed: file.path.feed,
            sha256: file.sha256,
            size: file.size,
            receivedAt: file.receivedAt,
            storedAs: file.storedAs,
            identity: file.status.identity,
            result: result,
            nearDuplicates: nearDuplicates
        )
    }

    private func isReplay(sha256: String, path: InboxPath, status: FileStatus) throws(IntakeError) -> Bool {
        do {
            return try archive.isReplay(sha256: sha256, name: path.escaped, identity: status.identity)
        } catch {
            throw .archiveLookup(path: path.escaped, underlying: error)
        }
    }

    /// Removes the inbox file after its record committed, unless it changed since it was read: another file took
    /// its name, or the writer rewrote it. A changed file stays and is taken again (and if its bytes turn out the
    /// same, it is recognised as already recorded).
    func unlinkIfUnchanged(_ path: InboxPath, status: FileStatus) throws(SystemError) {
        let cPath = path.absolute(under: inboxRoot)
        guard let current = try? FileStatus.of(cPath), current.sameContent(as: status) else { return }
        try FileSystem.unlink(cPath, display: path.escaped)
    }
}

/// A failure to take an inbox file that is not a system call's: the file stays in the inbox and is retried.
enum IntakeError: Error, CustomStringConvertible {
    /// The archive could not say whether the file was already recorded (the database error carries its SQL).
    case archiveLookup(path: String, underlying: any Error)

    var description: String {
        switch self {
        case .archiveLookup(let path, let underlying): "cannot look up \(path) in the archive: \(underlying)"
        }
    }
}
