import Foundation
import WiredeskText

/// Finds what no extraction rule reads in a UTF-8 page, so that it can be left out before libxml2 parses it: the
/// bodies of `<script>` and `<style>` elements (JSON-LD, `type="application/ld+json"`, is kept), the contents of
/// inline `<svg>` drawings, the attributes the tree does not keep (`HTMLAttribute`), repetitions of those it keeps,
/// and end tags that close nothing.
///
/// They are half of a typical article page's bytes, and libxml2 reads them one character at a time.
/// The scan follows libxml2's own HTML tokenizer wherever markup could hide: a tag opens at `<` and an ASCII letter;
/// its attribute values run to the matching quote (across `>`), or to a space or `>` when unquoted; `/>` closes the
/// element at once; comments end at `-->` or `--!>`; a doctype, an end tag and a processing instruction (`<?` and a
/// name) end at the next `>`, and any other `<!` or `<?` is text; a raw-text body ends at the next `</script` or
/// `</style`, in any case, and a drawing at the `</svg` that closes it. Where the page is cut short inside any of
/// these, the scan stops and keeps the rest as it is.
enum HTMLRawText {
    /// The byte ranges to leave out, in order. A spent `budget` ends the scan: the rest of the page is kept.
    static func droppableRanges(
        in bytes: ByteView, budget: ExtractionBudget = .unlimited
    ) -> [Range<Int>] {
        var scanner = Scanner(bytes: bytes, budget: budget)
        return scanner.run()
    }

    /// `bytes` without the ranges `droppableRanges` finds; `nil` when there is none.
    static func withoutDroppableMarkup(_ bytes: [UInt8], budget: ExtractionBudget = .unlimited) -> [UInt8]? {
        bytes.withBytes { buffer -> [UInt8]? in
            let drops = droppableRanges(in: buffer, budget: budget)
            guard !drops.isEmpty else { return nil }
            let dropped = drops.reduce(0) { $0 + $1.count }
            var result: [UInt8] = []
            result.reserveCapacity(buffer.count - dropped)
            var kept = 0
            for drop in drops {
                result.append(contentsOf: buffer.view(kept..<drop.lowerBound))
                kept = drop.upperBound
            }
            result.append(contentsOf: buffer.view(kept..<buffer.count))
            return result
        }
    }

    /// SVG elements that libxml2 does not know as HTML, so that it reads them as it reads any unknown element
    /// (`<title>`, `<a>`, `<style>`, `<script>` and `<foreignObject>`, which it may treat otherwise, are not here).
    static let drawingElements: Set<String> = [
        "svg", "g", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse", "use", "defs", "symbol",
        "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "filter", "marker", "desc",
        "metadata", "text", "tspan", "textpath", "image", "view", "switch", "animate", "animatetransform",
        "animatemotion", "set", "mpath",
    ]

    /// The names of `HTMLAttribute` (at most 16 bytes), packed lower-case as `readAttributeKey` packs them, with their
    /// numbers, by length. `| 0x20` lower-cases letters and leaves the other bytes of these names (`-`, `:`) as they
    /// are; a name that differs only in such a bit (`_` for a DEL) is no name libxml2 reads.
    static let readAttributeNames: [[(packed: (UInt64, UInt64), key: UInt8)]] = {
        let names = HTMLAttribute.allCases.map { attribute in
            let bytes = Array(attribute.name.utf8)
            precondition(bytes.count <= 16, "\(attribute.name) is longer than readAttributeKey packs")
            var packed = (UInt64(0), UInt64(0))
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 {
                    packed.0 |= UInt64(byte) << UInt64(8 * offset)
                } else {
                    packed.1 |= UInt64(byte) << UInt64(8 * (offset - 8))
                }
            }
            return (length: bytes.count, packed: packed, key: attribute.key)
        }
        let longest = names.map(\.length).max() ?? 0
        return (0...longest).map { length in names.filter { $0.length == length }.map { ($0.packed, $0.key) } }
    }()

    /// Which element with unread contents a start tag opens.
    enum RawKind {
        case script, style, svg, none
    }
}
