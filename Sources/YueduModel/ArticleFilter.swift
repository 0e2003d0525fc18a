/// Which articles a list shows.
public enum ArticleFilter: Hashable, Sendable, Codable {
    case all
    case unread
    case favorites
    case site(String)
}
