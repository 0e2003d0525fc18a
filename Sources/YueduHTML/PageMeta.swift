import Foundation

/// What the page declares about itself: `<title>`, `<meta>`, `<link rel>`,
/// JSON-LD, `<html lang>`, and its `<h1>` headings, gathered in one walk.
struct PageMeta {
    var titleTag: String?
    /// `name`, `property` and `itemprop` of each `<meta>`, lower-cased; the first value wins.
    var meta: [String: String] = [:]
    var canonical: String?
    var language: String?
    var headings: [DOMNode] = []
    /// JSON-LD objects (a `@graph` is flattened).
    var linkedData: [[String: Any]] = []
    var timeElements: [DOMNode] = []

    init() {}

    init(top: DOMNode) {
        top.walk { node in
            guard node.isElement else { return false }
            switch node.kind {
            case .html:
                if let lang = node.attribute("lang") ?? node.attribute("xml:lang") { language = Whitespace.trim(lang) }
            case .title:
                if titleTag == nil { titleTag = Whitespace.collapse(node.text) }
                return false
            case .meta:
                guard let content = node.attribute("content") else { return false }
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let k = node.attribute(key)?.lowercased(), meta[k] == nil { meta[k] = Whitespace.collapse(content) }
                }
                return false
            case .link:
                if canonical == nil, node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node.attribute("href")
                }
                return false
            case .script:
                if node.attribute("type")?.lowercased() == "application/ld+json" { readLinkedData(node) }
                return false
            case .h1: headings.append(node)
            case .time: timeElements.append(node)
            default:
                if node.attribute("itemprop") == "datePublished" { timeElements.append(node) }
                if node.kind != .head, HiddenTags.contains(node) { return false }
            }
            return true
        }
    }

    private mutating func readLinkedData(_ node: DOMNode) {
        var raw = ""
        for child in node.children where child.isText {
            raw += String(decoding: child.textBytes, as: UTF8.self)
        }
        guard let data = raw.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        var queue: [Any] = [json]
        while let item = queue.popLast(), linkedData.count < 20 {
            if let array = item as? [Any] { queue.append(contentsOf: array) }
            if let object = item as? [String: Any] {
                linkedData.append(object)
                if let graph = object["@graph"] { queue.append(graph) }
            }
        }
    }

    func meta(_ keys: [String]) -> String? {
        for key in keys { if let v = meta[key], !v.isEmpty { return v } }
        return nil
    }

    /// A JSON-LD string field, or the `name` of an object (or the first of an array) there.
    func linkedValue(_ key: String) -> String? {
        for object in linkedData {
            var value: Any? = object[key]
            if let array = value as? [Any] { value = array.first }
            if let s = value as? String, !s.isEmpty { return Whitespace.collapse(s) }
            if let o = value as? [String: Any], let name = o["name"] as? String, !name.isEmpty { return Whitespace.collapse(name) }
        }
        return nil
    }
}
