import CLibXML2

// The libxml2 glue: the one file of WiredeskCore that calls libxml2 and handles the C pointers it hands out (the
// page's bytes lent to the parser, the builder passed through the parser's user data, names and texts in the SAX
// callbacks). Each pointer is used only inside the call that lends it.

extension HTMLTree {
    static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses `input` with libxml2's HTML parser in recovery mode, without network access, error output or entity
    /// loading, and builds the tree from the parser's events (SAX): libxml2 then builds no document of its own, so
    /// none of its nodes is allocated, copied or freed. The parser fixes the structure (implied and auto-closed
    /// elements) before it reports it, so the tree is the one its document would have been, except for what no
    /// rule reads (`HTMLRawText`: script, style and drawing contents, unread attribute values, repeated blanks).
    ///
    /// `keepingUnreadMarkup` hands libxml2 the page as it is written, all that `HTMLRawText` would leave out kept.
    /// A spent `budget` stops the parser at its next element; the tree then holds what was read so far.
    static func parse(
        _ input: HTMLCharset.Input,
        keepingUnreadMarkup: Bool = false,
        budget: ExtractionBudget = .unlimited
    ) -> HTMLTree {
        _ = libxmlInitialized
        var builder = HTMLTreeBuilder(expectedNodes: max(64, input.bytes.count / 40), budget: budget)
        var bytes = input.bytes
        // Legacy multi-byte charsets may hide a `<` inside a character; UTF-8 cannot.
        if !keepingUnreadMarkup, input.encoding == "UTF-8",
            let filtered = HTMLRawText.withoutDroppableMarkup(bytes, budget: budget)
        {
            bytes = filtered
        }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                guard let context = htmlCreateMemoryParserCtxt(characters, Int32(buffer.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                htmlCtxtUseOptions(context, parseOptions)
                if input.encoding == "UTF-8" {
                    // Read in place: naming UTF-8 through a handler would make libxml2 copy every byte first.
                    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                } else if let handler = xmlFindCharEncodingHandler(input.encoding) {
                    xmlSwitchToEncoding(context, handler)
                }
                withUnsafeMutablePointer(to: &builder) { builder in
                    HTMLTreeBuilder.install(builder, in: context)
                    builder.pointee.parser = context
                    htmlParseDocument(context)
                }
            }
        }
        return builder.finish()
    }

    /// libxml2's global state (its dictionaries' lock and random seed) set up once, before any thread parses: a
    /// parser context made directly, unlike `htmlReadMemory`, does not set it up, and two threads doing so at once
    /// deadlock.
    private static let libxmlInitialized: Void = xmlInitParser()

    /// libxml2's parse into its own document, freed at once: the baseline the benchmark compares extraction with.
    static func parseAndDiscard(_ input: HTMLCharset.Input) {
        let document = input.bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    htmlReadMemory(characters, Int32(buffer.count), nil, input.encoding, parseOptions)
                }
            }
        }
        if let document { xmlFreeDoc(document) }
    }

    /// Whether libxml2 (through iconv) can decode the charset called `name`.
    static func libxmlKnowsCharset(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}

/// Builds an `HTMLTree` from libxml2's SAX events as libxml2's own tree builder builds its document: an element
/// opens under the current one, text adjoining text joins it, and text outside every element is dropped; only
/// below `HTMLTree.maximumDepth` do elements stop nesting.
///
/// The callbacks reach it through a pointer, which (unlike a class's stored properties) costs no run-time
/// exclusivity check per access.
private struct HTMLTreeBuilder {
    private var tree = HTMLTree()
    private var content: HTMLTree.ContentBuilder
    /// The innermost open element, or the element at `HTMLTree.maximumDepth` when elements below it are open.
    private var current = HTMLTree.root
    /// How many elements `current` is below the root.
    private var depth = 0
    /// The elements opened below the depth limit, innermost last: each is a child of `current`.
    private var flattened: [Int] = []
    /// Text reported since the last tag; libxml2 reports one run of text in several pieces.
    private var pendingText: [UInt8] = []
    private var elementNames = NameCache<(name: String, tag: HTMLTag)>(empty: ("", .other))
    /// Attribute numbers by libxml2's name pointer; `unread` for attributes no rule reads.
    private var attributeKeys = NameCache<UInt8>(empty: unread)
    private static let unread = UInt8.max
    /// Looked at every 1,024 elements: a spent budget stops the parser (`xmlStopParser`), which then reports no more.
    private let budget: ExtractionBudget
    private var elementsSinceBudgetCheck: UInt32 = 0
    /// The parser reporting to this builder, set once the parse starts.
    var parser: htmlParserCtxtPtr?

