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

struct NodeStats {
    private(set) var counts: [xmlNodePtr: TextCounts] = [:]

    init(root: DOMNode) {
        // Iterative post-order: each element's counts are added to its parent on exit.
        var stack: [(node: DOMNode, exiting: Bool)] = [(root, false)]
        var linkDepth = 0
        while let (node, exiting) = stack.popLast() {
            if node.isText {
                let (chars, punct) = NodeStats.count(node.textBytes)
                guard chars > 0, let parent = node.raw.pointee.parent else { continue }
                counts[parent, default: TextCounts()].characters += chars
                counts[parent, default: TextCounts()].punctuation += punct
                counts[parent, default: TextCounts()].ownCharacters += chars
                counts[parent, default: TextCounts()].ownPunctuation += punct
                if linkDepth > 0 { counts[parent, default: TextCounts()].linkCharacters += chars }
                continue
            }
            guard node.isElement else { continue }
            let isLink = node.tag == "a"
            if exiting {
                if isLink { linkDepth -= 1 }
                var mine = counts[node.raw, default: TextCounts()]
                mine.tags += 1
                if isLink { mine.linkTags += 1 }
                counts[node.raw] = mine
                guard let parent = node.raw.pointee.parent, node.raw != root.raw else { continue }
                var up = counts[parent, default: TextCounts()]
                up.characters += mine.characters; up.punctuation += mine.punctuation
                up.linkCharacters += mine.linkCharacters; up.tags += mine.tags; up.linkTags += mine.linkTags
                if !BlockText.blockTags.contains(node.tag) {
                    up.ownCharacters += mine.ownCharacters; up.ownPunctuation += mine.ownPunctuation
                }
                counts[parent] = up
                continue
            }
            if HiddenTags.contains(node) { continue }
            if isLink { linkDepth += 1 }
            stack.append((node, true))
            var child = node.raw.pointee.children
            var pushed: [DOMNode] = []
            while let c = child { pushed.append(DOMNode(raw: c)); child = c.pointee.next }
            for c in pushed.reversed() { stack.append((c, false)) }
        }
    }

    subscript(node: DOMNode) -> TextCounts { counts[node.raw] ?? TextCounts() }

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
