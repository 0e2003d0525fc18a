/// An article as imported: everything the page or JSON line said, nothing of
/// the reader's state.
public struct Article: Hashable, Sendable, Codable {
    /// Stable identity across re-imports: the URL when there is one, else
    /// derived from site + normalized title + publication date.
    public var key: String
    public var url: String?
    public var site: String
    public var title: String
    public var published: PublishedDate
    public var views: Int?
    /// Body paragraphs as written (no indentation, no boilerplate).
    public var paragraphs: [String]
    public var source: String
    public var editor: String
    public var language: Language
    public var related: [RelatedItem]

    public init(key: String, url: String? = nil, site: String, title: String, published: PublishedDate,
                views: Int? = nil, paragraphs: [String], source: String, editor: String,
                language: Language, related: [RelatedItem] = []) {
        self.key = key; self.url = url; self.site = site; self.title = title
        self.published = published; self.views = views; self.paragraphs = paragraphs
        self.source = source; self.editor = editor; self.language = language; self.related = related
    }
}

/// One entry of an article's 相关阅读 (related reading) list.
public struct RelatedItem: Hashable, Sendable, Codable {
    public var title: String
    public var source: String
    /// The date exactly as the page wrote it: `09-26` or `2023-09-26`.
    public var dateAsWritten: String
    /// The full date, with the year taken from the owning article when the
    /// page gave only month and day.
    public var date: PublishedDate?
    public var yearInferred: Bool
    public var excerpt: String
    /// The absolute http(s) address of the page the item names, when the
    /// page linked it: resolution tries it first, and an item whose article
    /// is not in the library can be fetched from it.
    public var url: String?
    /// The library article this item names, once the library holds it.
    public var targetKey: String?

    public init(title: String, source: String, dateAsWritten: String, date: PublishedDate?,
                yearInferred: Bool, excerpt: String, url: String? = nil, targetKey: String? = nil) {
        self.title = title; self.source = source; self.dateAsWritten = dateAsWritten
        self.date = date; self.yearInferred = yearInferred; self.excerpt = excerpt; self.url = url
        self.targetKey = targetKey
    }
}
