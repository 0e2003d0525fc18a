import YueduFeeds
import YueduText

/// What `yuedu feed preview` prints, as JSON or text: every field, null
/// when the feed gave none. The parser sanitized the text already; the
/// text form passes each value through Output.plain once more, so nothing
/// a feed sends can reach the terminal as an escape.
struct FeedJSON: Encodable {
    struct Entry: Encodable {
        var id: String
        var idSource: String
        var title: String
        var link: String?
        var published: String?
        var updated: String?
        var author: String?
        var summary: [String]
        var content: [String]
        var enclosures: [FeedEnclosure]

        enum CodingKeys: String, CodingKey {
            case id, idSource = "id_source", title, link, published, updated, author, summary, content, enclosures
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(idSource, forKey: .idSource); try c.encode(title, forKey: .title)
            try c.encode(link, forKey: .link); try c.encode(published, forKey: .published); try c.encode(updated, forKey: .updated)
            try c.encode(author, forKey: .author); try c.encode(summary, forKey: .summary); try c.encode(content, forKey: .content)
            try c.encode(enclosures, forKey: .enclosures)
        }
    }

    var format: String
    var title: String
    var link: String?
    var lang: String?
    var encoding: String
    var entries: [Entry]

    init(_ feed: Feed) {
        format = feed.format.rawValue; title = feed.title; link = feed.link; lang = feed.language; encoding = feed.encoding
        entries = feed.entries.map {
            Entry(id: $0.id, idSource: $0.identity.rawValue, title: $0.title, link: $0.link, published: $0.published?.iso8601,
                  updated: $0.updated?.iso8601, author: $0.author, summary: $0.summary, content: $0.content, enclosures: $0.enclosures)
        }
    }

    enum CodingKeys: String, CodingKey { case format, title, link, lang, encoding, entries }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format); try c.encode(title, forKey: .title); try c.encode(link, forKey: .link)
        try c.encode(lang, forKey: .lang); try c.encode(encoding, forKey: .encoding); try c.encode(entries, forKey: .entries)
    }

    /// `name: value` lines for the feed, then each entry: its fields, a
    /// blank line, its summary and content paragraphs separated by blank lines.
    var text: String {
        var lines = ["title: \(Output.plain(title))", "link: " + (link.map(Output.plain) ?? ""), "lang: " + (lang.map(Output.plain) ?? ""),
                     "format: \(format)", "encoding: \(Output.plain(encoding))", "entries: \(entries.count)"]
        for entry in entries {
            lines.append("")
            lines.append("---")
            let fields: [(String, String?)] = [
                ("id", entry.id), ("title", entry.title), ("link", entry.link), ("published", entry.published),
                ("updated", entry.updated), ("author", entry.author),
            ]
            for (name, value) in fields { lines.append("\(name): " + (value.map(Output.plain) ?? "")) }
            for enclosure in entry.enclosures {
                lines.append("enclosure: " + Output.plain(enclosure.url) + (enclosure.type.map { " (\(Output.plain($0)))" } ?? ""))
            }
            for (name, paragraphs) in [("summary", entry.summary), ("content", entry.content)] where !paragraphs.isEmpty {
                lines.append("")
                lines.append("\(name):")
                for (i, paragraph) in paragraphs.enumerated() {
                    if i > 0 { lines.append("") }
                    lines.append(Output.plain(paragraph))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
