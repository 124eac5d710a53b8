/// The scoring step of `HTMLContentFinder`: class weights, initial scores by tag, paragraphs scoring their
/// ancestors, the top candidate chosen and widened to its related siblings.
extension HTMLContentFinder {
    func classWeight(_ node: Int) -> Double {
        guard rules.contains(.weightClasses) else { return 0 }
        var weight = 0.0
        for attribute in [HTMLAttribute.className, .id] {
            guard let value = tree.attribute(attribute, of: node)?.lowercased(), !value.isEmpty else { continue }
            if HTMLContentHints.matches(HTMLContentHints.negative, in: value) { weight -= 25 }
            if HTMLContentHints.matches(HTMLContentHints.positive, in: value) { weight += 25 }
        }
        // Markup that says outright where the article text is.
        if HTMLContentHints.contains(tree.attribute(.itemprop, of: node)?.lowercased() ?? "", "articlebody") {
            weight += 25
        }
        return weight
    }

    private func initialScore(_ node: Int) -> Double {
        let base: Double =
            switch tree.name(of: node) {
            case "article": 10
            case "div": 5
            case "pre", "td", "blockquote": 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
            default: 0
            }
        return base + classWeight(node)
    }

    /// Each paragraph of 25 characters or more adds to its parent, half to its grandparent, and a third of the
    /// level to farther ancestors, up to five levels.
    mutating func scoreAncestors(of paragraphs: [Int]) throws(Rejection) -> [Int] {
        var candidates: [Int] = []
        // Which nodes are still in the document, from one walk rather than one climb per paragraph.
        var attached = [Bool](repeating: false, count: tree.nodes.count)
        var node = tree.following(HTMLTree.root, within: HTMLTree.root)
        var step = 0
        while node >= 0 {
            attached[node] = true
            step += 1
            try budget.check(atStep: step)
            node = tree.following(node, within: HTMLTree.root)
        }
        for (step, paragraph) in paragraphs.enumerated() where attached[paragraph] {
            try budget.check(atStep: step)
            let summary = tree.summary(of: paragraph)
            let length = summary.length
            guard length >= 25 else { continue }
            let score = 2 + Double(summary.commas) + Double(min(length / 100, 3))
            var ancestor = tree[paragraph].parent
            var level = 0
            while ancestor > HTMLTree.root, level < 5 {
                if scores[ancestor] == nil {
                    scores[ancestor] = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += score / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        for candidate in candidates {
            scores[candidate, default: 0] *= 1 - tree.linkDensity(of: candidate)
        }
        return candidates
    }

    private func body() -> Int {
        let found = tree.first(named: "body")
        return found >= 0 ? found : HTMLTree.root
    }

    mutating func chooseTopCandidate(from candidates: [Int]) -> Int {
        let ranked = candidates.sorted { scores[$0, default: 0] > scores[$1, default: 0] }.prefix(5)
        guard var top = ranked.first, tree.name(of: top) != "body" else {
            let body = body()
            let wrapper = tree.appendElement("div", to: body)
            for child in Array(tree.children(of: body)) where child != wrapper { tree.move(child, toEndOf: wrapper) }
            scores[wrapper] = initialScore(wrapper)
            return wrapper
        }
        let topScore = scores[top, default: 0]
        // Several near-equal candidates under one ancestor: the article is split into boxes; take the ancestor.
        let alternatives = ranked.dropFirst().filter { scores[$0, default: 0] / topScore >= 0.75 }.map {
            Set(ancestors(of: $0))
        }
        if alternatives.count >= 3 {
            var parent = tree[top].parent
            while parent > HTMLTree.root, tree.name(of: parent) != "body" {
                if alternatives.filter({ $0.contains(parent) }).count >= 3 {
                    top = parent
                    break
                }
                parent = tree[parent].parent
            }
        }
        if scores[top] == nil { scores[top] = initialScore(top) }
        // Climb while the parent scores better: the text is spread over siblings the parent holds.
        var parent = tree[top].parent
        var lastScore = scores[top, default: 0]
        let threshold = lastScore / 3
        while parent > HTMLTree.root, tree.name(of: parent) != "body" {
            guard let parentScore = scores[parent] else {
                parent = tree[parent].parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        parent = tree[top].parent
        while parent > HTMLTree.root, tree.name(of: parent) != "body", tree.elementChildren(of: parent).count == 1 {
            top = parent
            parent = tree[top].parent
        }
        if scores[top] == nil { scores[top] = initialScore(top) }
        return top
    }

    private func ancestors(of node: Int) -> [Int] {
        var result: [Int] = []
        var current = tree[node].parent
        while current > HTMLTree.root {
            result.append(current)
            current = tree[current].parent
        }
        return result
    }

    /// Siblings of the top box join the article when they score well, share its class, or are text paragraphs
    /// with few links.
    mutating func gatherSiblings(of top: Int) -> Int {
        let article = tree.appendElement("div", to: HTMLTree.root)
        let parent = tree[top].parent
        guard parent >= 0 else {
            tree.move(top, toEndOf: article)
            return article
        }
        let topScore = scores[top, default: 0]
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute(.className, of: top) ?? ""
        for sibling in tree.elementChildren(of: parent) {
            var append = sibling == top
            if !append {
                var bonus = 0.0
                if !topClass.isEmpty, tree.attribute(.className, of: sibling) == topClass { bonus += topScore * 0.2 }
                if let score = scores[sibling], score + bonus >= threshold {
                    append = true
                } else if tree.name(of: sibling) == "p" {
                    let density = tree.linkDensity(of: sibling)
                    let text = tree.innerText(of: sibling)
                    let length = text.utf16.count
                    if length > 80 && density < 0.25 {
                        append = true
                    } else if length < 80, length > 0, density == 0,
                        HTMLContentHints.contains(text, ". ") || text.hasSuffix(".")
                    {
                        append = true
                    }
                }
            }
            if append { tree.move(sibling, toEndOf: article) }
        }
        return article
    }
}
