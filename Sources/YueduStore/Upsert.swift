import GRDB
import YueduSearchIndex
import YueduModel

/// What one upsert did to one article.
public enum UpsertOutcome: Hashable, Sendable {
    case new
    case updated
    /// Same content hash as the stored article: nothing was written.
    case unchanged
    /// SQLite refused this article (a constraint, a value out of range); its
    /// savepoint was rolled back and the rest of the batch went on.
    case failed(String)
}

extension LibraryStore {
    /// Inserts new articles and updates changed ones (matched by key), in one
    /// transaction for the batch; each article is atomic (an article SQLite
    /// refuses fails alone, see `write`). Reader state
    /// is keyed by article key, so a re-import keeps it. Related items are
    /// stored as written; which article each names is found when it is read
    /// (`RelatedResolver`). Returns one outcome per article, in order.
    /// More than `PreparedBatch.maxCount` articles are written as several
    /// batches, one transaction each.
    public func upsert(_ articles: [Article], importedAt: Int64) throws -> [UpsertOutcome] {
        var timings = UpsertTimings()
        var outcomes: [UpsertOutcome] = []
        for start in stride(from: 0, to: articles.count, by: PreparedBatch.maxCount) {
            let batch = PreparedBatch(Array(articles[start..<min(articles.count, start + PreparedBatch.maxCount)]))
            outcomes += try upsert(batch, importedAt: importedAt, timings: &timings)
        }
        return outcomes
    }

    /// `upsert` of a batch prepared beforehand (on another thread, while
    /// the previous batch was written), adding where the time went to
    /// `timings`.
    public func upsert(_ batch: PreparedBatch, importedAt: Int64, timings: inout UpsertTimings) throws
        -> [UpsertOutcome]
    {
        do {
            return try write(batch, importedAt: importedAt, savepointPerArticle: false, timings: &timings)
        } catch is ArticleRefused {
            // Nothing of the batch was kept: write it again, this time each
            // article in a savepoint of its own, so only the refused ones fail.
            return try write(batch, importedAt: importedAt, savepointPerArticle: true, timings: &timings)
        }
    }

    /// `upsert` of `first` and of the batches `next` hands over while it
    /// is written (nil: none ready), at most `maxBatches` in all, in one
    /// transaction; one list of outcomes per batch, in order. An import
    /// whose writer falls behind its reader commits this way: at a million
    /// articles each batch dirties pages all over B-trees keyed at random,
    /// and batches that share a commit share those pages' writes. If SQLite
    /// refuses an article, the group is rolled back and each of its batches
    /// written again on its own, as `upsert` does.
    public func upsert(group first: PreparedBatch, maxBatches: Int, importedAt: Int64, timings: inout UpsertTimings,
                       next: () -> PreparedBatch?) throws -> [[UpsertOutcome]] {
        var group = [first]
        do {
            return try write(&group, maxBatches: maxBatches, importedAt: importedAt, savepointPerArticle: false,
                             timings: &timings, next: next)
        } catch is ArticleRefused {
            return try group.map { try upsert($0, importedAt: importedAt, timings: &timings) }
        }
    }

    /// Writes a batch in one transaction. Without savepoints, an article
    /// SQLite refuses throws `ArticleRefused` (and the transaction rolls
    /// back); with them, it is rolled back alone and reported `.failed`.
    /// A savepoint per article is not free: SQLite copies every page the
    /// article changes that the batch had already changed to a journal
    /// first, gigabytes over a large import, so it is kept for the rare
    /// batch that needs it.
    private func write(_ batch: PreparedBatch, importedAt: Int64, savepointPerArticle: Bool,
                       timings: inout UpsertTimings) throws -> [UpsertOutcome] {
        var group = [batch]
        return try write(&group, maxBatches: 1, importedAt: importedAt, savepointPerArticle: savepointPerArticle,
                         timings: &timings, next: { nil })[0]
    }

    /// The batches of `group`, and those `next` adds to it up to
    /// `maxBatches`, in one transaction; one list of outcomes per batch.
    private func write(_ group: inout [PreparedBatch], maxBatches: Int, importedAt: Int64, savepointPerArticle: Bool,
                       timings: inout UpsertTimings, next: () -> PreparedBatch?) throws -> [[UpsertOutcome]] {
        let clock = ContinuousClock()
        let start = clock.now
        var articlesTime = Duration.zero, indexTime = Duration.zero
        let outcomes = try writing { db in
            // A large batch touches index pages all over the file; a bigger
            // page cache on the writer connection (readers keep the default,
            // so browsing stays small) saves re-reading them.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            var outcomes: [[UpsertOutcome]] = []
            var index = 0
            while index < group.count {
                let written = try Self.write(group[index], importedAt: importedAt,
                                             savepointPerArticle: savepointPerArticle, in: db)
                articlesTime += written.articlesTime
                indexTime += written.indexTime
                outcomes.append(written.outcomes)
                index += 1
                if group.count < maxBatches, let more = next() { group.append(more) }
            }
            return outcomes
        }
        timings.articles += articlesTime
        timings.searchIndex += indexTime
        timings.commit += clock.now - start - articlesTime - indexTime
        return outcomes
    }

