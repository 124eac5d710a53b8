import WiredeskText

/// The scan behind `HTMLRawText`, one pass over the page that follows libxml2's tokenizer and notes the ranges to
/// leave out; inline drawings are probed by `HTMLRawTextDrawings.swift`.
extension HTMLRawText {
    struct Scanner {
        let bytes: ByteView
        var index = 0
        var drops: [Range<Int>] = []
        /// How many preformatted elements (`<pre>`, `<textarea>`, ...) are open, whose spaces all count.
        var preformatted = 0
        /// Drawings already settled, by the index just after their start tag: where their closing tag starts, or
        /// -1 for one that is kept. A probe settles every drawing nested in the one it starts from, so no stretch of
        /// the page is probed twice, however deep drawings nest without closing.
        var settledDrawings: [Int: Int] = [:]

        let budget: ExtractionBudget
        /// `HTMLRawText.readAttributeNames`, read once rather than through the global's once-check per attribute.
        let readAttributes = HTMLRawText.readAttributeNames

        init(bytes: ByteView, budget: ExtractionBudget) {
            self.bytes = bytes
            self.budget = budget
        }

        mutating func run() -> [Range<Int>] {
            var markup = 0
            while let open = find(UInt8(ascii: "<"), from: index) {
                markup += 1
                if markup & (ExtractionBudget.stepsBetweenChecks - 1) == 0, budget.isOver { return drops }
                if preformatted == 0 { collapseSpaces(in: index..<open) }
                index = open + 1
                guard index < bytes.count else { break }
                let next = bytes[index]
                let complete: Bool
                if next == UInt8(ascii: "!") {
                    let start = index
                    complete = skipDeclaration()
                    if index > start {
                        markupEnd = index
                        if !starts(with: "!--", at: start) { declarationEnd = index }
                    }
                } else if next == UInt8(ascii: "?") {
                    let start = index
                    complete = skipProcessingInstruction()
                    if index > start + 1 { markupEnd = index }
                } else if isASCIILetter(next) {
                    sawStartTag = true
                    complete = readElement()
                    markupEnd = index
                } else if next == UInt8(ascii: "/"), index + 1 < bytes.count, isASCIILetter(bytes[index + 1]),
                    open != declarationEnd
                {
                    // An end tag, which libxml2 reads to the next `>` (right after a misplaced `<!DOCTYPE>`, it reads
                    // `</` as text).
                    index += 1
                    let name = readName()
                    if preformatted > 0, isPreformatted(name) { preformatted -= 1 }
                    guard let close = find(UInt8(ascii: ">"), from: index) else { break }
                    if closesNothing(name, at: open) { drops.append(open..<close + 1) }
                    index = close + 1
                    markupEnd = index
                    complete = true
                } else {
                    // A `<` before anything else is text.
                    complete = true
                }
                guard complete else { break }
            }
            if preformatted == 0 { collapseSpaces(in: index..<bytes.count) }
            return drops
        }

        /// The names of up to eight bytes (lower-cased, packed in a number) of the elements whose start tags the page
        /// has shown so far.
        var openedNames: Set<UInt64> = []
        /// Where the last declaration other than a comment (`<!DOCTYPE ...>`) ended.
        var declarationEnd = -1
        /// Where the last markup (a tag, comment, declaration or instruction) ended: the text since starts there.
        var markupEnd = 0
        var sawStartTag = false

        /// Notes a start tag called `name`.
        private mutating func noteOpened(_ name: Range<Int>) {
            guard let key = packedName(name) else { return }
            openedNames.insert(key)
        }

