import GRDB
import YueduSearchIndex

// The store drives the index: it reads its own article rows (and their
// paragraph format) and hands the index the texts to fold.
extension SearchIndexWriter {
    /// Empties the index and indexes every article again, in batches
    /// folded on every core, reporting articles indexed after each batch.
    static func rebuild(_ db: Database, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws {
        try db.execute(sql: """
            DELETE FROM search_blocks; DELETE FROM search_segments; DELETE FROM search_documents;
            """)
        let writer = try SearchIndexWriter(db)
        let total = try Int.fetchOne(db, sql: "SELECT n FROM article_count WHERE id = 0") ?? 0
        var done = 0
        progress(0, total)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, title, body, source, site FROM articles ORDER BY id")
        var ids: [Int64] = []
        var texts: [ArticleText] = []
        func flush() throws {
            guard !ids.isEmpty else { return }
            let grams = texts.parallelMap { t in
                SearchDocument.grams(title: t.title, paragraphs: t.paragraphs, source: t.source, site: t.site)
            }
            try writer.add(GramPostings(grams: grams), ids: ids)
            done += ids.count
            progress(min(done, total), total)
            ids.removeAll(keepingCapacity: true)
            texts.removeAll(keepingCapacity: true)
        }
        while let row = try rows.next() {
            ids.append(row[0])
            try texts.append(ArticleText(title: row[1], paragraphs: ParagraphCodec.decode(StoredText.decode(row[2], column: "body")),
                                     source: row[3], site: row[4]))
            if ids.count >= 2000 { try flush() }
        }
        try flush()
        if done < total { progress(total, total) }
        try db.execute(sql: "INSERT OR REPLACE INTO search_meta (name, value) VALUES ('fold', ?)",
                       arguments: [SearchDocument.foldFingerprint])
    }
}

/// The parts of an article the index searches.
private struct ArticleText: Sendable {
    var title: String
    var paragraphs: [String]
    var source: String
    var site: String
}
