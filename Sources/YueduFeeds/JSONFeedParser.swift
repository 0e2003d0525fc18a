import Foundation
import YueduModel

/// JSON Feed 1.0 and 1.1 (jsonfeed.org): `author` (1.0) and `authors`
/// (1.1), `language` (1.1), `content_html` over `content_text`,
/// attachments. JSON is UTF-8 (RFC 8259); a BOM is allowed.
enum JSONFeedParser {
    static func parse(_ bytes: [UInt8], url: URL?) throws(FeedError) -> Feed {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
                throw FeedError("not a JSON Feed: the document is not a JSON object")
            }
            object = parsed
        } catch let error as FeedError {
            throw error
        } catch {
            throw FeedError("not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        guard let version = object["version"] as? String, version.hasPrefix("https://jsonfeed.org/version/")
                || version.hasPrefix("http://jsonfeed.org/version/") else {
            throw FeedError("not a JSON Feed: no \"version\": \"https://jsonfeed.org/version/1.1\"")
        }
        let items = (object["items"] as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
        let base = (object["feed_url"] as? String).flatMap { URL(string: $0) } ?? url
        let declared = object["language"] as? String
        let sample = items.prefix(20).compactMap { $0["title"] as? String }.joined(separator: "\n")
        let context = FeedContext(url: url, language: declared, sample: sample)
        let feedAuthor = author(of: object)
        return Feed(format: .jsonFeed, title: (object["title"] as? String).map(FeedText.line) ?? "",
                    link: FeedText.link(object["home_page_url"] as? String, base: base),
                    language: FeedContext.language(declared: declared, sample: sample), ttlMinutes: nil,
                    entries: items.map { entry($0, base: base, context: context, feedAuthor: feedAuthor) }, encoding: "UTF-8")
    }

    private static func entry(_ item: [String: Any], base: URL?, context: FeedContext, feedAuthor: String?) -> FeedEntry {
        // An id may be a number in feeds that predate 1.1's "must be a string".
        let id = (item["id"] as? String) ?? (item["id"] as? NSNumber).map { $0.stringValue }
        let link = FeedText.link(item["url"] as? String, base: base) ?? FeedText.link(item["external_url"] as? String, base: base)
        let title = (item["title"] as? String).map(FeedText.line) ?? ""
        let published = context.date(item["date_published"] as? String)
        let updated = context.date(item["date_modified"] as? String)
        let summary = (item["summary"] as? String).map(FeedText.paragraphs(plain:)) ?? []
        let content: [String] = if let html = item["content_html"] as? String {
            FeedText.paragraphs(html: html, base: base)
        } else {
            (item["content_text"] as? String).map(FeedText.paragraphs(plain:)) ?? []
        }
        let enclosures = ((item["attachments"] as? [Any]) ?? []).compactMap { value -> FeedEnclosure? in
            guard let attachment = value as? [String: Any], let href = FeedText.link(attachment["url"] as? String, base: base) else { return nil }
            return FeedEnclosure(url: href, type: (attachment["mime_type"] as? String).map(FeedText.line),
                                 length: (attachment["size_in_bytes"] as? NSNumber)?.intValue)
        }
        let identity = FeedEntry.identify(guid: FeedText.nonEmpty(id).map(FeedText.line), link: link, title: title,
                                          published: published, text: content.isEmpty ? summary : content)
        return FeedEntry(id: identity.id, identity: identity.identity, title: title, link: link, published: published, updated: updated,
                         author: author(of: item) ?? feedAuthor, summary: summary, content: content, enclosures: enclosures)
    }

    /// 1.1's `authors` array, else 1.0's `author` object.
    private static func author(of object: [String: Any]) -> String? {
        let authors = (object["authors"] as? [Any]) ?? (object["author"].map { [$0] } ?? [])
        let names = authors.compactMap { ($0 as? [String: Any])?["name"] as? String }.compactMap(FeedText.nonEmpty)
        return names.isEmpty ? nil : FeedText.line(names.joined(separator: ", "))
    }
}
