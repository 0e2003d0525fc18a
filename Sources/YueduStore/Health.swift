import GRDB
import YueduSearchIndex

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
    // Nothing about related items: they are resolved when read
    // (`RelatedResolver`), so there is no stored link to go stale.

    public var isHealthy: Bool {
        integrity == ["ok"] && indexProblem == nil && missingFromIndex == 0 && indexedArticles == articles
            && indexFoldCurrent
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
            return LibraryHealth(integrity: integrity, indexProblem: indexProblem, articles: articles,
                                 indexedArticles: indexed, missingFromIndex: missing,
                                 indexFoldCurrent: fold == SearchDocument.foldFingerprint)
        }
    }

    /// Rebuilds everything derived from the articles, which is the search
    /// indexes (related items are resolved when read and store nothing).
    /// Articles and reader state are untouched.
    public func rebuildDerivedData() throws {
        try writing { db in try SearchIndexWriter.rebuild(db) }
    }
}
