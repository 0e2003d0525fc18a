import CLibXML2
import Foundation
import YueduHTML

/// One XML document parsed by libxml2, safely: no network (NONET), no DTD
/// loading, no entity substitution (so no external entity is ever read and
/// no entity is expanded into the tree), libxml2's default size limits (no
/// HUGE), and RECOVER so a document that breaks off keeps what parsed
/// before the break, with the error. The text must be decoded already
/// (CharsetDecoder.decodeXML): libxml2 is told UTF-8 and to ignore the
/// declaration, whose encoding may be a lie. The document is freed with
/// this value; elements must not outlive it.
final class XMLTree {
    private let document: xmlDocPtr
    /// The error libxml2 stopped or recovered at, when it matters (see `significant`).
    let problem: String?

    init(text: String, url: URL?) throws(FeedError) {
        guard let context = libxml2.xmlNewParserCtxt() else { throw FeedError("out of memory starting the XML parser") }
        defer { libxml2.xmlFreeParserCtxt(context) }
        let options = [XML_PARSE_RECOVER, XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_IGNORE_ENC,
                       XML_PARSE_NOCDATA].reduce(Int32(0)) { $0 | Int32($1.rawValue) }
        var utf8 = text
        let parsed: xmlDocPtr? = utf8.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                libxml2.xmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), url?.absoluteString, "UTF-8", options)
            }
        }
        let error = context.pointee.wellFormed == 0 ? Self.describe(context.pointee.lastError) : nil
        guard let parsed, libxml2.xmlDocGetRootElement(parsed) != nil else {
            if let parsed { libxml2.xmlFreeDoc(parsed) }
            throw FeedError("not XML" + (error.map { ": " + $0 } ?? ""))
        }
        document = parsed
        problem = Self.significant(context.pointee.lastError) ? error : nil
    }

    deinit { libxml2.xmlFreeDoc(document) }

    var root: XMLElement { XMLElement(node: libxml2.xmlDocGetRootElement(document), document: document) }

    /// An undeclared entity (`&nbsp;` in a feed without a DTD) or a
    /// character reference to a control (`&#x1b;`) loses one character, not
    /// the feed: libxml2 goes on, and so do we, silently.
    private static func significant(_ error: xmlError) -> Bool {
        let code = Int(error.code)
        return code != 0 && ![XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY, XML_ERR_INVALID_CHAR].contains { Int($0.rawValue) == code }
    }

    private static func describe(_ error: xmlError) -> String? {
        guard error.code != 0 else { return nil }
        let message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error \(error.code)"
        return "XML error at line \(error.line): \(message)"
    }
}

/// An element of an XMLTree, named by namespace: `title` for RSS (none,
/// 0.90 or 1.0), `atom:title`, `dc:creator`, `content:encoded`, `rdf:RDF`;
/// any other namespace as `{uri}name`.
struct XMLElement {
    let node: xmlNodePtr
    let document: xmlDocPtr

    fileprivate init(node: xmlNodePtr!, document: xmlDocPtr) { self.node = node; self.document = document }

    private static let prefixes: [String: String] = [
        "http://www.w3.org/2005/Atom": "atom:",
        "http://purl.org/dc/elements/1.1/": "dc:",
        "http://purl.org/dc/terms/": "dc:",
        "http://purl.org/rss/1.0/modules/content/": "content:",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
        "http://purl.org/rss/1.0/": "",
        "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://backend.userland.com/rss2": "",
    ]

    var name: String {
        let local = String(cString: node.pointee.name)
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return local }
        let uri = String(cString: href)
        if let prefix = Self.prefixes[uri] { return prefix + local }
        return "{" + uri + "}" + local
    }

    var children: [XMLElement] {
        var out: [XMLElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(XMLElement(node: c, document: document)) }
            child = c.pointee.next
        }
        return out
    }

    func first(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The text of the element and its descendants: text and CDATA only.
    /// Entity references are skipped, never followed: a declared entity's
    /// replacement (an external file, a billion laughs) never becomes text.
    var text: String {
        var out = ""
        Self.collectText(node.pointee.children, into: &out)
        return out
    }

    private static func collectText(_ first: xmlNodePtr?, into out: inout String) {
        var child = first
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { out += String(cString: content) }
            case XML_ELEMENT_NODE:
                collectText(c.pointee.children, into: &out)
            default:
                break
            }
            child = c.pointee.next
        }
    }

    /// Whether markup sits inside (unescaped XHTML in a description).
    var hasElementChildren: Bool { !children.isEmpty }

    /// The children serialized as XML: an Atom xhtml `<div>`'s content, or
    /// unescaped markup in an RSS description, for the HTML-to-text code.
    var innerXML: String {
        guard let buffer = libxml2.xmlBufferCreate() else { return "" }
        defer { libxml2.xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type != XML_ENTITY_REF_NODE { _ = libxml2.xmlNodeDump(buffer, document, c, 0, 0) }
            child = c.pointee.next
        }
        guard let content = libxml2.xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    func attribute(_ name: String) -> String? {
        guard let value = libxml2.xmlGetProp(node, name) else { return nil }
        defer { libxml2.xmlFree(value) }
        return String(cString: value)
    }

    func attribute(_ name: String, namespace: String) -> String? {
        guard let value = libxml2.xmlGetNsProp(node, name, namespace) else { return nil }
        defer { libxml2.xmlFree(value) }
        return String(cString: value)
    }

    /// The base URL in force here: `xml:base` on this element and its
    /// ancestors, resolved against the document's URL.
    var base: URL? {
        guard let value = libxml2.xmlNodeGetBase(document, node) else { return nil }
        defer { libxml2.xmlFree(value) }
        return URL(string: String(cString: value))
    }

    /// `xml:lang` here or on an ancestor.
    var language: String? {
        guard let value = libxml2.xmlNodeGetLang(node) else { return nil }
        defer { libxml2.xmlFree(value) }
        return String(cString: value)
    }
}

/// libxml2, loaded on first use.
private var libxml2: LibXML2Library { LibXML2Library.shared }
