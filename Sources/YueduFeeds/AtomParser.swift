import Foundation
import YueduModel

/// Atom 1.0 (RFC 4287): text constructs by `type` (text, html, xhtml),
/// links resolved against `xml:base` where it is set, `published` and
/// `updated`, authors inherited from the feed.
enum AtomParser {
    static func parse(_ root: XMLElement, url: URL?) -> Feed {
        let entries = root.all("atom:entry")
        let declared = root.language
        let sample = entries.prefix(20).compactMap { $0.first("atom:title")?.text }.joined(separator: "\n")
        let context = FeedContext(url: url, language: declared, sample: sample)
        let feedAuthor = author(of: root)
        return Feed(format: .atom, title: root.first("atom:title").map(line(of:)) ?? "", link: alternate(of: root),
                    language: FeedContext.language(declared: declared, sample: sample), ttlMinutes: nil,
                    entries: entries.map { entry($0, context: context, feedAuthor: feedAuthor) }, encoding: "")
    }

    private static func entry(_ element: XMLElement, context: FeedContext, feedAuthor: String?) -> FeedEntry {
        let id = element.first("atom:id").flatMap { FeedText.nonEmpty($0.text) }.map(FeedText.line)
        let link = alternate(of: element)
        let title = element.first("atom:title").map(line(of:)) ?? ""
        let published = context.date(element.first("atom:published")?.text)
        let updated = context.date(element.first("atom:updated")?.text)
        let summary = element.first("atom:summary").map(paragraphs(of:)) ?? []
        let content = element.first("atom:content").map(paragraphs(of:)) ?? []
        let enclosures = element.all("atom:link").filter { $0.attribute("rel") == "enclosure" }.compactMap { link -> FeedEnclosure? in
            guard let href = FeedText.link(link.attribute("href"), base: link.base) else { return nil }
            return FeedEnclosure(url: href, type: link.attribute("type").map(FeedText.line),
                                 length: link.attribute("length").flatMap { Int($0) })
        }
        let identity = FeedEntry.identify(guid: id, link: link, title: title, published: published ?? updated,
                                          text: content.isEmpty ? summary : content)
        return FeedEntry(id: identity.id, identity: identity.identity, title: title, link: link, published: published, updated: updated,
                         author: author(of: element) ?? feedAuthor, summary: summary, content: content, enclosures: enclosures)
    }

    /// The `rel="alternate"` link (no rel means alternate), HTML first.
    private static func alternate(of element: XMLElement) -> String? {
        let links = element.all("atom:link").filter { ($0.attribute("rel") ?? "alternate") == "alternate" }
        let chosen = links.first { ($0.attribute("type") ?? "text/html").lowercased().contains("html") } ?? links.first
        return chosen.flatMap { FeedText.link($0.attribute("href"), base: $0.base) }
    }

    private static func author(of element: XMLElement) -> String? {
        let names = element.all("atom:author").compactMap { $0.first("atom:name").flatMap { FeedText.nonEmpty($0.text) } }
        return names.isEmpty ? nil : FeedText.line(names.joined(separator: ", "))
    }

    /// A text construct as one line (titles).
    private static func line(of element: XMLElement) -> String {
        switch kind(of: element) {
        case .text: return FeedText.line(element.text)
        case .html: return FeedText.lineFromHTML(element.text)
        case .xhtml: return FeedText.lineFromHTML(xhtml(of: element))
        case .other: return ""
        }
    }

    /// A text construct, or content, as paragraphs; links in HTML resolve
    /// against the element's base.
    private static func paragraphs(of element: XMLElement) -> [String] {
        switch kind(of: element) {
        case .text: return FeedText.paragraphs(plain: element.text)
        case .html: return FeedText.paragraphs(html: element.text, base: element.base)
        case .xhtml: return FeedText.paragraphs(html: xhtml(of: element), base: element.base)
        case .other: return []
        }
    }

    private enum Kind { case text, html, xhtml, other }

    /// RFC 4287 §3.1.1 and §4.1.3: text, html, xhtml, or a media type
    /// (text/* is text, other media such as images are not shown).
    private static func kind(of element: XMLElement) -> Kind {
        let type = (element.attribute("type") ?? "text").lowercased()
        switch type {
        case "text", "text/plain": return .text
        case "html", "text/html": return .html
        case "xhtml", "application/xhtml+xml": return .xhtml
        default: return type.hasPrefix("text/") ? .text : (type.hasSuffix("+xml") || type.hasSuffix("/xml") ? .xhtml : .other)
        }
    }

    /// The content of the xhtml `<div>` wrapper (or of the element, when a feed leaves it out).
    private static func xhtml(of element: XMLElement) -> String {
        let div = element.children.first { $0.name == "{http://www.w3.org/1999/xhtml}div" || $0.name == "div" }
        return (div ?? element).innerXML
    }
}
