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
    /// False when the related-item counts kept for `stats` differ from a
    /// count from scratch (or are unknown).
    public var relatedCountsCurrent: Bool
    // Nothing about related items: they are resolved when read
    // (`RelatedResolver`), so there is no stored link to go stale.

    public var isHealthy: Bool {
        integrity == ["ok"] && indexProblem == nil && missingFromIndex == 0 && indexedArticles == articles
            && indexFoldCurrent && relatedCountsCurrent
    }
}

extension LibraryStore {
    /// The checks in order, each reported to `progress` as it ends.
    public func checkHealth(progress: LibraryProgressHandler? = nil) throws -> LibraryHealth {
        let checks = 4
        func report(_ done: Int) { progress?(LibraryProgress(phase: .checking, done: done, total: checks)) }
        report(0)
        return try writing { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            report(1)
            var indexProblem: String?
            do {
                try SearchIndexCheck.run(db)
            } catch let error as DatabaseError {
                indexProblem = error.message ?? "\(error.resultCode)"
            }
            report(2)
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM search_documents") ?? 0
            let missing = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM articles a WHERE NOT EXISTS (
                    SELECT 1 FROM search_documents d WHERE d.article_id = a.id)
                """) ?? 0
            let fold = try String.fetchOne(db, sql: "SELECT value FROM search_meta WHERE name = 'fold'")
            report(3)
            let kept = try RelatedCensus.totals(db)
            let counted = try RelatedResolver.census(db)
            report(4)
            return LibraryHealth(integrity: integrity, indexProblem: indexProblem, articles: articles,
                                 indexedArticles: indexed, missingFromIndex: missing,
                                 indexFoldCurrent: fold == SearchDocument.foldFingerprint,
                                 relatedCountsCurrent: kept.map { $0 == counted } ?? false)
        }
    }

    /// Rebuilds everything derived from the articles: the search index and
    /// the related-item counts (related items are resolved when read and
    /// store nothing else). Articles and reader state are untouched.
    public func rebuildDerivedData(progress: LibraryProgressHandler? = nil) throws {
        try writing { db in
            try SearchIndexWriter.rebuild(db) { progress?(LibraryProgress(phase: .rebuildingIndex, done: $0, total: $1)) }
            try RelatedCensus.rebuild(db) { progress?(LibraryProgress(phase: .countingRelated, done: $0, total: $1)) }
        }
    }
}
