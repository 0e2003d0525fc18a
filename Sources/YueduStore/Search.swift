import GRDB
import YueduModel
import YueduText

extension LibraryStore {
    /// Articles holding every term of `query` (see `SearchQuery`), those
    /// whose title holds them all first, each group newest first, with a
    /// snippet around the first body match and the match ranges.
    public func search(_ query: String, limit: Int = 50) throws -> [SearchHit] {
        let parsed = SearchQuery(query)
        guard !parsed.isEmpty, limit > 0 else { return [] }
        let expression = parsed.matchExpression
        return try reading { db in
            var keys: [Int64] = []
            var titleKeys = Set<Int64>()
            // Titles first: the title index answers which titles hold every term.
            let titleCursor = try Int64.fetchCursor(db, sql: """
                SELECT rowid FROM search_titles WHERE search_titles MATCH ? ORDER BY rowid DESC
                """, arguments: [expression])
            while keys.count < limit, let key = try titleCursor.next() {
                if parsed.needsVerification {
                    guard let title = try Self.title(db, searchKey: key),
                          parsed.matches(folded: SearchFold.fold(title)) else { continue }
                }
                keys.append(key); titleKeys.insert(key)
            }
            if keys.count < limit {
                let cursor = try Int64.fetchCursor(db, sql: """
                    SELECT rowid FROM search_all WHERE search_all MATCH ? ORDER BY rowid DESC
                    """, arguments: [expression])
                while keys.count < limit, let key = try cursor.next() {
                    if titleKeys.contains(key) { continue }
                    if parsed.needsVerification, try !Self.verify(db, searchKey: key, parsed) { continue }
                    keys.append(key)
                }
            }
            var highlight = SearchHighlight()
            return try keys.compactMap { key in try Self.hit(db, searchKey: key, parsed, &highlight) }
        }
    }

    private static let articleBySearchKey = "a.published_sort = ?1 >> 22 AND (a.id & 4194303) = (?1 & 4194303)"

    private static func title(_ db: Database, searchKey: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT title FROM articles a WHERE \(articleBySearchKey)", arguments: [searchKey])
    }

    /// The index matched trigram by trigram; this checks each term as a run.
    private static func verify(_ db: Database, searchKey: Int64, _ query: SearchQuery) throws -> Bool {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT title, body, source, site FROM articles a WHERE \(articleBySearchKey)
            """, arguments: [searchKey]) else { return false }
        return query.matches(folded: SearchDocument.foldedText(
            title: row[0], paragraphs: ParagraphCodec.decode(row[1]), source: row[2], site: row[3]))
    }

    private static func hit(_ db: Database, searchKey: Int64, _ query: SearchQuery,
                            _ highlight: inout SearchHighlight) throws -> SearchHit? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(summaryColumns), a.body FROM articles a LEFT JOIN reader_state s ON s.key = a.key
            WHERE \(articleBySearchKey)
            """, arguments: [searchKey]) else { return nil }
        let summary = Self.summary(row)
        let paragraphs = ParagraphCodec.decode(row[10])
        let titleMatches = highlight.ranges(of: query.terms, in: summary.title)
        // The first paragraph whose folded text holds a term; else the opening.
        let paragraph = paragraphs.first { p in
            let folded = SearchFold.fold(p)
            return query.terms.contains { folded.contains($0) }
        } ?? paragraphs.first ?? ""
        let (snippet, snippetMatches) = highlight.snippet(of: paragraph, terms: query.terms)
        return SearchHit(summary: summary, snippet: snippet, titleMatches: titleMatches, snippetMatches: snippetMatches)
    }
}
