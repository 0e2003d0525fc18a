import GRDB

/// Migration 7: feeds and the items each has delivered. Frozen once
/// shipped, like every migration in `Schema`.
enum FeedSchema {
    /// `feed_items` points at articles by key, not row id: reader state is
    /// keyed the same way, and an item keeps its key when its link changes.
    /// `entry_hash` is the digest of the article as the feed last gave it
    /// (before any full text), so an unchanged entry costs no write and never
    /// replaces a fetched full text with its summary.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE feeds (
                id INTEGER PRIMARY KEY,
                url TEXT NOT NULL UNIQUE,
                name TEXT,
                title TEXT NOT NULL DEFAULT '',
                site_link TEXT,
                etag TEXT,
                last_modified TEXT,
                fresh_until INTEGER,
                retry_after_until INTEGER,
                last_attempt_at INTEGER,
                last_success_at INTEGER,
                last_status INTEGER,
                last_error TEXT,
                fulltext INTEGER NOT NULL DEFAULT 0,
                interval_minutes INTEGER,
                added_at INTEGER NOT NULL
            );
            CREATE TABLE feed_items (
                feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
                item_id TEXT NOT NULL,
                article_key TEXT NOT NULL,
                entry_hash INTEGER NOT NULL,
                first_seen INTEGER NOT NULL,
                PRIMARY KEY (feed_id, item_id)
            ) WITHOUT ROWID;
            CREATE INDEX feed_items_by_article ON feed_items(article_key);
            """)
    }

    /// Migration 8: the RSS `<ttl>` the feed last gave. A 304 has no body to
    /// read it from, yet the feed's word still holds: without it a feed with
    /// an ETag was fresh for its ttl after a 200 but due at once after a 304.
    static func addTTL(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE feeds ADD COLUMN ttl_minutes INTEGER")
    }
}
