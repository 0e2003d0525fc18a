/// Where the reader stopped in an article, independent of the pane width:
/// a paragraph index and a character (grapheme) offset into it. Paragraph -1
/// is the heading (title and meta line).
public struct ReadingPosition: Hashable, Sendable, Codable {
    public var paragraph: Int
    public var character: Int
    public init(paragraph: Int, character: Int) { self.paragraph = paragraph; self.character = character }
    public static let top = ReadingPosition(paragraph: -1, character: 0)
}

/// The reader's own marks on an article, keyed by the article's stable key so
/// they survive re-imports. Times are seconds since 1970 (UTC).
public struct ReaderState: Hashable, Sendable, Codable {
    public var key: String
    public var readAt: Int64?
    public var favoriteAt: Int64?
    public var position: ReadingPosition?
    public init(key: String, readAt: Int64? = nil, favoriteAt: Int64? = nil, position: ReadingPosition? = nil) {
        self.key = key; self.readAt = readAt; self.favoriteAt = favoriteAt; self.position = position
    }
}

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

/// An article opened for reading: its content (related items carry their
/// resolved `targetKey`) and the reader's state.
public struct ArticleDetail: Hashable, Sendable {
    public var id: Int64
    public var article: Article
    public var state: ReaderState
    public init(id: Int64, article: Article, state: ReaderState) {
        self.id = id; self.article = article; self.state = state
    }
}

/// Which articles a list shows.
public enum ArticleFilter: Hashable, Sendable, Codable {
    case all
    case unread
    case favorites
    case site(String)
}

/// Counts for the list header.
public struct LibraryCounts: Hashable, Sendable, Codable {
    public var all: Int
    public var unread: Int
    public var favorites: Int
    public init(all: Int, unread: Int, favorites: Int) { self.all = all; self.unread = unread; self.favorites = favorites }
}
