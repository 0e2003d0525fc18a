import GRDB

/// Points related items at the library article they name. A match is by
/// normalized title (`TitleKey`); among several articles with that title,
/// the one from the item's source wins, then the one published closest to
/// the item's date, then the older row; never the item's own article.
/// The choice is one SQL subquery over the title-key index, so an import
/// resolves inside SQLite without a round trip per item, and resolving
/// stays proportional to what arrived.
struct RelatedResolver {
    private let itemsNaming: Statement

    init(_ db: Database) throws {
        let best = Self.bestArticle(titleKey: "r.title_key", owner: "r.article_id", source: "r.source",
                                    dateSort: "r.date_sort")
        itemsNaming = try db.makeStatement(sql: """
            UPDATE related_items AS r SET target_article_id = \(best)
            WHERE r.title_key = ?1 AND r.target_article_id IS NOT \(best)
            """)
    }

    /// The target of an item being inserted, as an SQL expression over the
    /// insert's parameters (see `ArticleWriter`).
    static func targetOfNewItem(titleKey: String, owner: String, source: String, dateSort: String) -> String {
        "CASE WHEN \(titleKey) = '' THEN NULL ELSE "
            + bestArticle(titleKey: titleKey, owner: owner, source: source, dateSort: dateSort) + " END"
    }

    /// Re-resolves every item naming `titleKey`, after an article with that
    /// title arrived, changed or was renamed away from it.
    func resolveItems(naming titleKey: String) throws {
        guard !titleKey.isEmpty else { return }
        try itemsNaming.execute(arguments: [titleKey])
    }

    /// Same source first, then the closest date (any date when the item has
    /// none), then the lowest id; never the owning article itself. The
    /// ranks are columns of an inner query because SQLite (3.40) does not
    /// let an ORDER BY refer to the outer row.
    private static func bestArticle(titleKey: String, owner: String, source: String, dateSort: String) -> String {
        """
        (SELECT id FROM (
            SELECT a.id, a.source != \(source) AS other_source,
                   abs(a.published_sort - coalesce(\(dateSort), a.published_sort)) AS distance
            FROM articles a WHERE a.title_key = \(titleKey) AND a.id != \(owner))
         ORDER BY other_source, distance, id LIMIT 1)
        """
    }
}
