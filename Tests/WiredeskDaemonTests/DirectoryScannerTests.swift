import Testing
import WiredeskTestSupport

@testable import WiredeskDaemon

#if canImport(Glibc)
    import Glibc
#endif

struct DirectoryScannerTests {
    /// Names of every length up to the longest a filesystem takes, some not UTF-8, in several folders: each record
    /// of `readdir` is as long as its name, so these put names at every place of its buffer, its end included.
    @Test func namesOfEveryLengthAreListedWhole() throws {
        let directory = try TemporaryDirectory()
        var expected: Set<[UInt8]> = []
        for folder in ["", "feed"] {
            let base = folder.isEmpty ? directory.path : "\(directory.path)/\(folder)"
            if !folder.isEmpty { mkdir(base, 0o755) }
            for length in 1...255 {
                var name = Array(repeating: UInt8(ascii: "a") + UInt8(length % 26), count: length)
                if length % 7 == 0 { name[0] = 0xFF }  // not UTF-8
                let path = Array(base.utf8) + [UInt8(ascii: "/")] + name + [0]
                let descriptor = path.withUnsafeBufferPointer { pointer in
                    pointer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
                }
                try #require(descriptor >= 0, "cannot create a name of \(length) bytes")
                close(descriptor)
                expected.insert((folder.isEmpty ? [] : Array(folder.utf8) + [UInt8(ascii: "/")]) + name)
            }
        }
        let listing = try DirectoryScanner(root: directory.path, ignoreRules: IgnoreRules(patterns: [])).scan()
        #expect(Set(listing.files.map(\.bytes)) == expected)
        #expect(listing.files.count == expected.count)
    }
}
