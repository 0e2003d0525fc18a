import YueduModel

/// What a web page says about its article: the reader's view of the page.
public struct ExtractedArticle: Sendable, Equatable {
    public var title: String
    /// Canonical and absolute: `rel=canonical`, `og:url`, else the page's own URL.
    public var url: String?
    public var site: String?
    public var published: PublishedDate?
    public var author: String?
    public var source: String?
    public var editor: String?
    public var views: Int?
    /// BCP 47-ish, from `<html lang>` or the text's script.
    public var language: String?
    public var paragraphs: [String]
    public var related: [ExtractedRelatedLink]

    public init(title: String = "", url: String? = nil, site: String? = nil, published: PublishedDate? = nil,
                author: String? = nil, source: String? = nil, editor: String? = nil, views: Int? = nil,
                language: String? = nil, paragraphs: [String] = [], related: [ExtractedRelatedLink] = []) {
        self.title = title; self.url = url; self.site = site; self.published = published; self.author = author
        self.source = source; self.editor = editor; self.views = views; self.language = language
        self.paragraphs = paragraphs; self.related = related
    }
}

/// One entry of the page's 相关阅读 list.
public struct ExtractedRelatedLink: Sendable, Equatable {
    public var title: String
    /// Absolute.
    public var url: String?
    public var source: String?
    /// As the page wrote it: `09-26`, `2023-09-26 10:00`.
    public var date: String?
    public var excerpt: String?

    public init(title: String, url: String? = nil, source: String? = nil, date: String? = nil, excerpt: String? = nil) {
        self.title = title; self.url = url; self.source = source; self.date = date; self.excerpt = excerpt
    }
}
