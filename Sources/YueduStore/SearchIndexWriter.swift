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

    /// Indexes an article; `text` and `title` come from `SearchDocument`.
    func add(articleID id: Int64, text: String, title: String) throws {
        try insertAll.execute(arguments: [id, text])
        try insertTitle.execute(arguments: [id, title])
    }

    /// Removes the article as it is stored now; call before overwriting it.
    func remove(articleID id: Int64) throws {
        guard let row = try Row.fetchOne(oldArticle, arguments: [id]) else { return }
        let title: String = row[0]
        try deleteAll.execute(arguments: [id, SearchDocument.indexedText(
            title: title, paragraphs: ParagraphCodec.decode(row[1]), source: row[2], site: row[3])])
        try deleteTitle.execute(arguments: [id, SearchDocument.indexedTitle(title)])
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
