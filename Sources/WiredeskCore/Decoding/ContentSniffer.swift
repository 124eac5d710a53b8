/// Recognises what a file holds from its first bytes, before any decoding is attempted.
public enum ContentSniffer {
    /// Magic numbers of formats that are never article text, with the name the rejection reason gives.
    static let magicNumbers: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        (Array("Rar!".utf8), "RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE2 document"),
        (Array("RIFF".utf8), "RIFF media"),
        (Array("OggS".utf8), "Ogg media"),
        (Array("ID3".utf8), "MP3 audio"),
        (Array("fLaC".utf8), "FLAC audio"),
        ([0x1A, 0x45, 0xDF, 0xA3], "Matroska media"),
        (Array("SQLite format 3".utf8), "SQLite database"),
        ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
    ]

    /// The kind of binary content `bytes` hold, or `nil` when they may be text.
    ///
    /// A NUL byte in the first 8 KiB marks binary data, except in UTF-16 text, which starts with a byte-order mark.
    public static func binaryKind(of bytes: [UInt8]) -> String? {
        for (prefix, kind) in magicNumbers where bytes.starts(with: prefix) {
            return kind
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.prefix(8192).contains(0) { return "contains NUL bytes" }
        if bytes.count >= 8 && bytes[4..<8].elementsEqual(Array("ftyp".utf8)) { return "MP4/ISO media" }
        return nil
    }

    /// Whether the file is an HTML page: by its extension, or by content that starts like markup.
    public static func isHTML(_ bytes: [UInt8], fileName: String) -> Bool {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml") { return true }
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.endIndex, start + 512)], as: UTF8.self).lowercased()
        let htmlOpenings = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title>"]
        if htmlOpenings.contains(where: head.hasPrefix) { return true }
        if head.hasPrefix("<?xml"), head.contains("<html") { return true }
        if head.hasPrefix("<!--"), head.contains("<html") { return true }
        return false
    }
}