        /// Whether the end tag called `name`, at `open`, can be left out because it closes nothing: no element of
        /// that name was ever opened. libxml2 would only search its stack of open elements for it (which, under
        /// thousands of open boxes, costs a step per box) and leave it out. Kept are the elements libxml2 opens
        /// unasked (`<html>`, `<head>`, `<body>`, `<p>`) and `</br>`; an end tag before the first start tag, where
        /// libxml2 may still be skipping the blanks of the prolog; and one between blanks and text, which libxml2
        /// reads as two runs where leaving it out would make one. (An end tag of an element opened earlier may
        /// close nothing too, but only libxml2's own stack and its rules for closing tell.)
        private func closesNothing(_ name: Range<Int>, at open: Int) -> Bool {
            guard sawStartTag, let key = packedName(name), !Self.impliedNames.contains(key),
                !openedNames.contains(key)
            else { return false }
            let before = markupEnd..<open
            guard !before.isEmpty, before.allSatisfy({ isBlank(bytes[$0]) }) else { return true }
            // Blanks before it: kept when text follows.
            guard let close = find(UInt8(ascii: ">"), from: name.upperBound) else { return false }
            var position = close + 1
            while position < bytes.count, bytes[position] != UInt8(ascii: "<") {
                if !isBlank(bytes[position]) { return false }
                position += 1
            }
            return true
        }

        private static let impliedNames: Set<UInt64> = Set(
            ["html", "head", "body", "p", "br"].map { name in
                name.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            })

        /// The name's bytes, letters lower-cased as libxml2 lower-cases them, packed into a number; `nil` for a name
        /// longer than eight bytes.
        private func packedName(_ name: Range<Int>) -> UInt64? {
            guard name.count <= 8 else { return nil }
            var key: UInt64 = 0
            for position in name.reversed() {
                let byte = bytes[position]
                key = key << 8 | UInt64(isASCIILetter(byte) ? byte | 0x20 : byte)
            }
            return key
        }

        /// Leaves out all but the first of each run of spaces, tabs and line ends in text: outside preformatted
        /// elements every rule reads such a run as one space.
        private mutating func collapseSpaces(in range: Range<Int>) {
            var position = range.lowerBound
            while position < range.upperBound {
                guard isBlank(bytes[position]) else {
                    position += 1
                    continue
                }
                var end = position + 1
                while end < range.upperBound, isBlank(bytes[end]) { end += 1 }
                if end - position > 1 { drops.append(position + 1..<end) }
                position = end
            }
        }

        private func isPreformatted(_ name: Range<Int>) -> Bool {
            equalsIgnoringCase("pre", name) || equalsIgnoringCase("textarea", name)
                || equalsIgnoringCase("listing", name) || equalsIgnoringCase("xmp", name)
                || equalsIgnoringCase("plaintext", name)
        }

        /// After `<!`: a comment, or a doctype, which ends at the next `>`; libxml2 reads any other `<!` as text, and
        /// so what follows it as markup. Comments are kept: libxml2 reads what follows a misplaced `<!DOCTYPE` its
        /// own way, and one left out would change that.
        private mutating func skipDeclaration() -> Bool {
            if starts(with: "!--", at: index) {
                guard let end = commentEnd(from: index + 3) else { return false }
                index = end
                return true
            }
            guard index + 8 <= bytes.count, equalsIgnoringCase("doctype", index + 1..<index + 8) else { return true }
            return skip(past: UInt8(ascii: ">"))
        }

        /// After `<?`: a processing instruction, which ends at the next `>`, when a name follows; libxml2 leaves out
        /// a `<?` before anything else and reads on.
        private mutating func skipProcessingInstruction() -> Bool {
            guard index + 1 < bytes.count else { return false }
            let first = bytes[index + 1]
            guard isASCIILetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first >= 0x80
            else {
                index += 1
                return true
            }
            return skip(past: UInt8(ascii: ">"))
        }

        /// Where a comment whose text starts at `body` ends: past its first `-->` or `--!>` (libxml2 2.9 reads
        /// `<!-->` as the start of a longer comment, not as an empty one).
        func commentEnd(from body: Int) -> Int? {
            var cursor = body
            while let dash = find(UInt8(ascii: "-"), from: cursor) {
                if starts(with: "-->", at: dash) { return dash + 3 }
                if starts(with: "--!>", at: dash) { return dash + 4 }
                cursor = dash + 1
            }
            return nil
        }

