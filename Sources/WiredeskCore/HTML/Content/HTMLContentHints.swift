import WiredeskText

/// The tables the main-content search reads: which tags are furniture, which class and id words mark content or
/// clutter, which lines are teasers. One place to read and extend them; the code that applies them is generic.
enum HTMLContentHints {
    /// Never part of an article's text, wherever they are.
    static let alwaysDropped: HTMLTagSet = [
        "script", "style", "noscript", "template", "iframe", "svg", "math", "button", "input", "select", "textarea",
        "object", "embed", "canvas", "link", "meta", "head", "title", "dialog", "video", "audio", "map",
    ]

    /// Page furniture by its tag; kept only when it holds what is clearly a whole article (some sites wrap
    /// everything in one `<form>` or `<header>`).
    static let furniture: HTMLTagSet = ["nav", "header", "footer", "aside", "form", "menu"]

    /// Class or id words of boxes that are not the article: removed before scoring unless a content word
    /// (`okMaybe`) appears too.
    static let unlikely: HTMLClassWords = [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "newsletter", "subscribe", "advert", "promo", "recommend", "navigation",
        "navbar",
        // Calls to action: sign-up and registration boxes, paywall teasers, boxes named for the call itself.
        "signup", "sign-up", "sign_up", "paywall", "regwall", "-cta", "cta-", "_cta",
    ]
    static let okMaybe: HTMLClassWords = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]

    /// Class or id words that raise (positive) or lower (negative) a box's score.
    static let positive: HTMLClassWords = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story",
    ]
    static let negative: HTMLClassWords = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "social", "cookie", "newsletter", "subscribe", "advert", "breadcrumb", "nav",
    ]

    /// ARIA roles of navigation and pop-ups.
    static let unlikelyRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    ]

    /// Class, id, `rel` or `itemprop` words of the element that names the author.
    static let byline: HTMLClassWords = ["byline", "author", "dateline", "writtenby", "p-author"]

    /// Class words of a photo credit inside a figure.
    static let credit: HTMLClassWords = ["credit", "copyright", "photographer"]

    /// Elements that score as paragraphs.
    static let scored: HTMLTagSet = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]

    /// A `<div>` holding one of these is a container, not a paragraph.
    static let blockInDiv: HTMLTagSet = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]

    /// Inline elements: runs of them inside a `<div>` form a paragraph.
    static let phrasing: HTMLTagSet = [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i",
        "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
        "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var",
        "wbr", "font", "u", "s", "strike", "tt", "big",
    ]

    /// Elements that start a paragraph of their own in the output text.
    static let block: HTMLTagSet = [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "caption", "ul", "body", "html", "legend", "option",
    ]

    /// Table cells: written on their row's line, not as paragraphs of their own.
    static let cells: HTMLTagSet = ["td", "th"]

    /// Lines that are page furniture whatever block holds them, matched case-insensitively at their start; only
    /// short lines are checked.
    static let teaserPrefixes = [
        "read more", "read also", "see also", "related:", "related articles", "related stories", "follow us",
        "follow @", "share this", "share on", "share via", "sign up for", "subscribe to", "click here to",
        "continue reading", "advertisement", "more from", "lesen sie auch", "mehr zum thema", "lire aussi",
        "à lire aussi", "lea también", "leia também",
    ]
    static let teaserMaximumLength = 80

    static func matches(_ words: HTMLClassWords, in text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return text.withBytes { words.occur(in: $0) }
    }

    /// Whether an inline style hides the element (`display: none`, `visibility: hidden`), in any case and
    /// spacing; read on the bytes, as styles are ASCII.
    static func styleHides(_ style: String) -> Bool {
        var squeezed: [UInt8] = []
        squeezed.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 {
            squeezed.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return squeezed.withBytes { bytes in
            ["display:none", "visibility:hidden"].contains { needle in
                return needle.withBytes { HTMLClassWords.occurs($0, in: bytes) }
            }
        }
    }

    /// Plain byte search: the standard library's generic substring search builds a table per call, which costs
    /// more than the search itself on the short class names it is used on here, thousands of times per page.
    static func contains(_ text: String, _ word: String) -> Bool {
        return text.withBytes { haystack in word.withBytes { HTMLClassWords.occurs($0, in: haystack) } }
    }
}

