import GRDB
import YueduModel
import YueduText

/// Finds the library article a related item names, when the item is read.
/// A match is by normalized title (`TitleKey`); among several articles with
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
    private let any: Statement

    init(_ db: Database) throws {
        // The ranks are columns of an inner query because SQLite (3.40) does
        // not let an ORDER BY refer to the outer row.
        best = try db.cachedStatement(sql: """
            SELECT key FROM (
                SELECT a.key, a.id, a.source != ?2 AS other_source,
                       abs(a.published_sort - coalesce(?3, a.published_sort)) AS distance
                FROM articles a WHERE a.title_key = ?1 AND a.id != ?4)
            ORDER BY other_source, distance, id LIMIT 1
            """)
        any = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM articles a WHERE a.title_key = ?1 AND a.id != ?2)
            """)
    }

    /// The key of the article `item` (of article `owner`) names, or nil.
    func target(of item: RelatedItem, owner: Int64) throws -> String? {
        let key = TitleKey.normalize(item.title)
        guard !key.isEmpty else { return nil }
        return try String.fetchOne(best, arguments: [key, item.source, item.date?.epochSeconds, owner])
    }

    /// Whether `item` names any article at all (which one is `target`'s business).
    func resolves(_ item: RelatedItem, owner: Int64) throws -> Bool {
        let key = TitleKey.normalize(item.title)
        guard !key.isEmpty else { return false }
        return try Bool.fetchOne(any, arguments: [key, owner]) ?? false
    }
}
