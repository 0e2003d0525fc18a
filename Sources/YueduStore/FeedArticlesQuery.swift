import GRDB

extension LibraryStore {
    /// FROM/WHERE for one feed's articles (`ArticleFilter.feed`): the ones its
    /// feed_items rows point at. IN, not a join, so an article two of the
    /// feed's items share is listed once; SQLite walks the feed's items by
    /// the primary key and looks each article up by its key.
    static func feedFromWhere(feedID: Int64) -> (String, StatementArguments) {
        ("""
         FROM articles a LEFT JOIN reader_state s ON s.key = a.key \
         WHERE a.key IN (SELECT article_key FROM feed_items WHERE feed_id = ?)
         """, [feedID])
    }
}
