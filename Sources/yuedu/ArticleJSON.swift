import YueduModel

/// One article as `list --json` and `search --json` print it.
struct ArticleRowJSON: Encodable {
    var key: String
    var title: String
    var site: String
    var published: String
    var views: Int?
    var source: String
    var editor: String
    var read: Bool
    var favorite: Bool
    var snippet: String?

    init(_ s: ArticleSummary, snippet: String? = nil) {
        key = s.key; title = s.title; site = s.site; published = s.published.iso8601; views = s.views
        source = s.source; editor = s.editor; read = s.isRead; favorite = s.isFavorite; self.snippet = snippet
    }

    enum CodingKeys: String, CodingKey { case key, title, site, published, views, source, editor, read, favorite, snippet }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key); try c.encode(title, forKey: .title); try c.encode(site, forKey: .site)
        try c.encode(published, forKey: .published)
        try c.encode(views, forKey: .views)  // null when the page gave none, so every object has every field
        try c.encode(source, forKey: .source); try c.encode(editor, forKey: .editor)
        try c.encode(read, forKey: .read); try c.encode(favorite, forKey: .favorite)
        try c.encodeIfPresent(snippet, forKey: .snippet)
    }
}

/// One article as `show --json` prints it: the list fields, then the body
/// and the related items with their resolved targets.
struct ArticleDetailJSON: Encodable {
    struct Related: Encodable {
        var title: String
        var source: String
        var date: String?
        var dateAsWritten: String
        var dateInferred: Bool
        var excerpt: String
        var url: String?
        var target: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title); try c.encode(source, forKey: .source)
            try c.encode(date, forKey: .date); try c.encode(dateAsWritten, forKey: .dateAsWritten)
            try c.encode(dateInferred, forKey: .dateInferred); try c.encode(excerpt, forKey: .excerpt)
            try c.encode(url, forKey: .url); try c.encode(target, forKey: .target)
        }
        enum CodingKeys: String, CodingKey { case title, source, date, dateAsWritten, dateInferred, excerpt, url, target }
    }

    var key: String
    var url: String?
    var title: String
    var site: String
    var published: String
    var views: Int?
    var source: String
    var editor: String
    var language: String
    var read: Bool
    var favorite: Bool
    var paragraphs: [String]
    var related: [Related]

    init(_ d: ArticleDetail) {
        let a = d.article
        key = a.key; url = a.url; title = a.title; site = a.site; published = a.published.iso8601; views = a.views
        source = a.source; editor = a.editor; language = a.language.rawValue
        read = d.state.readAt != nil; favorite = d.state.favoriteAt != nil; paragraphs = a.paragraphs
        related = a.related.map {
            Related(title: $0.title, source: $0.source, date: $0.date?.dateString, dateAsWritten: $0.dateAsWritten,
                    dateInferred: $0.yearInferred, excerpt: $0.excerpt, url: $0.url, target: $0.targetKey)
        }
    }

    enum CodingKeys: String, CodingKey {
        case key, url, title, site, published, views, source, editor, language, read, favorite, paragraphs, related
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key); try c.encode(url, forKey: .url); try c.encode(title, forKey: .title)
        try c.encode(site, forKey: .site); try c.encode(published, forKey: .published); try c.encode(views, forKey: .views)
        try c.encode(source, forKey: .source); try c.encode(editor, forKey: .editor)
        try c.encode(language, forKey: .language); try c.encode(read, forKey: .read)
        try c.encode(favorite, forKey: .favorite); try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(related, forKey: .related)
    }
}
