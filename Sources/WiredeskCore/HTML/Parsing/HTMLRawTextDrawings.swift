import WiredeskText

/// How `HTMLRawText.Scanner` decides whether an inline `<svg>` drawing can be left out: it must hold nothing but
/// balanced drawing elements and comments, up to the `</svg>` that closes it.
extension HTMLRawText.Scanner {
    /// Where the `</svg` that closes the drawing just opened starts, when everything up to it is drawing
    /// elements (`HTMLRawText.drawingElements`), each closed in order, and comments; `nil` otherwise.
    ///
    /// Drawings nested in it are settled by the same scan (`nested`, by the index after their start tag): one
    /// closed in order before the scan ends closes where its end tag starts; every one still open when the scan
    /// fails fails with it, as a probe of its own would have at the same tag.
    mutating func closingTagOfDrawing() -> (close: Int?, nested: [(after: Int, close: Int?)]) {
        var open: [(name: Range<Int>, after: Int?)] = []
        var nested: [(after: Int, close: Int?)] = []
        func failing() -> (close: Int?, nested: [(after: Int, close: Int?)]) {
            for element in open { if let after = element.after { nested.append((after, nil)) } }
            return (nil, nested)
        }
        while let start = find(UInt8(ascii: "<"), from: index) {
            index = start + 1
            guard index < bytes.count else { return failing() }
            if bytes[index] == UInt8(ascii: "/") {
                index += 1
                let name = readName()
                if let innermost = open.last {
                    guard equalSpelling(innermost.name, name) else { return failing() }
                    if let after = innermost.after { nested.append((after, start)) }
                    open.removeLast()
                } else {
                    return (equalsIgnoringCase("svg", name) ? start : nil, nested)
                }
            } else if starts(with: "!--", at: index) {
                guard let end = commentEnd(from: index + 3) else { return failing() }
                index = end
            } else if ASCIIByte.isLetter(bytes[index]) {
                let name = readName()
                guard isDrawingElement(name), let tag = readAttributes(noticingType: false) else {
                    return failing()
                }
                if !tag.selfClosing { open.append((name, equalsIgnoringCase("svg", name) ? index : nil)) }
            }
        }
        return failing()
    }

    func isDrawingElement(_ name: Range<Int>) -> Bool {
        if name.count > 2, bytes[name.lowerBound] | 0x20 == UInt8(ascii: "f"),
            bytes[name.lowerBound + 1] | 0x20 == UInt8(ascii: "e")
        {
            return true  // filter primitives: feGaussianBlur, feOffset, ...
        }
        let lowered = String(decoding: bytes[name].map { $0 | 0x20 }, as: UTF8.self)
        return HTMLRawText.drawingElements.contains(lowered)
    }

    /// Whether two names are the same, in any case.
    func equalSpelling(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        first.count == second.count
            && zip(bytes[first], bytes[second]).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }
}
