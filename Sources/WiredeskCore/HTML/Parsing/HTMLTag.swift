/// A small number standing for an element name, given once when the tree is copied from libxml2, so that the rules'
/// questions ("is this a block?", "is this text?") are a bit test instead of hashing a string per node and per
/// question.
///
/// Every name any rule table mentions has its own number; all other elements share `HTMLTag.other`.
struct HTMLTag: Hashable {
    let rawValue: UInt8

    static let text = HTMLTag(rawValue: 0)
    static let root = HTMLTag(rawValue: 1)
    static let other = HTMLTag(rawValue: 127)

    /// Names with a number of their own; their index (plus 2) is the number.
    static let knownNames: [String] = [
        "a", "abbr", "address", "article", "aside", "audio", "b", "bdo", "big", "blockquote", "body", "br", "button",
        "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
        "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input",
        "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav",
        "noscript", "object", "ol", "option", "output", "p", "pre", "progress", "q", "ruby", "s", "samp", "script",
        "section", "select", "small", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "tt", "u", "ul", "var",
        "video", "wbr",
    ]

    private static let numbers: [String: HTMLTag] = {
        var table: [String: HTMLTag] = ["#text": .text, "#root": .root]
        for (index, name) in knownNames.enumerated() { table[name] = HTMLTag(rawValue: UInt8(index + 2)) }
        return table
    }()

    /// The lower-case name the number stands for; `HTMLTag.other` stands for many.
    var name: String {
        switch self {
        case .text: "#text"
        case .root: "#root"
        case .other: ""
        default: Self.knownNames[Int(rawValue) - 2]
        }
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The number of a lower-case element name.
    init(_ name: String) {
        self = Self.numbers[name] ?? .other
    }
}

/// The numbers of the elements the rules tell apart one by one. A rule keeps one of these for a whole page: reading
/// a field of it costs less than a global's once-check on every element.
struct HTMLCommonTags {
    let html = HTMLTag("html")
    let body = HTMLTag("body")
    let article = HTMLTag("article")
    let main = HTMLTag("main")
    let title = HTMLTag("title")
    let meta = HTMLTag("meta")
    let link = HTMLTag("link")
    let script = HTMLTag("script")
    let time = HTMLTag("time")
    let h1 = HTMLTag("h1")
    let h2 = HTMLTag("h2")
    let div = HTMLTag("div")
    let p = HTMLTag("p")
    let br = HTMLTag("br")
    let hr = HTMLTag("hr")
    let a = HTMLTag("a")
    let del = HTMLTag("del")
    let ins = HTMLTag("ins")
    let form = HTMLTag("form")
}

/// A set of element names as bits of their `HTMLTag` numbers.
struct HTMLTagSet: ExpressibleByArrayLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init() {}

    init(arrayLiteral names: String...) {
        for name in names {
            let tag = HTMLTag(name)
            precondition(tag != .other, "\(name) needs a number in HTMLTag.knownNames")
            insert(tag)
        }
    }

    mutating func insert(_ tag: HTMLTag) {
        let bit = tag.rawValue
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    @inline(__always)
    func contains(_ tag: HTMLTag) -> Bool {
        let bit = tag.rawValue
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }
}

/// The attributes the extraction rules read. The tree keeps these and no other: most of a page's attributes
/// (`src`, `srcset`, `data-*`, event handlers, sizes) are never asked for, and copying them would cost more than
/// everything read from them.
enum HTMLAttribute: UInt8, CaseIterable {
    case className, id, style, hidden, role, itemprop, rel, href, content, name, property, type, lang, datetime
    case pubdate, title, summary, datatable, ariaHidden, ariaModal, httpEquiv, xmlLang

    /// The attribute's number in the tree's storage.
    var key: UInt8 { rawValue }

    /// The name as written in HTML.
    var name: String {
        switch self {
        case .className: "class"
        case .ariaHidden: "aria-hidden"
        case .ariaModal: "aria-modal"
        case .httpEquiv: "http-equiv"
        case .xmlLang: "xml:lang"
        default: "\(self)"
        }
    }

    private static let keys: [String: UInt8] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0.key) })

    /// The number of the attribute called `name` (lower-case), or `nil` when no rule reads it.
    static func key(named name: String) -> UInt8? { keys[name] }
}
