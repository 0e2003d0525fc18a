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
///
/// Both are SQL over a row `r` of `related_items`.
enum RelatedResolver {
    /// The key of the article the item names, or NULL. The ranks are columns
    /// of an inner query because SQLite (3.40) does not let an ORDER BY
    /// refer to the outer row.
    static let targetKey = """
        CASE WHEN r.title_key = '' THEN NULL ELSE (SELECT key FROM (
            SELECT a.key, a.id, a.source != r.source AS other_source,
                   abs(a.published_sort - coalesce(r.date_sort, a.published_sort)) AS distance
            FROM articles a WHERE a.title_key = r.title_key AND a.id != r.article_id)
         ORDER BY other_source, distance, id LIMIT 1) END
        """

    /// Whether the item names any article at all (which one is `targetKey`'s
    /// business): the same matches without the ranking.
    static let resolves = """
        (r.title_key != '' AND EXISTS (
            SELECT 1 FROM articles a WHERE a.title_key = r.title_key AND a.id != r.article_id))
        """
}
