/// Which articles a list shows.
public enum ArticleFilter: Hashable, Sendable, Codable {
    case all
    case unread
    case favorites
    case site(String)
    /// The articles one feed delivered (feed_items), by the feed's row id.
    case feed(Int64)
}
