import YueduHTML
import YueduText

/// What `yuedu extract --json` prints: every field, null when the page gave
/// none, every string sanitized (the text comes from the web).
struct ExtractedJSON: Encodable {
    struct Related: Encodable {
        var title: String
        var url: String?
        var source: String?
        var date: String?
        var excerpt: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title); try c.encode(url, forKey: .url); try c.encode(source, forKey: .source)
            try c.encode(date, forKey: .date); try c.encode(excerpt, forKey: .excerpt)
        }
        enum CodingKeys: String, CodingKey { case title, url, source, date, excerpt }
    }

    var title: String
    var url: String?
    var site: String?
    var published: String?
    var author: String?
    var source: String?
    var editor: String?
    var views: Int?
    var lang: String?
    var encoding: String
    var paragraphs: [String]
    var related: [Related]

    init(_ e: ExtractedArticle, encoding: String) {
        func clean(_ text: String?) -> String? { text.map(Sanitizer.sanitize) }
        title = Sanitizer.sanitize(e.title); url = clean(e.url); site = clean(e.site); published = e.published?.iso8601
        author = clean(e.author); source = clean(e.source); editor = clean(e.editor); views = e.views
        lang = clean(e.language); self.encoding = encoding; paragraphs = e.paragraphs.map(Sanitizer.sanitize)
        related = e.related.map {
            Related(title: Sanitizer.sanitize($0.title), url: clean($0.url), source: clean($0.source), date: clean($0.date),
                    excerpt: clean($0.excerpt))
        }
    }

    enum CodingKeys: String, CodingKey {
        case title, url, site, published, author, source, editor, views, lang, encoding, paragraphs, related
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title); try c.encode(url, forKey: .url); try c.encode(site, forKey: .site)
        try c.encode(published, forKey: .published); try c.encode(author, forKey: .author)
        try c.encode(source, forKey: .source); try c.encode(editor, forKey: .editor); try c.encode(views, forKey: .views)
        try c.encode(lang, forKey: .lang); try c.encode(encoding, forKey: .encoding)
        try c.encode(paragraphs, forKey: .paragraphs); try c.encode(related, forKey: .related)
    }

    /// The same fields as text: a header of `name: value` lines, the paragraphs, the related list.
    var text: String {
        var lines = ["title: \(Output.plain(title))"]
        let fields: [(String, String?)] = [
            ("url", url), ("site", site), ("published", published), ("author", author), ("source", source),
            ("editor", editor), ("views", views.map(String.init)), ("lang", lang), ("encoding", encoding),
        ]
        for (name, value) in fields { lines.append("\(name): " + (value.map(Output.plain) ?? "")) }
        lines.append("")
        lines += paragraphs.map(Output.plain)
        if !related.isEmpty {
            lines += ["", "相关阅读"]
            for (index, item) in related.enumerated() {
                let details = [item.source, item.date].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "  ")
                lines.append("\(index + 1). \(Output.plain(item.title))" + (details.isEmpty ? "" : "  " + Output.plain(details)))
                if let url = item.url { lines.append("   " + Output.plain(url)) }
                if let excerpt = item.excerpt, !excerpt.isEmpty { lines.append("   " + Output.plain(excerpt)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
