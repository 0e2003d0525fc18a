import YueduModel

/// A subscribed feed as the library keeps it: where it is fetched, what the
/// server said last time (validators exactly as received) and its settings.
public struct FeedRecord: Sendable, Equatable {
    public var id: Int64
    /// Where it is fetched now (a 301/308 rewrites it).
    public var url: String
    /// Set by `--name` / `feed set name`; overrides the title for display.
    public var name: String?
    /// The feed's own title, "" until its first successful update.
    public var title: String
    public var siteLink: String?
    /// Exactly as received, echoed back unchanged.
    public var etag: String?
    /// Exactly as received, echoed back unchanged.
    public var lastModified: String?
    /// Unix seconds: Cache-Control max-age / Expires / `<ttl>` / interval.
    public var freshUntil: Int64?
    /// Unix seconds: a 429/503 Retry-After back-off.
    public var retryAfterUntil: Int64?
    public var lastAttemptAt: Int64?
    public var lastSuccessAt: Int64?
    /// HTTP status of the last attempt, nil when there was no response.
    public var lastStatus: Int?
    /// Nil after a success; kept across failures until the next one.
    public var lastError: String?
    public var fulltext: Bool
    /// The per-feed minimum interval between updates.
    public var intervalMinutes: Int?
    public var addedAt: Int64
    /// The RSS `<ttl>` of the last 200, kept for the 304s that follow it.
    public var ttlMinutes: Int?

    public init(id: Int64, url: String, name: String? = nil, title: String = "", siteLink: String? = nil,
                etag: String? = nil, lastModified: String? = nil, freshUntil: Int64? = nil,
                retryAfterUntil: Int64? = nil, lastAttemptAt: Int64? = nil, lastSuccessAt: Int64? = nil,
                lastStatus: Int? = nil, lastError: String? = nil, fulltext: Bool = false,
                intervalMinutes: Int? = nil, addedAt: Int64, ttlMinutes: Int? = nil) {
        self.id = id; self.url = url; self.name = name; self.title = title; self.siteLink = siteLink
        self.etag = etag; self.lastModified = lastModified; self.freshUntil = freshUntil
        self.retryAfterUntil = retryAfterUntil; self.lastAttemptAt = lastAttemptAt
        self.lastSuccessAt = lastSuccessAt; self.lastStatus = lastStatus; self.lastError = lastError
        self.fulltext = fulltext; self.intervalMinutes = intervalMinutes; self.addedAt = addedAt
        self.ttlMinutes = ttlMinutes
    }

    /// What lists show: the reader's name, else the feed's title, else its URL.
    public var displayName: String { name ?? (title.isEmpty ? url : title) }
}

/// A feed with the counts of the articles its items name.
public struct FeedSummary: Sendable, Equatable {
    public var feed: FeedRecord
    /// Items whose article has no read mark.
    public var unread: Int
    public var total: Int

    public init(feed: FeedRecord, unread: Int, total: Int) { self.feed = feed; self.unread = unread; self.total = total }
}

/// One entry to store: its identity within the feed and the article made from it.
public struct FeedItem: Sendable {
    public var itemID: String
    public var article: Article {
        didSet { prepared = nil }
    }
    /// The article as the feed itself gave it, when `article` carries more
    /// (the full text of its page). "Changed" is decided on this, so an
    /// entry seen again unchanged keeps the full text stored for it.
    public var entryArticle: Article?
    /// `article` with its hash, title keys and search grams, when `prepare()`
    /// made them (on a fetching thread, so the one writer does not); the
    /// store derives them itself where this is missing or stale.
    private(set) var prepared: PreparedArticle?

    public init(itemID: String, article: Article, entryArticle: Article? = nil) {
        self.itemID = itemID; self.article = article; self.entryArticle = entryArticle
    }

    /// Derives what writing `article` needs, here rather than on the writer.
    public mutating func prepare() { prepared = PreparedArticle(article) }
}

/// What `storeFeedItems` did: `new` items the feed had not delivered before,
/// `changed` ones whose article was rewritten, `unchanged` the rest.
public struct FeedItemsOutcome: Sendable, Equatable {
    public var new: Int
    public var changed: Int
    public var unchanged: Int

    public init(new: Int = 0, changed: Int = 0, unchanged: Int = 0) {
        self.new = new; self.changed = changed; self.unchanged = unchanged
    }
}

/// What one update attempt found; `recordFeedAttempt` writes it in one transaction.
public struct FeedAttempt: Sendable {
    public var at: Int64
    /// Nil: no response (timeout, refused).
    public var status: Int?
    /// Nil: success (200 or 304).
    public var error: String?
    /// A permanent redirect's target: the feed's URL becomes it.
    public var movedTo: String?
    /// `.some(nil)` clears; nil leaves as stored (the caller sets them on a 200 only).
    public var etag: String??
    public var lastModified: String??
    public var freshUntil: Int64??
    public var retryAfterUntil: Int64??
    /// The parsed feed's `<ttl>` (a 200); `.some(nil)` clears, nil leaves it.
    public var ttlMinutes: Int??
    /// From a parsed feed; nil leaves the stored one.
    public var title: String?
    public var siteLink: String?

    public init(at: Int64, status: Int?, error: String? = nil, movedTo: String? = nil, etag: String?? = nil,
                lastModified: String?? = nil, freshUntil: Int64?? = nil, retryAfterUntil: Int64?? = nil,
                title: String? = nil, siteLink: String? = nil) {
        self.at = at; self.status = status; self.error = error; self.movedTo = movedTo; self.etag = etag
        self.lastModified = lastModified; self.freshUntil = freshUntil; self.retryAfterUntil = retryAfterUntil
        self.title = title; self.siteLink = siteLink
    }
}
