import YueduModel

/// One article in the JSON Lines import format (README "Import formats"):
/// what `yuedu import` reads, field for field, so `export --all` then
/// `import` gives the same articles back. `id` is the library key; related
/// dates are written as the page wrote them (`09-26` stays `09-26`).
struct ExportRecord: Encodable {
    struct Related: Encodable {
        var title: String
        var source: String
        var date: String
        var excerpt: String
        var url: String?

        enum CodingKeys: String, CodingKey { case title, source, date, excerpt, url }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title); try c.encode(source, forKey: .source)
            try c.encode(date, forKey: .date); try c.encode(excerpt, forKey: .excerpt)
            try c.encode(url, forKey: .url)  // null, never absent, like the article's
        }
    }

    var article: Article

    enum CodingKeys: String, CodingKey { case id, url, title, site, published, views, body, source, editor, lang, related }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let a = article
        try c.encode(a.key, forKey: .id)
        try c.encode(a.url, forKey: .url)  // null, never absent: every line has every field
        try c.encode(a.title, forKey: .title)
        try c.encode(a.site, forKey: .site)
        try c.encode(a.published.iso8601, forKey: .published)
        try c.encode(a.views, forKey: .views)
        try c.encode(a.paragraphs, forKey: .body)
        try c.encode(a.source, forKey: .source)
        try c.encode(a.editor, forKey: .editor)
        try c.encode(a.language.rawValue, forKey: .lang)
        let related = a.related.map {
            Related(title: $0.title, source: $0.source, date: $0.dateAsWritten, excerpt: $0.excerpt, url: $0.url)
        }
        try c.encode(related, forKey: .related)
    }
}