        /// After `<` and a letter: the tag name, the attributes to the end of the start tag, and for a script,
        /// style or drawing its contents, up to its closing tag.
        private mutating func readElement() -> Bool {
            let name = readName()
            noteOpened(name)
            let kind: RawKind =
                equalsIgnoringCase("script", name)
                ? .script
                : equalsIgnoringCase("style", name) ? .style : equalsIgnoringCase("svg", name) ? .svg : .none
            guard let tag = readAttributes(noticingType: kind == .script) else { return false }
            if !tag.selfClosing, isPreformatted(name) { preformatted += 1 }
            guard kind != .none, !tag.selfClosing else { return true }
            if kind == .svg {
                // A drawing is left out only when it holds nothing but balanced drawing elements: libxml2 closes an
                // unclosed one at its parent's end tag, and may close other elements at an HTML tag inside it.
                let close: Int?
                if let settled = settledDrawings[index] {
                    close = settled >= 0 ? settled : nil
                } else {
                    var probe = self
                    let probed = probe.closingTagOfDrawing()
                    for (after, end) in probed.nested { settledDrawings[after] = end ?? -1 }
                    close = probed.close
                }
                if let close {
                    if close > index { drops.append(index..<close) }
                    index = close
                }
                return true
            }
            let close = findClosingTag(kind)
            if !tag.isJSONLD, close > index { drops.append(index..<close) }
            index = close
            return true
        }

        mutating func readName() -> Range<Int> {
            let start = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            return start..<index
        }

        /// The attributes, as libxml2's `htmlParseStartTag` reads them, to the end of the start tag; `nil` when the
        /// page ends first. `isJSONLD` when `noticingType` and a `type` attribute names JSON-LD.
        mutating func readAttributes(noticingType: Bool) -> (selfClosing: Bool, isJSONLD: Bool)? {
            var isJSONLD = false
            var seen = HTMLAttributeSet()
            while true {
                skipBlanks()
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: ">") {
                    index += 1
                    return (false, isJSONLD)
                }
                if starts(with: "/>", at: index) {
                    index += 2
                    return (true, isJSONLD)
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
                let attribute = readName()
                let isType = noticingType && equalsIgnoringCase("type", attribute)
                var end = attribute.upperBound
                let kept = readAttributeKey(attribute).map { seen.insert($0) } ?? false
                skipBlanks()
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    skipBlanks()
                    guard let value = readValue() else { return nil }
                    if isType, contains("ld+json", in: value) { isJSONLD = true }
                    end = index
                }
                // An attribute no rule reads (`srcset`, `data-*`, ...) is left out, name and value, and so is a
                // repetition of one the tree keeps, which libxml2 would drop after comparing it with every
                // attribute before it: a tag with many attributes then costs it no more than their bytes. The
                // blanks before the name stay, so that what was on either side does not join.
                if !kept { drops.append(attribute.lowerBound..<end) }
            }
        }

        /// The number of the `HTMLAttribute` called `name`, in any case; `nil` for an attribute no rule reads. The
        /// name is packed in two numbers, lower-cased, and compared with the packed names of its length.
        private func readAttributeKey(_ name: Range<Int>) -> UInt8? {
            guard name.count < readAttributes.count else { return nil }
            var packed = (UInt64(0), UInt64(0))
            for (offset, position) in name.enumerated() {
                let byte = UInt64(bytes[position] | 0x20)
                if offset < 8 {
                    packed.0 |= byte << UInt64(8 * offset)
                } else {
                    packed.1 |= byte << UInt64(8 * (offset - 8))
                }
            }
            for candidate in readAttributes[name.count] where candidate.packed == packed { return candidate.key }
            return nil
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

        func find(_ byte: UInt8, from start: Int) -> Int? {
            bytes.firstIndex(of: byte, from: start)
        }

        func starts(with literal: StaticString, at offset: Int) -> Bool {
            bytes.starts(with: literal, at: offset)
        }

        /// Whether the bytes of `range` spell `lowercase` (ASCII), in any case.
        func equalsIgnoringCase(_ lowercase: StaticString, _ range: Range<Int>) -> Bool {
            bytes.equalsIgnoringCase(lowercase, range)
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

/// A set of `HTMLAttribute` numbers, as bits.
private struct HTMLAttributeSet {
    private var bits: UInt64 = 0

    /// Adds `key`; whether it was not there yet.
    mutating func insert(_ key: UInt8) -> Bool {
        precondition(key < 64, "HTMLAttributeSet holds the numbers of 64 attributes")
        let bit: UInt64 = 1 << UInt64(key)
        defer { bits |= bit }
        return bits & bit == 0
    }
}
