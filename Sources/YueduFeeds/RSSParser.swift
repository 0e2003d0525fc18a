import Foundation
import YueduHTML
import YueduModel

/// RSS 0.9x and 2.0 (items in the channel) and RSS 1.0 / 0.90 (RDF: items
/// beside it), with the modules feeds use: `content:encoded`, `dc:creator`,
/// `dc:date`, `dc:language`; enclosures. Descriptions are HTML.
enum RSSParser {
    static func parse(channel: XMLElement?, items: [XMLElement], format: FeedFormat, url: URL?) -> Feed {
        let declared = channel.flatMap { $0.first("language") ?? $0.first("dc:language") }?.text
        let sample = items.prefix(20).compactMap { $0.first("title")?.text }.joined(separator: "\n")
        let context = FeedContext(url: url, language: declared, sample: sample)
        let title = channel?.first("title").map(title(of:)) ?? ""
        let link = FeedText.link(channel?.first("link")?.text, base: url)
        let ttl = channel?.first("ttl").flatMap { Int(FeedText.line($0.text)) }
        return Feed(format: format, title: title, link: link, language: FeedContext.language(declared: declared, sample: sample),
                    ttlMinutes: ttl, entries: items.map { entry($0, context: context) }, encoding: "")
    }

    private static func entry(_ item: XMLElement, context: FeedContext) -> FeedEntry {
        let base = item.base ?? context.url
        let guidElement = item.first("guid")
        let guid = guidElement.flatMap { FeedText.nonEmpty($0.text) }.map(FeedText.line)
        var link = FeedText.link(item.first("link")?.text, base: base)
        // A permalink GUID is the item's link when it names none (RSS 2.0: isPermaLink defaults to true).
        if link == nil, let guid, guidElement?.attribute("isPermaLink")?.lowercased() != "false" {
            link = FeedText.link(guid, base: base)
        }
        if link == nil { link = FeedText.link(item.attribute("about", namespace: rdfNamespace), base: base) }
        let title = item.first("title").map(title(of:)) ?? ""
        let published = context.date(item.first("pubDate")?.text) ?? context.date(item.first("dc:date")?.text)
        let updated = context.date(item.first("atom:updated")?.text) ?? context.date(item.first("dc:modified")?.text)
        let author = (item.first("dc:creator") ?? item.first("author")).flatMap { FeedText.nonEmpty($0.text) }.map(FeedText.line)
        let summary = item.first("description").map { html(of: $0, base: base) } ?? []
        let content = item.first("content:encoded").map { html(of: $0, base: base) } ?? []
        let enclosures = item.all("enclosure").compactMap { element -> FeedEnclosure? in
            guard let href = FeedText.link(element.attribute("url"), base: base) else { return nil }
            return FeedEnclosure(url: href, type: element.attribute("type").map(FeedText.line),
                                 length: element.attribute("length").flatMap { Int(Whitespace.trim($0)) })
        }
        let identity = FeedEntry.identify(guid: guid, link: link, title: title, published: published,
                                          text: content.isEmpty ? summary : content)
        return FeedEntry(id: identity.id, identity: identity.identity, title: title, link: link, published: published, updated: updated,
                         author: author, summary: summary, content: content, enclosures: enclosures)
    }

    static let rdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    /// RSS titles are meant as plain text, but many carry escaped markup
    /// (`&lt;b&gt;`, or `<![CDATA[<b>...</b>]]>`); a tag means HTML.
    private static func title(of element: XMLElement) -> String {
        let text = element.text
        return looksLikeMarkup(text) ? FeedText.lineFromHTML(text) : FeedText.line(text)
    }

    /// A description is HTML, escaped or (against the spec, but seen) as
    /// unescaped markup inside the element.
    private static func html(of element: XMLElement, base: URL?) -> [String] {
        FeedText.paragraphs(html: element.hasElementChildren ? element.innerXML : element.text, base: base)
    }

    static func looksLikeMarkup(_ text: String) -> Bool {
        guard let open = text.firstIndex(of: "<") else { return false }
        let after = text[text.index(after: open)...]
        return after.first.map { $0.isLetter || $0 == "/" || $0 == "!" } == true && after.contains(">")
    }
}
