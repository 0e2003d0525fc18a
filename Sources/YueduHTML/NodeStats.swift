import CLibXML2

/// Character counts per element, gathered in one bottom-up pass over the
/// C tree from raw UTF-8 bytes: text is counted in characters and CJK
/// punctuation, never in space-separated words.
struct TextCounts {
    var characters = 0
    var punctuation = 0
    var linkCharacters = 0
    var tags = 0
    var linkTags = 0
    /// Characters and punctuation outside nested block elements.
    var ownCharacters = 0
    var ownPunctuation = 0

    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
}

/// One document's counts, one entry per element below the root. Each
/// element's entry number is kept in its libxml2 node (`_private`, the field
/// libxml2 leaves to applications), so asking for a node's counts is an
/// array access, not a hash lookup: the scorer, the body writer and the
/// related-list finder ask hundreds of thousands of times per megabyte.
/// One `NodeStats` per document: a second one would renumber the nodes.
struct NodeStats {
    private(set) var counts: [TextCounts] = []

    /// How many elements were counted: the size of any per-element table.
    var count: Int { counts.count }

    init(root: DOMNode) {
        counts.reserveCapacity(1024)
        // Iterative post-order: each element's counts are added to its parent on exit.
        var stack: [(node: DOMNode, exiting: Bool)] = [(root, false)]
        var linkDepth = 0
        while let (node, exiting) = stack.popLast() {
            if node.isText {
                let (chars, punct) = NodeStats.count(node.textBytes)
                guard chars > 0, let parent = node.raw.pointee.parent, let p = NodeStats.number(parent) else { continue }
                counts[p].characters += chars
                counts[p].punctuation += punct
                counts[p].ownCharacters += chars
                counts[p].ownPunctuation += punct
                if linkDepth > 0 { counts[p].linkCharacters += chars }
                continue
            }
            guard node.isElement else { continue }
            let kind = node.kind
            let isLink = kind == .a
            if exiting {
                if isLink { linkDepth -= 1 }
                let i = NodeStats.number(node.raw)!
                counts[i].tags += 1
                if isLink { counts[i].linkTags += 1 }
                guard let parent = node.raw.pointee.parent, node.raw != root.raw, let p = NodeStats.number(parent) else { continue }
                let mine = counts[i]
                counts[p].characters += mine.characters; counts[p].punctuation += mine.punctuation
                counts[p].linkCharacters += mine.linkCharacters; counts[p].tags += mine.tags; counts[p].linkTags += mine.linkTags
                if !kind.isBlock {
                    counts[p].ownCharacters += mine.ownCharacters; counts[p].ownPunctuation += mine.ownPunctuation
                }
                continue
            }
            if kind.isHidden { continue }
            node.raw.pointee._private = UnsafeMutableRawPointer(bitPattern: counts.count + 1)
            counts.append(TextCounts())
            if isLink { linkDepth += 1 }
            stack.append((node, true))
            // Children pushed last to first, so the first is visited first.
            var child = node.raw.pointee.last
            while let c = child { stack.append((DOMNode(raw: c), false)); child = c.pointee.prev }
        }
        // The root's ancestors (`html` above `body`) get empty entries: the scorer's
        // shares climb to them, and tables indexed by entry number must hold them too.
        var up = root.parent
        while let a = up, NodeStats.number(a.raw) == nil {
            a.raw.pointee._private = UnsafeMutableRawPointer(bitPattern: counts.count + 1)
            counts.append(TextCounts())
            up = a.parent
        }
    }

    /// The element's entry number, if this pass counted it.
    private static func number(_ raw: xmlNodePtr) -> Int? {
        raw.pointee._private.map { Int(bitPattern: $0) - 1 }
    }

    /// The element's entry number in per-element tables of `count` entries; nil for
    /// nodes not counted (text, hidden subtrees, anything outside the root).
    func index(_ node: DOMNode) -> Int? {
        guard node.isElement, let i = NodeStats.number(node.raw), i < counts.count else { return nil }
        return i
    }

    subscript(node: DOMNode) -> TextCounts {
        guard let i = index(node) else { return TextCounts() }
        return counts[i]
    }

    /// Non-space characters and sentence punctuation in UTF-8 bytes.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (characters: Int, punctuation: Int) {
        var chars = 0, punct = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b > 0x20 { chars += 1 }
                if b == 0x2C || b == 0x2E || b == 0x3B || b == 0x21 || b == 0x3F { punct += 1 }
                i += 1; continue
            }
            if b & 0xC0 == 0x80 { i += 1; continue }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { i += 2; continue }
            if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x80 { i += 3; continue }  // U+3000 ideographic space
                if c == 0x81 || c == 0x82 { punct += 1 }  // 、。
            } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBC {
                let c = bytes[i + 2]
                if c == 0x8C || c == 0x81 || c == 0x9F || c == 0x9B || c == 0x9A { punct += 1 }  // ，！？；：
            } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                punct += 1  // “”
            }
            chars += 1
            i += 1
        }
        return (chars, punct)
    }
}