/// A list of words searched for inside class names and labels, kept as bytes and indexed by first byte, so one
/// pass over the text tries only the words that can start at each position.
struct HTMLClassWords: ExpressibleByArrayLiteral {
    let words: [String]
    private let index: FirstByteWordIndex

    init(arrayLiteral words: String...) {
        self.words = words
        index = FirstByteWordIndex(words.map { ($0, 1) })
    }

    func occur(in haystack: ByteView) -> Bool {
        index.hits(in: haystack, stoppingAt: 1) != 0
    }

    static func occurs(_ needle: ByteView, in haystack: ByteView) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}

/// Several word lists searched together in one pass over a text; `hits` sets bit `i` when a word of list `i` occurs.
struct HTMLClassWordLists {
    private let index: FirstByteWordIndex
    private let all: UInt32

    init(_ lists: [HTMLClassWords]) {
        index = FirstByteWordIndex(
            lists.enumerated().flatMap { number, words in words.words.map { ($0, UInt32(1) << UInt32(number)) } })
        all = lists.isEmpty ? 0 : UInt32.max >> UInt32(32 - lists.count)
    }

    func hits(in text: String) -> UInt32 {
        guard !text.isEmpty else { return 0 }
        return text.withBytes { index.hits(in: $0, stoppingAt: all) }
    }
}

/// Words with a bit each, as bytes in flat arrays indexed by first byte: a text is searched for all of them in one
/// pass, and reading the tables costs no reference counting, as nested arrays would on every byte.
struct FirstByteWordIndex {
    /// The words' bytes, one after another: word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let bits: [UInt32]
    /// The numbers of the words starting with byte `b` are `candidates[firstByteStarts[b]..<firstByteStarts[b + 1]]`.
    private let candidates: [Int32]
    private let firstByteStarts: [Int32]

    init(_ words: [(word: String, bit: UInt32)]) {
        let words = words.filter { !$0.word.isEmpty }
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for (word, _) in words {
            bytes += Array(word.utf8)
            starts.append(Int32(bytes.count))
        }
        var candidates: [Int32] = []
        var firstByteStarts: [Int32] = [0]
        for byte in 0...255 {
            for number in words.indices where bytes[Int(starts[number])] == UInt8(byte) {
                candidates.append(Int32(number))
            }
            firstByteStarts.append(Int32(candidates.count))
        }
        self.bytes = bytes
        self.starts = starts
        bits = words.map(\.bit)
        self.candidates = candidates
        self.firstByteStarts = firstByteStarts
    }

    /// The bits of the words occurring in `haystack`; the search stops once all of `stoppingAt` are set.
    func hits(in haystack: ByteView, stoppingAt wanted: UInt32) -> UInt32 {
        // The tables as local constants: the loop reads them without going through `self`.
        let (starts, bits, candidates, firstByteStarts) = (starts, bits, candidates, firstByteStarts)
        return bytes.withBytes { bytes in
            var found: UInt32 = 0
            for start in haystack.indices {
                let byte = Int(haystack[start])
                var slot = Int(firstByteStarts[byte])
                let end = Int(firstByteStarts[byte + 1])
                while slot < end {
                    let number = Int(candidates[slot])
                    slot += 1
                    guard found & bits[number] == 0 else { continue }
                    let wordStart = Int(starts[number])
                    let count = Int(starts[number + 1]) - wordStart
                    guard count <= haystack.count - start else { continue }
                    var offset = 1
                    while offset < count, haystack[start + offset] == bytes[wordStart + offset] {
                        offset += 1
                    }
                    if offset == count {
                        found |= bits[number]
                        if found & wanted == wanted { return found }
                    }
                }
            }
            return found
        }
    }
}
