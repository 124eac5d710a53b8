/// Text measurements of a subtree, as the content scoring needs them: visible length with whitespace runs counted
/// once, share of it inside links, commas.
extension HTMLTree {
    /// The text below `index` with runs of whitespace collapsed to one space, trimmed; with `spacingElements`, text
    /// nodes are kept apart by a space too (date boxes write `Mai<span>06</span>2018`).
    func innerText(of index: Int, spacingElements: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        func add(_ text: String) {
            for scalar in text.unicodeScalars {
                if HTMLTree.isSpace(scalar) {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(" ") }
                    pendingSpace = false
                    result.append(scalar)
                }
            }
        }
        if nodes[index].isText {
            add(nodes[index].text)
        } else {
            walk(below: index) { node in
                if nodes[node].isText {
                    add(nodes[node].text)
                    if spacingElements { pendingSpace = !result.isEmpty }
                }
                return true
            }
        }
        return String(result)
    }

    /// Length in UTF-16 units of `innerText(of:)`, computed without building the string.
    func textLength(of index: Int) -> Int {
        var length = 0
        var pendingSpace = false
        func add(_ text: String) {
            for scalar in text.unicodeScalars {
                if HTMLTree.isSpace(scalar) {
                    pendingSpace = length > 0
                } else {
                    if pendingSpace { length += 1 }
                    pendingSpace = false
                    length += scalar.value > 0xFFFF ? 2 : 1
                }
            }
        }
        if nodes[index].isText {
            add(nodes[index].text)
        } else {
            walk(below: index) { node in
                if nodes[node].isText { add(nodes[node].text) }
                return true
            }
        }
        return length
    }

    /// Share of the text that sits inside links; in-page anchors (`href="#..."`) count for less, since tables of
    /// contents and footnote marks are part of an article.
    func linkDensity(of index: Int) -> Double {
        let total = textLength(of: index)
        guard total > 0 else { return 0 }
        var linked = 0.0
        walk(below: index) { node in
            guard nodes[node].name == "a" else { return true }
            let weight = attribute("href", of: node)?.hasPrefix("#") == true ? 0.3 : 1
            linked += Double(textLength(of: node)) * weight
            return false
        }
        return linked / Double(total)
    }

    /// `text` trimmed, with inner runs of whitespace collapsed to one space.
    static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(isSpace) }).joined(separator: " ")
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Commas, including the Arabic, CJK and full-width ones, which separate clauses as the ASCII comma does.
    static func commaCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in
            switch scalar.value {
            case 0x2C, 0x060C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001: count + 1
            default: count
            }
        }
    }
}
