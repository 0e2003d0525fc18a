import YueduModel

/// Which list the list pane shows: a stored filter, or the results of a search.
public enum ListView: Hashable, Sendable, Codable {
    case all
    case unread
    case favorites
    case site(String)
    /// One feed's articles; `name` is what the header shows.
    case feed(id: Int64, name: String)
    case search(String)

    /// The store filter behind the view; nil for search results, which come
    /// from the search effect instead of pages.
    public var filter: ArticleFilter? {
        switch self {
        case .all: return .all
        case .unread: return .unread
        case .favorites: return .favorites
        case .site(let name): return .site(name)
        case .feed(let id, _): return .feed(id)
        case .search: return nil
        }
    }

    /// The view's name as the list header shows it.
    public var title: String {
        switch self {
        case .all: return "全部 All"
        case .unread: return "未读 Unread"
        case .favorites: return "收藏 Favourites"
        case .site(let name): return "站点 " + name
        case .feed(_, let name): return "订阅 " + name
        case .search(let query): return "搜索 " + query
        }
    }

    /// `v` cycles all → unread → favourites → all; a site, feed or search
    /// view returns to all.
    public var next: ListView {
        switch self {
        case .all: return .unread
        case .unread: return .favorites
        default: return .all
        }
    }
}

/// The three panes of the reader.
public enum Pane: String, Hashable, Sendable, Codable, CaseIterable {
    case list, article, related
}
