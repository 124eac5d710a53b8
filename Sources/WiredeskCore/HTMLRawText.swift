import Foundation

/// Finds the bodies of `<script>` and `<style>` elements in a UTF-8 page, so that they can be left out before
/// libxml2 parses it.
///
/// No extraction rule reads a script or a style sheet except JSON-LD (`type="application/ld+json"`), which is kept;
/// yet they are a third of a typical article page's bytes, and libxml2 reads them one character at a time. The scan
/// follows libxml2's own HTML tokenizer wherever a `<script` could hide: a tag opens at `<` and an ASCII letter; its
/// attribute values run to the matching quote (across `>`), or to a space or `>` when unquoted; `/>` closes the
/// element at once; comments end at `-->`, `--!>` or straight away (`<!-->`); other `<!` and `<?` markup ends at the
/// next `>`; a raw-text body ends at the next `</script` or `</style`, in any case. Where the page is cut short
/// inside any of these, the scan stops and keeps the rest as it is.
enum HTMLRawText {
    /// The byte ranges of the script and style bodies to leave out, in order.
    static func droppableBodies(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    /// `bytes` without the bodies `droppableBodies` finds; `nil` when there is none.
    static func withoutDroppableBodies(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            let drops = droppableBodies(in: buffer)
            guard !drops.isEmpty else { return nil }
            let dropped = drops.reduce(0) { $0 + $1.count }
            var result: [UInt8] = []
            result.reserveCapacity(buffer.count - dropped)
            var kept = 0
            for drop in drops {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[kept..<drop.lowerBound]))
                kept = drop.upperBound
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[kept...]))
            return result
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var drops: [Range<Int>] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func run() -> [Range<Int>] {
            while let open = find(UInt8(ascii: "<"), from: index) {
                index = open + 1
                guard index < bytes.count else { break }
                let next = bytes[index]
                let complete: Bool
                if next == UInt8(ascii: "!") {
                    complete = skipDeclaration()
                } else if next == UInt8(ascii: "?") {
                    complete = skip(past: UInt8(ascii: ">"))
                } else if isASCIILetter(next) {
                    complete = readElement()
                } else {
                    // `</...>` holds no raw text; a `<` before anything else is text.
                    complete = true
                }
                guard complete else { break }
            }
            return drops
        }

        /// After `<!`: a comment, or a doctype or other declaration, which ends at the next `>`.
        private mutating func skipDeclaration() -> Bool {
            guard starts(with: "!--", at: index) else { return skip(past: UInt8(ascii: ">")) }
            let body = index + 3
            if body < bytes.count, bytes[body] == UInt8(ascii: ">") {
                index = body + 1
                return true
            }
            if starts(with: "->", at: body) {
                index = body + 2
                return true
            }
            var cursor = body
            while let dash = find(UInt8(ascii: "-"), from: cursor) {
                if starts(with: "-->", at: dash) {
                    index = dash + 3
                    return true
                }
                if starts(with: "--!>", at: dash) {
                    index = dash + 4
                    return true
                }
                cursor = dash + 1
            }
            return false
        }

        /// After `<` and a letter: the tag name, the attributes to the end of the start tag, and for a script or
        /// style its body, up to its closing tag.
        private mutating func readElement() -> Bool {
            let nameStart = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            let name = nameStart..<index
            let kind: RawKind =
                equalsIgnoringCase("script", name) ? .script : equalsIgnoringCase("style", name) ? .style : .none
            var isJSONLD = false
            // Attributes, as libxml2's `htmlParseStartTag` reads them.
            while true {
                skipBlanks()
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                if byte == UInt8(ascii: ">") {
                    index += 1
                    break
                }
                if starts(with: "/>", at: index) {
                    index += 2
                    return true
                }
                guard isNameStart(byte) else {
                    // A stray character: skipped up to the next blank or the end of the tag.
                    while index < bytes.count, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">"),
                        !starts(with: "/>", at: index)
                    {
                        index += 1
                    }
                    continue
                }
                let attributeStart = index
                while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                let isType = kind == .script && equalsIgnoringCase("type", attributeStart..<index)
                skipBlanks()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                skipBlanks()
                guard let value = readValue() else { return false }
                if isType, contains("ld+json", in: value) { isJSONLD = true }
            }
            guard kind != .none else { return true }
            let close = findClosingTag(kind)
            if !isJSONLD, close > index { drops.append(index..<close) }
            index = close
            return true
        }

        /// An attribute value: quoted, up to the matching quote, or bare, up to a blank or `>`. `nil` when a quote
        /// never closes.
        private mutating func readValue() -> Range<Int>? {
            guard index < bytes.count else { return index..<index }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let end = find(quote, from: index + 1) else { return nil }
                defer { index = end + 1 }
                return index + 1..<end
            }
            let start = index
            while index < bytes.count, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            return start..<index
        }

        /// Where `</script` (or `</style`), in any case, next starts; the end of the page when it never does.
        private func findClosingTag(_ kind: RawKind) -> Int {
            let name: StaticString = kind == .script ? "script" : "style"
            let length = name.utf8CodeUnitCount
            var cursor = index
            while let open = find(UInt8(ascii: "<"), from: cursor) {
                if open + 2 + length <= bytes.count, bytes[open + 1] == UInt8(ascii: "/"),
                    equalsIgnoringCase(name, open + 2..<open + 2 + length)
                {
                    return open
                }
                cursor = open + 1
            }
            return bytes.count
        }

        private mutating func skip(past byte: UInt8) -> Bool {
            guard let found = find(byte, from: index) else { return false }
            index = found + 1
            return true
        }

        private mutating func skipBlanks() {
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        }

        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < bytes.count, let base = bytes.baseAddress else { return nil }
            guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        private func starts(with literal: StaticString, at offset: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            for position in 0..<count where bytes[offset + position] != literal.utf8Start[position] { return false }
            return true
        }

        /// Whether the bytes of `range` spell `lowercase` (ASCII), in any case.
        private func equalsIgnoringCase(_ lowercase: StaticString, _ range: Range<Int>) -> Bool {
            guard range.count == lowercase.utf8CodeUnitCount else { return false }
            for position in 0..<range.count
            where bytes[range.lowerBound + position] | 0x20 != lowercase.utf8Start[position] {
                return false
            }
            return true
        }

        private func contains(_ lowercase: StaticString, in range: Range<Int>) -> Bool {
            let count = lowercase.utf8CodeUnitCount
            guard range.count >= count else { return false }
            for start in range.lowerBound...(range.upperBound - count)
            where equalsIgnoringCase(lowercase, start..<start + count) {
                return true
            }
            return false
        }
    }

    /// Which raw-text element a start tag opens.
    private enum RawKind {
        case script, style, none
    }
}

@inline(__always)
private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

/// A character libxml2 accepts first in an attribute name.
@inline(__always)
private func isNameStart(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
}

/// A character of a tag or attribute name, as libxml2's `htmlParseHTMLName` reads names.
@inline(__always)
private func isNameByte(_ byte: UInt8) -> Bool {
    isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
}

/// libxml2's blanks: space, tab, line feed, carriage return.
@inline(__always)
private func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}
