import CLibXML2

/// Finds the article's body the way Readability's `_grabArticle` does, but
/// counting characters and CJK punctuation: every text block scores
/// 1 + punctuation + min(characters / 100, 3); the score flows to its parent
/// and, halved, to its grandparent; link-heavy candidates are discounted.
struct BodyScorer {
    /// Shorter blocks are captions and labels (Readability: 25 Latin letters).
    static let minimumBlockCharacters = 10

    let stats: NodeStats
    let isFurniture: FurnitureTest

    /// The nodes whose text is the article: the best candidate and the
    /// siblings that score near it.
    func bodyNodes(in body: DOMNode) -> [DOMNode] {
        // Scores by the elements' entry numbers in `stats`; nil until an element becomes a candidate.
        var scores = [Double?](repeating: nil, count: stats.count)
        var order: [DOMNode] = []
        // Readability's shares: all to the parent, half to the grandparent, a third of that further up.
        func add(_ target: DOMNode, _ s: Double, level: Int) {
            guard let i = stats.index(target) else { return }
            if scores[i] == nil {
                scores[i] = initialScore(target)
                order.append(target)
            }
            let divider = level <= 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
            scores[i]! += s / divider
        }
        body.walk { node in
            guard node.isElement else { return false }
            if HiddenTags.contains(node) || isFurniture(node) { return false }
            let counts = stats[node]
            let kind = node.kind
            guard counts.ownCharacters >= BodyScorer.minimumBlockCharacters, !kind.isHeading else { return true }
            let score = 1 + Double(counts.ownPunctuation) + min(Double(counts.ownCharacters) / 100, 3)
            var ancestor = node.parent
            var level = 0
            // A <div> holding text directly is a candidate itself (Readability makes it a paragraph
            // inside a new container); a <p> only scores its ancestors.
            if ![.p, .pre, .td, .blockquote].contains(kind) || node.parent == nil {
                add(node, score, level: -1)
            }
            while let a = ancestor, level < 5 {
                add(a, score, level: level)
                ancestor = a.parent
                level += 1
            }
            return true
        }
        guard let top = order.max(by: { finalScore($0, scores) < finalScore($1, scores) }) else { return [body] }
        let topScore = finalScore(top, scores)
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, topScore * 0.2)
        var nodes: [DOMNode] = []
        for sibling in parent.elementChildren {
            if sibling == top { nodes.append(sibling); continue }
            if HiddenTags.contains(sibling) || isFurniture(sibling) { continue }
            let counts = stats[sibling]
            var keep = stats.index(sibling).flatMap { scores[$0] } != nil && finalScore(sibling, scores) >= threshold
            if !keep, sibling.kind == .p {
                keep = (counts.characters > 80 && counts.linkDensity < 0.25)
                    || (counts.characters > 0 && counts.linkDensity == 0 && counts.punctuation > 0)
            }
            if keep { nodes.append(sibling) }
        }
        return nodes
    }

    private func finalScore(_ node: DOMNode, _ scores: [Double?]) -> Double {
        (stats.index(node).flatMap { scores[$0] } ?? 0) * (1 - stats[node].linkDensity)
    }

    private func initialScore(_ node: DOMNode) -> Double {
        var score: Double
        switch node.kind {
        case .div, .article, .section: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        return score + isFurniture.classWeight(node)
    }
}
