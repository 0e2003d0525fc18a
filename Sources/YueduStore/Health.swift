import GRDB

/// What `yuedu doctor` found.
public struct LibraryHealth: Hashable, Sendable, Codable {
    /// SQLite's `integrity_check` lines; `["ok"]` when the file is sound.
    public var integrity: [String]
    /// The search index's own structure check, nil when it passed.
    public var indexProblem: String?
    public var articles: Int
    public var indexedArticles: Int
    /// Articles the index does not hold.
    public var missingFromIndex: Int
    /// False when the index was built with a different search fold.
    public var indexFoldCurrent: Bool
    /// Related items without a target although the library holds an article of that title.
    public var unresolvedRelated: Int
    /// Related items pointing at an article whose title no longer matches.
    public var misresolvedRelated: Int

    public var isHealthy: Bool {
        integrity == ["ok"] && indexProblem == nil && missingFromIndex == 0 && indexedArticles == articles
            && indexFoldCurrent && unresolvedRelated == 0 && misresolvedRelated == 0
    }
}

extension LibraryStore {
    public func checkHealth() throws -> LibraryHealth {
        try writing { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            var indexProblem: String?
            do {
                try SearchIndexCheck.run(db)
            } catch let error as DatabaseError {
                indexProblem = error.message ?? "\(error.resultCode)"
            }
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM search_documents") ?? 0
            let missing = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM articles a WHERE NOT EXISTS (
                    SELECT 1 FROM search_documents d WHERE d.article_id = a.id)
                """) ?? 0
            let fold = try String.fetchOne(db, sql: "SELECT value FROM search_meta WHERE name = 'fold'")
            let unresolved = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM related_items r WHERE r.target_article_id IS NULL AND r.title_key != ''
                AND EXISTS (SELECT 1 FROM articles a WHERE a.title_key = r.title_key AND a.id != r.article_id)
                """) ?? 0
            let misresolved = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM related_items r JOIN articles a ON a.id = r.target_article_id
                WHERE a.title_key != r.title_key OR a.id = r.article_id
                """) ?? 0
            return LibraryHealth(integrity: integrity, indexProblem: indexProblem, articles: articles,
                                 indexedArticles: indexed, missingFromIndex: missing,
                                 indexFoldCurrent: fold == SearchDocument.foldFingerprint,
                                 unresolvedRelated: unresolved, misresolvedRelated: misresolved)
        }
    }

    /// Rebuilds everything derived from the articles: the search indexes and
    /// every related item's target. Articles and reader state are untouched.
    public func rebuildDerivedData() throws {
        try writing { db in
            try SearchIndexWriter.rebuild(db)
            let resolver = try RelatedResolver(db)
            for key in try String.fetchAll(db, sql: "SELECT DISTINCT title_key FROM related_items") {
                try resolver.resolveItems(naming: key)
            }
        }
    }
}
