import GRDB
import YueduModel

extension LibraryStore {
    static let feedColumns = """
        f.id, f.url, f.name, f.title, f.site_link, f.etag, f.last_modified, f.fresh_until, f.retry_after_until,
        f.last_attempt_at, f.last_success_at, f.last_status, f.last_error, f.fulltext, f.interval_minutes, f.added_at,
        f.ttl_minutes
        """

    static func feedRecord(_ row: Row) -> FeedRecord {
        FeedRecord(id: row[0], url: row[1], name: row[2], title: row[3], siteLink: row[4], etag: row[5],
                   lastModified: row[6], freshUntil: row[7], retryAfterUntil: row[8], lastAttemptAt: row[9],
                   lastSuccessAt: row[10], lastStatus: row[11], lastError: row[12], fulltext: row[13],
                   intervalMinutes: row[14], addedAt: row[15], ttlMinutes: row[16])
    }

    /// Follows a new feed; its items come with the first update. A URL the
    /// library already follows is refused, naming it. `title` and
    /// `siteLink` are what `feed add` read from the feed; no validators are
    /// kept, so the first update fetches the feed whole.
    public func addFeed(url: String, name: String?, fulltext: Bool, addedAt: Int64, title: String = "",
                        siteLink: String? = nil) throws -> FeedRecord {
        try writing { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM feeds WHERE url = ?)", arguments: [url]) == true {
                throw LibraryError.feedExists(url: url)
            }
            try db.execute(sql: "INSERT INTO feeds (url, name, title, site_link, fulltext, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [url, name, title, siteLink, fulltext, addedAt])
            return FeedRecord(id: db.lastInsertedRowID, url: url, name: name, title: title, siteLink: siteLink,
                              fulltext: fulltext, addedAt: addedAt)
        }
    }

    /// Whether the library follows exactly this URL.
    public func followsFeed(url: String) throws -> Bool {
        try reading { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM feeds WHERE url = ?)", arguments: [url]) ?? false
        }
    }

    /// Every feed in the order it was added, with the counts of the
    /// articles its items name (an item whose article is gone counts nowhere).
    public func feeds() throws -> [FeedSummary] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.feedColumns), count(a.id), count(a.id) - count(s.read_at)
                FROM feeds f
                LEFT JOIN feed_items i ON i.feed_id = f.id
                LEFT JOIN articles a ON a.key = i.article_key
                LEFT JOIN reader_state s ON s.key = a.key
                GROUP BY f.id ORDER BY f.id
                """).map { row in FeedSummary(feed: Self.feedRecord(row), unread: row[18], total: row[17]) }
        }
    }

    public func feed(id: Int64) throws -> FeedRecord? {
        try reading { db in try Self.feed(db, id: id) }
    }

    static func feed(_ db: Database, id: Int64) throws -> FeedRecord? {
        try Row.fetchOne(db, sql: "SELECT \(feedColumns) FROM feeds f WHERE f.id = ?", arguments: [id]).map(feedRecord)
    }

    /// The feed a command line names: an id, else the exact URL, else a
    /// name, else a title. Nil when none matches; a name or title that
    /// several feeds share is `LibraryError.ambiguousFeed`.
    public func feed(matching reference: String) throws -> FeedRecord? {
        try reading { db in
            if let id = Int64(reference), let feed = try Self.feed(db, id: id) { return feed }
            let select = "SELECT \(Self.feedColumns) FROM feeds f WHERE "
            if let feed = try Row.fetchOne(db, sql: select + "f.url = ?", arguments: [reference]).map(Self.feedRecord) {
                return feed
            }
            for column in ["f.name", "f.title"] {
                let found = try Row.fetchAll(db, sql: select + "\(column) = ? ORDER BY f.id", arguments: [reference])
                    .map(Self.feedRecord)
                if found.count > 1 {
                    throw LibraryError.ambiguousFeed(reference: reference, candidates: found.map { "\($0.id) \($0.url)" })
                }
                if let feed = found.first { return feed }
            }
            return nil
        }
    }

    /// Stops following a feed: its row and its item rows go; the articles
    /// and the reader's marks on them stay in the library.
    public func removeFeed(id: Int64) throws {
        try writing { db in
            try db.execute(sql: "DELETE FROM feeds WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw LibraryError.noSuchFeed(reference: String(id)) }
        }
    }

    /// Changes a feed's settings; a nil argument leaves that one as it is,
    /// `.some(nil)` clears it.
    public func setFeed(id: Int64, name: String??, fulltext: Bool?, intervalMinutes: Int??) throws {
        try writing { db in
            guard try Self.feed(db, id: id) != nil else { throw LibraryError.noSuchFeed(reference: String(id)) }
            if let name { try db.execute(sql: "UPDATE feeds SET name = ? WHERE id = ?", arguments: [name, id]) }
            if let fulltext {
                try db.execute(sql: "UPDATE feeds SET fulltext = ? WHERE id = ?", arguments: [fulltext, id])
            }
            if let intervalMinutes {
                try db.execute(sql: "UPDATE feeds SET interval_minutes = ? WHERE id = ?", arguments: [intervalMinutes, id])
            }
        }
    }

    /// Writes what one update attempt found, in one transaction: the
    /// attempt's time and status always; on success (no error) the time of
    /// success and a cleared error, else the error, kept until a success.
    /// Validators and lifetimes are written exactly as given (nil leaves
    /// them). A permanent redirect rewrites the URL, unless another feed
    /// already has that URL (then both would be one feed; it is left).
    public func recordFeedAttempt(feedID: Int64, _ attempt: FeedAttempt) throws {
        try writing { db in try Self.recordFeedAttempt(db, feedID: feedID, attempt) }
    }

    static func recordFeedAttempt(_ db: Database, feedID: Int64, _ attempt: FeedAttempt) throws {
        var sets = ["last_attempt_at = ?", "last_status = ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [attempt.at, attempt.status]
        func set(_ column: String, _ value: (any DatabaseValueConvertible)?) {
            sets.append("\(column) = ?")
            arguments.append(value)
        }
        if let error = attempt.error {
            set("last_error", error)
        } else {
            set("last_error", nil)
            set("last_success_at", attempt.at)
        }
        if let etag = attempt.etag { set("etag", etag) }
        if let lastModified = attempt.lastModified { set("last_modified", lastModified) }
        if let freshUntil = attempt.freshUntil { set("fresh_until", freshUntil) }
        if let ttlMinutes = attempt.ttlMinutes { set("ttl_minutes", ttlMinutes) }
        if let retryAfterUntil = attempt.retryAfterUntil { set("retry_after_until", retryAfterUntil) }
        if let title = attempt.title { set("title", title) }
        if let siteLink = attempt.siteLink { set("site_link", siteLink) }
        if let movedTo = attempt.movedTo,
           try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM feeds WHERE url = ? AND id != ?)",
                             arguments: [movedTo, feedID]) == false {
            set("url", movedTo)
        }
        try db.execute(sql: "UPDATE feeds SET \(sets.joined(separator: ", ")) WHERE id = ?",
                       arguments: StatementArguments(arguments + [feedID]))
        // The update itself tells a feed that is gone: no query before it.
        if db.changesCount == 0 { throw LibraryError.noSuchFeed(reference: String(feedID)) }
    }

    /// The item ids a feed has delivered, so full text is fetched only for new ones.
    public func feedItemIDs(feedID: Int64) throws -> Set<String> {
        try reading { db in
            Set(try String.fetchAll(db, sql: "SELECT item_id FROM feed_items WHERE feed_id = ?", arguments: [feedID]))
        }
    }
}

/// A feed to follow from a subscription list (`feed import-opml`).
public struct FeedToFollow: Sendable, Equatable {
    public var url: String
    public var title: String
    public var siteLink: String?

    public init(url: String, title: String = "", siteLink: String? = nil) {
        self.url = url; self.title = title; self.siteLink = siteLink
    }
}

extension LibraryStore {
    /// Follows every feed of a list in one transaction; a URL the library
    /// already follows (or that came earlier in the list) is skipped and
    /// counted. Returns the feeds added, in list order, and the skipped count.
    public func addFeeds(_ feeds: [FeedToFollow], addedAt: Int64) throws -> (added: [FeedRecord], duplicates: Int) {
        try writing { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO feeds (url, title, site_link, added_at) VALUES (?, ?, ?, ?) ON CONFLICT(url) DO NOTHING
                """)
            var added: [FeedRecord] = []
            var duplicates = 0
            for feed in feeds {
                try insert.execute(arguments: [feed.url, feed.title, feed.siteLink, addedAt])
                if db.changesCount == 0 {
                    duplicates += 1
                } else {
                    added.append(FeedRecord(id: db.lastInsertedRowID, url: feed.url, title: feed.title, siteLink: feed.siteLink,
                                            addedAt: addedAt))
                }
            }
            return (added, duplicates)
        }
    }
}
