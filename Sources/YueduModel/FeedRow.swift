/// One feed as the reader's feed picker shows it.
public struct FeedRow: Hashable, Sendable {
    public var id: Int64
    /// The name it was given, else its own title, else its URL.
    public var name: String
    public var unread: Int
    public var total: Int
    /// Why the last update failed; nil after a success.
    public var lastError: String?
    /// When it last updated successfully, in the reader's local time.
    public var lastUpdate: PublishedDate?

    public init(id: Int64, name: String, unread: Int, total: Int, lastError: String? = nil, lastUpdate: PublishedDate? = nil) {
        self.id = id; self.name = name; self.unread = unread; self.total = total
        self.lastError = lastError; self.lastUpdate = lastUpdate
    }
}

/// What one update of every feed did, as the reader's status line tells it.
public struct FeedUpdateSummary: Hashable, Sendable {
    public var feeds: Int
    public var updated: Int
    public var notModified: Int
    public var skipped: Int
    public var failed: Int
    /// Feeds a cancel (Esc) stopped or kept from starting: nothing recorded on them.
    public var cancelled: Int
    public var newItems: Int

    public init(feeds: Int, updated: Int = 0, notModified: Int = 0, skipped: Int = 0, failed: Int = 0, cancelled: Int = 0,
                newItems: Int = 0) {
        self.feeds = feeds; self.updated = updated; self.notModified = notModified
        self.skipped = skipped; self.failed = failed; self.cancelled = cancelled; self.newItems = newItems
    }
}
