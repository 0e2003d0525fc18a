import GRDB
import YueduModel
import YueduText

/// Finds the library article a related item names, when the item is read.
/// An item with a URL names the article keyed by that URL (an article with
/// a URL is keyed by it), whatever its title says. Otherwise, or when no
/// article has that URL, a match is by normalized title (`TitleKey`); among several articles with
/// that title, the one from the item's source wins, then the one published
/// closest to the item's date, then the older row; never the item's own
/// article, and an empty title key names nothing.
///
/// Nothing is stored: an import used to resolve every item as it was
/// written and re-resolve items whenever a title arrived, which cost an
/// index of 600,000 random text keys and an UPDATE per article. Reading
/// resolves the 4-8 items on screen over `articles_by_title_key`, so the
/// answer is always that of the library as it is now.
struct RelatedResolver {
    private let best: Statement
    private let byURL: Statement

    init(_ db: Database) throws {
        byURL = try db.cachedStatement(sql: "SELECT key FROM articles WHERE key = ?1 AND id != ?2")
        // The ranks are columns of an inner query because SQLite (3.40) does
        // not let an ORDER BY refer to the outer row.
        best = try db.cachedStatement(sql: """
            SELECT key FROM (
                SELECT a.key, a.id, a.source != ?2 AS other_source,
                       abs(a.published_sort - coalesce(?3, a.published_sort)) AS distance
                FROM articles a WHERE a.title_key = ?1 AND a.id != ?4)
            ORDER BY other_source, distance, id LIMIT 1
            """)
    }

    /// The key of the article `item` (of article `owner`) names, or nil.
    func target(of item: RelatedItem, owner: Int64) throws -> String? {
        if let url = item.url, let key = try String.fetchOne(byURL, arguments: [url, owner]) { return key }
        let key = TitleKey.normalize(item.title)
        guard !key.isEmpty else { return nil }
        return try String.fetchOne(best, arguments: [key, item.source, item.date?.epochSeconds, owner])
    }

    /// How many related items the library holds, and how many of them name
    /// an article of it (by the same rule, minus the ranking). Resolution
    /// happens when an item is read, so this counts against the library as
    /// it is now: every title key once from its index, then the items' keys
    /// stored beside them at import, with no query and no normalizing per
    /// item (600,000 at 100,000 articles). `stats` reads the totals kept
    /// at write time (`RelatedCensus`); this is the count from scratch that
    /// `doctor` checks them against, and the fallback while they are unknown.
    static func census(_ db: Database) throws -> (items: Int, resolved: Int) {
        // For each title key: one article holding it, or nil when several do.
        var holders = TitleKeyHolders(capacity: try Int.fetchOne(db, sql: "SELECT n FROM article_count WHERE id = 0") ?? 0)
        let keys = try Row.fetchCursor(db, sql: "SELECT title_key, id FROM articles INDEXED BY articles_by_title_key")
        while let row = try keys.next() { holders.add(row[0], id: row[1]) }
        var items = 0, resolved = 0
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, related_title_keys FROM articles INDEXED BY articles_related_title_keys
            WHERE related_title_keys != ''
            """)
        while let row = try rows.next() {
            let owner: Int64 = row[0]
            var stored: String = row[1]
            stored.withUTF8 { bytes in
                RelatedCodec.forEachTitleKey(in: bytes) { key in
                    items += 1
                    // Named when some article other than the owner holds the key.
                    if !key.isEmpty, let holder = holders.holder(of: key), holder != owner { resolved += 1 }
                }
            }
        }
        return (items, resolved)
    }
}
