/// Counts for the list header.
public struct LibraryCounts: Hashable, Sendable, Codable {
    public var all: Int
    public var unread: Int
    public var favorites: Int
    public init(all: Int, unread: Int, favorites: Int) { self.all = all; self.unread = unread; self.favorites = favorites }
}
