/// One row of the article list: what the list pane and `yuedu list` show.
public struct ArticleSummary: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var key: String
    public var title: String
    public var site: String
    public var published: PublishedDate
    public var views: Int?
    public var source: String
    public var editor: String
    public var isRead: Bool
    public var isFavorite: Bool

    public init(id: Int64, key: String, title: String, site: String, published: PublishedDate, views: Int?,
                source: String, editor: String, isRead: Bool, isFavorite: Bool) {
        self.id = id; self.key = key; self.title = title; self.site = site; self.published = published
        self.views = views; self.source = source; self.editor = editor; self.isRead = isRead; self.isFavorite = isFavorite
    }
}
