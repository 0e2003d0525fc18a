/// One `<link>` element as written, for feed discovery.
public struct HTMLLinkTag: Sendable, Equatable {
    /// The `rel` tokens, lower-cased.
    public var rel: [String]
    /// The `type`, lower-cased, parameters dropped.
    public var type: String?
    public var href: String
    public var title: String?

    public init(rel: [String], type: String?, href: String, title: String? = nil) {
        self.rel = rel; self.type = type; self.href = href; self.title = title
    }
}

/// The `<link>` elements of a page and its `<base href>`, read with the same
/// libxml2 HTML parser as extraction (network off).
public enum HTMLLinkTags {
    public static func read(html: String) -> (links: [HTMLLinkTag], base: String?) {
        let document = HTMLDocument(html: html)
        guard let top = document.top else { return ([], nil) }
        var links: [HTMLLinkTag] = []
        var base: String?
        top.walk { node in
            guard node.isElement else { return false }
            switch node.kind {
            case .link:
                if let href = node.attribute("href").map(Whitespace.trim), !href.isEmpty {
                    let rel = (node.attribute("rel") ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                        .map(String.init)
                    let type = node.attribute("type").map { Whitespace.trim(String($0.split(separator: ";").first ?? "")).lowercased() }
                    links.append(HTMLLinkTag(rel: rel, type: type, href: href, title: node.attribute("title").map(Whitespace.collapse)))
                }
                return false
            case .base:
                if base == nil, let href = node.attribute("href").map(Whitespace.trim), !href.isEmpty { base = href }
                return false
            case .script, .style: return false
            default: return true
            }
        }
        return (links, base)
    }
}