    init(expectedNodes: Int, budget: ExtractionBudget) {
        self.budget = budget
        tree.nodes.reserveCapacity(expectedNodes)
        tree.summaries.reserveCapacity(expectedNodes)
        content = HTMLTree.ContentBuilder(capacity: expectedNodes)
        pendingText.reserveCapacity(4096)
    }

    /// Points the parser's callbacks at `builder`, which must outlive the parse.
    static func install(_ builder: UnsafeMutablePointer<HTMLTreeBuilder>, in context: htmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            HTMLTreeBuilder.from(context).pointee.start(name, attributes)
        }
        handler.endElement = { context, _ in HTMLTreeBuilder.from(context).pointee.end() }
        handler.characters = { context, bytes, count in HTMLTreeBuilder.from(context).pointee.characters(bytes, count) }
        // Script and style contents come as CDATA; they are text to the rules, as they were in a document.
        handler.cdataBlock = handler.characters
        handler.ignorableWhitespace = handler.characters
        handler.initialized = 1
        sax.pointee = handler
        context.pointee.userData = UnsafeMutableRawPointer(builder)
    }

    private static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder> {
        context!.assumingMemoryBound(to: HTMLTreeBuilder.self)
    }

    mutating func finish() -> HTMLTree {
        flushText()
        tree.content = HTMLTree.Content(content)
        tree.summarizeCopiedNodes()
        return tree
    }

    private mutating func start(
        _ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        flushText()
        elementsSinceBudgetCheck &+= 1
        if elementsSinceBudgetCheck & 0x3FF == 0, budget.isOver, let parser { xmlStopParser(parser) }
        var element = (name: "", tag: HTMLTag.other)
        if let name {
            element = elementNames.value(for: name) {
                let lowered = String(cString: name).lowercased()
                return (lowered, HTMLTag(lowered))
            }
        }
        let attributesStart = Int32(content.attributeKeys.count)
        if var cursor = attributes {
            while let attribute = cursor[0] {
                let key = attributeKeys.value(for: attribute) {
                    HTMLAttribute.key(named: String(cString: attribute).lowercased()) ?? Self.unread
                }
                // libxml2 drops repeated attributes, so each key comes once.
                if key != Self.unread {
                    content.attributeKeys.append(key)
                    content.attributeValues.append(cursor[1].map { String(cString: $0) } ?? "")
                }
                cursor += 2
            }
        }
        content.appendElement(name: element.name, attributesStart: attributesStart)
        let node = tree.append(HTMLTree.Node(tag: element.tag), to: current, text: "")
        if depth < HTMLTree.maximumDepth {
            current = node
            depth += 1
        } else {
            flattened.append(node)
        }
    }

    private mutating func end() {
        flushText()
        if !flattened.isEmpty {
            flattened.removeLast()
        } else if current != HTMLTree.root {
            current = tree[current].parent
            depth -= 1
        }
    }

    private mutating func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
        guard let bytes, count > 0, current != HTMLTree.root else { return }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        let text = String(decoding: pendingText, as: UTF8.self)
        pendingText.removeAll(keepingCapacity: true)
        content.appendText(text)
        tree.append(HTMLTree.Node(tag: .text), to: flattened.last ?? current, text: text)
    }
}

/// What libxml2's interned names (one pointer per distinct name and document) have been converted to: a small
/// table indexed by the pointer's bits, where a colliding name simply replaces the older one.
private struct NameCache<Value> {
    private var pointers: [UnsafePointer<xmlChar>?]
    private var values: [Value]

    init(empty: Value) {
        pointers = Array(repeating: nil, count: 256)
        values = Array(repeating: empty, count: 256)
    }

    mutating func value(for pointer: UnsafePointer<xmlChar>, convert: () -> Value) -> Value {
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 3) & 255
        if pointers[slot] == pointer { return values[slot] }
        let value = convert()
        pointers[slot] = pointer
        values[slot] = value
        return value
    }
}