    /// The articles of a batch, then its search index, inside the caller's
    /// transaction (an import's, or a feed update's beside its item rows).
    static func write(_ batch: PreparedBatch, importedAt: Int64, savepointPerArticle: Bool, in db: Database) throws
        -> (outcomes: [UpsertOutcome], articlesTime: Duration, indexTime: Duration)
    {
        let clock = ContinuousClock()
        var articlesTime = Duration.zero, indexTime = Duration.zero
        var writer = try ArticleWriter(db)
        // Outside the writer, which is made afresh after a refused article.
        var census = RelatedCensus()
        var outcomes: [UpsertOutcome] = []
        outcomes.reserveCapacity(batch.articles.count)
        // The id each article was written under, nil where it was not.
        var ids: [Int64?] = []
        ids.reserveCapacity(batch.articles.count)
        articlesTime = try clock.measure {
            for article in batch.articles {
                var outcome = UpsertOutcome.unchanged
                var id: Int64?
                do {
                    if savepointPerArticle {
                        try db.inSavepoint {
                            (outcome, id) = try writer.upsert(article, importedAt: importedAt, census: &census, in: db)
                            return .commit
                        }
                    } else {
                        (outcome, id) = try writer.upsert(article, importedAt: importedAt, census: &census, in: db)
                    }
                } catch let error as DatabaseError where ArticleWriter.isPerArticle(error) {
                    if !savepointPerArticle { throw ArticleRefused() }
                    outcome = .failed(error.message ?? "\(error.resultCode)")
                    id = nil
                    // A statement that failed reports that failure again
                    // when it is next reset: the next article would fail
                    // with it. Fresh statements start clean.
                    writer = try ArticleWriter(db)
                }
                outcomes.append(outcome)
                ids.append(id)
            }
            // Once per batch, in key order: a title key shared by several
            // articles of the batch is one row write.
            try census.apply(db)
        }
        // The index is written once for the batch, after the articles,
        // in the same transaction: its postings were gathered while the
        // batch was prepared, and one segment per batch keeps them few.
        indexTime = try clock.measure { try writer.index.add(batch.postings, ids: ids) }
        return (outcomes, articlesTime, indexTime)
    }
}

/// SQLite refused one article of a batch written without savepoints.
struct ArticleRefused: Error {}

/// Where an upsert's time went: writing the article rows (related items
/// included), the search index, and the commit (the pages reaching the file).
public struct UpsertTimings: Hashable, Sendable {
    public var articles = Duration.zero
    public var searchIndex = Duration.zero
    public var commit = Duration.zero
    public init() {}

    public static func += (total: inout UpsertTimings, batch: UpsertTimings) {
        total.articles += batch.articles
        total.searchIndex += batch.searchIndex
        total.commit += batch.commit
    }
}

/// The statements of an upsert, prepared once per batch.
struct ArticleWriter {
    private let findByKey: Statement
    private let storedKeys: Statement
    private let insertArticle: Statement
    private let updateArticle: Statement
    let index: SearchIndexWriter

    init(_ db: Database) throws {
        findByKey = try db.makeStatement(sql: "SELECT id, content_hash FROM articles WHERE key = ?")
        storedKeys = try db.makeStatement(sql: "SELECT title_key, related_title_keys FROM articles WHERE id = ?")
        let columns = "url, site, title, title_key, published, published_sort, views, body, source, editor, language, "
            + "imported_at, content_hash, related, related_title_keys"
        insertArticle = try db.makeStatement(sql: "INSERT INTO articles (key, \(columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        updateArticle = try db.makeStatement(sql: """
            UPDATE articles SET url = ?, site = ?, title = ?, title_key = ?, published = ?, published_sort = ?,
                views = ?, body = ?, source = ?, editor = ?, language = ?, imported_at = ?, content_hash = ?, related = ?,
                related_title_keys = ?
            WHERE id = ?
            """)
        index = try SearchIndexWriter(db)
    }

    /// Errors that concern one article's data, not the library as a whole.
    static func isPerArticle(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_CONSTRAINT, .SQLITE_MISMATCH, .SQLITE_TOOBIG, .SQLITE_RANGE: return true
        default: return false
        }
    }

    /// Writes the article's row, its related items in it; returns the id it
    /// was written under (nil when unchanged), for the caller to index.
    /// What the row adds to the census (and, updated, takes from it) goes
    /// to `census` once the row is written.
    func upsert(_ p: PreparedArticle, importedAt: Int64, census: inout RelatedCensus,
                in db: Database) throws -> (UpsertOutcome, Int64?) {
        let a = p.article
        let values: [(any DatabaseValueConvertible)?] = [
            a.url, a.site, a.title, p.titleKey, a.published.iso8601, a.published.epochSeconds,
            a.views, p.body, a.source, a.editor, a.language.rawValue, importedAt, p.hash, p.related,
            p.relatedTitleKeys,
        ]
        let id: Int64
        let outcome: UpsertOutcome
        if let existing = try Row.fetchOne(findByKey, arguments: [a.key]) {
            guard existing[1] as Int64 != p.hash else { return (.unchanged, nil) }
            id = existing[0]
            outcome = .updated
            let stored = try Row.fetchOne(storedKeys, arguments: [id])
            try updateArticle.execute(arguments: StatementArguments(values + [id]))
            if let stored { census.add(titleKey: stored[0], relatedTitleKeys: stored[1], sign: -1) }
        } else {
            try insertArticle.execute(arguments: StatementArguments([a.key] + values))
            id = db.lastInsertedRowID
            outcome = .new
        }
        census.add(titleKey: p.titleKey, relatedTitleKeys: p.relatedTitleKeys, sign: 1)
        return (outcome, id)
    }
}
