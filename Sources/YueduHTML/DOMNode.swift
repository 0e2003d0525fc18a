import CLibXML2

/// A borrowed view of one libxml2 node; valid while its `HTMLDocument` lives.
/// Walks the C tree directly so scoring never builds a String per node.
struct DOMNode: Hashable {
    let raw: xmlNodePtr

    var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { raw.pointee.type == XML_TEXT_NODE || raw.pointee.type == XML_CDATA_SECTION_NODE }

    /// The lower-case tag name (libxml2 lower-cases HTML names); "" for non-elements.
    var tag: String { isElement ? raw.pointee.name.map { String(cString: $0) } ?? "" : "" }

    var parent: DOMNode? {
        guard let p = raw.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return DOMNode(raw: p)
    }
    var firstChild: DOMNode? { raw.pointee.children.map(DOMNode.init) }
    var next: DOMNode? { raw.pointee.next.map(DOMNode.init) }
    var previous: DOMNode? { raw.pointee.prev.map(DOMNode.init) }

    var children: DOMChildren { DOMChildren(first: raw.pointee.children) }
    var elementChildren: [DOMNode] { children.filter(\.isElement) }

    /// The next element sibling, skipping text and comments.
    var nextElement: DOMNode? {
        var n = next
        while let c = n, !c.isElement { n = c.next }
        return n
    }

    func attribute(_ name: String) -> String? {
        guard isElement, let value = libxml2.xmlGetProp(raw, name) else { return nil }
        defer { libxml2.xmlFree(value) }
        return String(cString: value)
    }

    /// `class` and `id` together, lower-cased, for boilerplate patterns.
    var classAndID: String {
        ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
    }

    /// The raw UTF-8 of a text node, without copying.
    var textBytes: UnsafeBufferPointer<UInt8> {
        guard isText, let content = raw.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: content, count: Int(libxml2.xmlStrlen(content)))
    }

    /// All text below this node (scripts and styles skipped), whitespace collapsed.
    var text: String {
        var out = TextBuilder()
        appendText(of: self, to: &out)
        return out.finish()
    }

    /// Visits the descendants in document order; `body` returns false to skip
    /// a node's subtree. Iterative, so deep nesting cannot overflow the stack.
    func walk(_ body: (DOMNode) -> Bool) {
        guard var node = firstChild else { return }
        while true {
            if body(node), let child = node.firstChild { node = child; continue }
            while node.next == nil {
                guard let up = node.raw.pointee.parent, up != raw else { return }
                node = DOMNode(raw: up)
            }
            node = node.next!
        }
    }

    /// The first descendant element with this tag.
    func first(tag name: String) -> DOMNode? {
        var found: DOMNode?
        walk { n in
            if found != nil { return false }
            if n.isElement, n.tag == name { found = n; return false }
            return true
        }
        return found
    }

    func all(tag name: String) -> [DOMNode] {
        var found: [DOMNode] = []
        walk { n in
            if n.isElement, n.tag == name { found.append(n) }
            return true
        }
        return found
    }
}

struct DOMChildren: Sequence {
    let first: xmlNodePtr?
    func makeIterator() -> AnyIterator<DOMNode> {
        var current = first
        return AnyIterator {
            guard let c = current else { return nil }
            current = c.pointee.next
            return DOMNode(raw: c)
        }
    }
}

/// Tags whose content is never text a reader sees.
enum HiddenTags {
    static let names: Set<String> = ["script", "style", "noscript", "template", "iframe", "svg", "canvas",
                                     "object", "embed", "select", "textarea", "button", "head", "link", "meta"]
    static func contains(_ node: DOMNode) -> Bool { node.isElement && names.contains(node.tag) }
}

func appendText(of node: DOMNode, to out: inout TextBuilder) {
    if node.isText { out.append(node.textBytes); return }
    node.walk { n in
        if n.isText { out.append(n.textBytes); return false }
        if HiddenTags.contains(n) { return false }
        if n.isElement, n.tag == "br" { out.appendSpace() }
        return true
    }
}
