import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// A borrowed view of one libxml2 node; valid while its `HTMLDocument` lives.
/// Walks the C tree directly so scoring never builds a String per node.
struct DOMNode: Hashable {
    let raw: xmlNodePtr

    var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { raw.pointee.type == XML_TEXT_NODE || raw.pointee.type == XML_CDATA_SECTION_NODE }

    /// What kind of element this is, without building its name; `.other` for non-elements.
    var kind: ElementTag { isElement ? ElementTag.of(raw.pointee.name) : .other }

    var parent: DOMNode? {
        guard let p = raw.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return DOMNode(raw: p)
    }
    var firstChild: DOMNode? { raw.pointee.children.map(DOMNode.init) }
    var lastChild: DOMNode? { raw.pointee.last.map(DOMNode.init) }
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

    /// Most elements carry no attribute at all: they answer every `attribute` at once.
    var hasAttributes: Bool { raw.pointee.properties != nil }

    /// The attribute's value as `xmlGetProp` gives it, read in place: an HTML
    /// attribute's value is one text node, so libxml2's copy (and its free) is
    /// needed only for values made of several nodes.
    func attribute(_ name: String) -> String? {
        guard isElement, hasAttributes else { return nil }
        var attr = raw.pointee.properties
        let found: xmlAttrPtr? = name.withCString { wanted in
            while let a = attr {
                if let n = a.pointee.name, strcmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self), wanted) == 0 { return a }
                attr = a.pointee.next
            }
            return nil
        }
        guard let found else { return nil }
        guard let value = found.pointee.children else { return "" }
        if value.pointee.next == nil, value.pointee.type == XML_TEXT_NODE, let content = value.pointee.content {
            return String(cString: content)
        }
        guard let copy = libxml2.xmlGetProp(raw, name) else { return nil }
        defer { libxml2.xmlFree(copy) }
        return String(cString: copy)
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
    func first(tag: ElementTag) -> DOMNode? {
        var found: DOMNode?
        walk { n in
            if found != nil { return false }
            if n.kind == tag { found = n; return false }
            return true
        }
        return found
    }

    func all(tag: ElementTag) -> [DOMNode] {
        var found: [DOMNode] = []
        walk { n in
            if n.kind == tag { found.append(n) }
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

/// Tags whose content is never text a reader sees (the list: `ElementTag.isHidden`).
enum HiddenTags {
    static func contains(_ node: DOMNode) -> Bool { node.kind.isHidden }
}

func appendText(of node: DOMNode, to out: inout TextBuilder) {
    if node.isText { out.append(node.textBytes); return }
    node.walk { n in
        if n.isText { out.append(n.textBytes); return false }
        if HiddenTags.contains(n) { return false }
        if n.kind == .br { out.appendSpace() }
        return true
    }
}
