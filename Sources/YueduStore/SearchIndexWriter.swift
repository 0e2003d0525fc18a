import GRDB
import YueduModel

/// Keeps the two search indexes (all text; titles alone) in step with the
/// articles table, inside the caller's transaction.
struct SearchIndexWriter {
    private let insertAll: Statement
    private let insertTitle: Statement
    private let deleteAll: Statement
    private let deleteTitle: Statement
    private let oldArticle: Statement

    init(_ db: Database) throws {
        insertAll = try db.makeStatement(sql: "INSERT INTO search_all (rowid, text) VALUES (?, ?)")
        insertTitle = try db.makeStatement(sql: "INSERT INTO search_titles (rowid, title) VALUES (?, ?)")
        deleteAll = try db.makeStatement(sql: "INSERT INTO search_all (search_all, rowid, text) VALUES ('delete', ?, ?)")
        deleteTitle = try db.makeStatement(sql: """
            INSERT INTO search_titles (search_titles, rowid, title) VALUES ('delete', ?, ?)
            """)
        oldArticle = try db.makeStatement(sql: "SELECT title, body, source, site FROM articles WHERE id = ?")
    }

    /// What the index holds for the article as it is stored now; read it
    /// before overwriting the article, to remove exactly that later.
    func storedDocument(articleID id: Int64) throws -> SearchIndexChange.Document? {
        guard let row = try Row.fetchOne(oldArticle, arguments: [id]) else { return nil }
        let title: String = row[0]
        return SearchIndexChange.Document(
            text: SearchDocument.indexedText(title: title, paragraphs: ParagraphCodec.decode(row[1]),
                                             source: row[2], site: row[3]),
            title: SearchDocument.indexedTitle(title))
    }

    func apply(_ change: SearchIndexChange) throws {
        if let removed = change.removed { try delete(change.articleID, removed) }
        try insertAll.execute(arguments: [change.articleID, change.added.text])
        try insertTitle.execute(arguments: [change.articleID, change.added.title])
    }

    /// Removes the article as it is stored now from the index.
    func remove(articleID id: Int64) throws {
        if let document = try storedDocument(articleID: id) { try delete(id, document) }
    }

    private func delete(_ id: Int64, _ document: SearchIndexChange.Document) throws {
        try deleteAll.execute(arguments: [id, document.text])
        try deleteTitle.execute(arguments: [id, document.title])
    }

    /// Empties both indexes and indexes every article again.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO search_all (search_all) VALUES ('delete-all');
            INSERT INTO search_titles (search_titles) VALUES ('delete-all');
            """)
        let writer = try SearchIndexWriter(db)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, title, body, source, site FROM articles")
        while let row = try rows.next() {
            let id: Int64 = row[0], title: String = row[1]
            try writer.insertAll.execute(arguments: [id, SearchDocument.indexedText(
                title: title, paragraphs: ParagraphCodec.decode(row[2]), source: row[3], site: row[4])])
            try writer.insertTitle.execute(arguments: [id, SearchDocument.indexedTitle(title)])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO search_meta (name, value) VALUES ('fold', ?)",
                       arguments: [SearchDocument.foldFingerprint])
    }
}

/// One article's change to the search index: the document to remove (nil
/// for a new article) and the one to add. The index is contentless, so a
/// removal must name exactly the text that was indexed.
struct SearchIndexChange {
    struct Document {
        var text: String
        var title: String
    }

    var articleID: Int64
    var removed: Document?
    var added: Document
}
