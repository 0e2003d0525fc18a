import Foundation
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
            var ids: [Int64] = []
            var titleIDs = Set<Int64>()
            // Titles first: the title index answers which titles hold every term.
            let titleCursor = try Int64.fetchCursor(db, sql: Self.newestMatching("search_titles"), arguments: [expression])
            while ids.count < limit, let key = try titleCursor.next() {
                if parsed.needsVerification {
                    guard let title = try Self.title(db, id: key),
                          parsed.matches(folded: SearchFold.fold(title)) else { continue }
                }
                ids.append(key); titleIDs.insert(key)
            }
            if ids.count < limit {
                let cursor = try Int64.fetchCursor(db, sql: Self.newestMatching("search_all"), arguments: [expression])
                while ids.count < limit, let key = try cursor.next() {
                    if titleIDs.contains(key) { continue }
                    if parsed.needsVerification, try !Self.verify(db, id: key, parsed) { continue }
                    ids.append(key)
                }
            }
            var highlight = SearchHighlight()
            return try ids.compactMap { key in try Self.hit(db, id: key, parsed, &highlight) }
        }
    }

    /// Ids of the articles an index matches, newest first. Walking the
    /// newest-first index and probing the set of matches stops as soon as the
    /// caller has enough, and costs at most one pass over that index.
    private static func newestMatching(_ index: String) -> String {
        """
        SELECT a.id FROM articles a INDEXED BY articles_newest
        WHERE a.id IN (SELECT rowid FROM \(index) WHERE \(index) MATCH ?)
        ORDER BY a.published_sort DESC, a.id DESC
        """
    }

    private static let byID = "a.id = ?1"

    private static func title(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT title FROM articles a WHERE \(byID)", arguments: [id])
    }

    /// The index matched trigram by trigram; this checks each term as a run.
    private static func verify(_ db: Database, id: Int64, _ query: SearchQuery) throws -> Bool {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT title, body, source, site FROM articles a WHERE \(byID)
            """, arguments: [id]) else { return false }
        return query.matches(folded: SearchDocument.foldedText(
            title: row[0], paragraphs: ParagraphCodec.decode(row[1]), source: row[2], site: row[3]))
    }

    private static func hit(_ db: Database, id: Int64, _ query: SearchQuery,
                            _ highlight: inout SearchHighlight) throws -> SearchHit? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(summaryColumns), a.body FROM articles a LEFT JOIN reader_state s ON s.key = a.key
            WHERE \(byID)
            """, arguments: [id]) else { return nil }
        let summary = Self.summary(row)
        let paragraphs = ParagraphCodec.decode(row[10])
        let titleMatches = highlight.ranges(of: query.terms, in: summary.title)
        // The first paragraph that holds a term: as stored first (plain text
        // already in folded form, the common case, costs no fold), else
        // folded; else the opening.
        let paragraph = paragraphs.first { p in query.terms.contains { Self.containsBytes(p, $0) } }
            ?? paragraphs.first { p in
                let folded = SearchFold.fold(p)
                return query.terms.contains { folded.contains($0) }
            } ?? paragraphs.first ?? ""
        let (snippet, snippetMatches) = highlight.snippet(of: paragraph, terms: query.terms)
        return SearchHit(summary: summary, snippet: snippet, titleMatches: titleMatches, snippetMatches: snippetMatches)
    }

    /// `text` holds `term` byte for byte (no grapheme or locale work).
    private static func containsBytes(_ text: String, _ term: String) -> Bool {
        var text = text, term = term
        return text.withUTF8 { haystack in
            term.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
                // memchr to each candidate first byte, memcmp the rest (memmem is not visible here).
                var start = 0
                let last = haystack.count - needle.count
                while start <= last,
                      let hit = memchr(base + start, Int32(first), last - start + 1) {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
