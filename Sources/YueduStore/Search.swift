import Foundation
import GRDB
import YueduSearchIndex
import YueduModel
import YueduText

extension LibraryStore {
    /// Articles holding every term of `query` (see `SearchQuery`), those
    /// whose title holds them all first, each group newest first, with a
    /// snippet around the first body match and the match ranges.
    public func search(_ query: String, limit: Int = 50) throws -> [SearchHit] {
        try search(query, limit: limit, firstPage: 0, isCancelled: { false }, firstPageFound: { _ in })
    }

    /// `search(_:limit:)` for the reader, which runs it off the UI thread.
    /// Hits are found in the order they are answered in, so the first
    /// `firstPage` of them go to `firstPageFound` as soon as they are known
    /// (only when more may follow). `isCancelled` is asked between
    /// candidates and, through SQLite's progress handler, inside every
    /// statement; once it says yes the search stops and throws
    /// `CancellationError`.
    public func search(_ query: String, limit: Int, firstPage: Int, isCancelled: () -> Bool,
                       firstPageFound: ([SearchHit]) -> Void) throws -> [SearchHit] {
        let parsed = SearchQuery(query)
        guard !parsed.isEmpty, limit > 0 else { return [] }
        do {
            return try reading { db in
                try SearchInterrupt.during(db, isCancelled) {
                    try Self.search(db, parsed, limit: limit, firstPage: firstPage, isCancelled, firstPageFound)
                }
            }
        } catch {
            // An interrupted statement throws SQLITE_INTERRUPT, whatever it was doing.
            if isCancelled() { throw CancellationError() }
            throw error
        }
    }

    private static func search(_ db: Database, _ parsed: SearchQuery, limit: Int, firstPage: Int,
                               _ isCancelled: () -> Bool, _ firstPageFound: ([SearchHit]) -> Void) throws -> [SearchHit] {
        let index = try SearchIndexReader(db)
        var ids: [Int64] = []
        var titleIDs = Set<Int64>()
        var highlight = SearchHighlight()
        var firstHits: [SearchHit] = []
        var shown = 0  // ids whose hits are in firstHits
        // Every hit found is final where it stands: show the first page now if more may come.
        func found(_ id: Int64) throws -> Bool {
            ids.append(id)
            if ids.count == firstPage, firstPage < limit {
                firstHits = try ids.compactMap { key in try Self.hit(db, id: key, parsed, &highlight) }
                shown = ids.count
                firstPageFound(firstHits)
            }
            return ids.count < limit
        }
        // Titles first: the title grams say which titles may hold every term.
        let titles = try index.candidates(holding: parsed.requiredGrams(flag: SearchGrams.titleFlag), until: isCancelled)
        try Self.newestFirst(db, titles) { id, segments in
            if isCancelled() { throw CancellationError() }
            guard try index.isCurrent(id, foundIn: segments) else { return true }
            if parsed.needsVerification {
                guard let title = try Self.title(db, id: id), parsed.matches(folded: SearchFold.fold(title)) else {
                    return true
                }
            }
            titleIDs.insert(id)
            return try found(id)
        }
        if ids.count < limit {
            let all = try index.candidates(holding: parsed.requiredGrams(flag: 0), until: isCancelled)
            try Self.newestFirst(db, all) { id, segments in
                if isCancelled() { throw CancellationError() }
                if titleIDs.contains(id) { return true }
                guard try index.isCurrent(id, foundIn: segments) else { return true }
                if parsed.needsVerification, try !Self.verify(db, id: id, parsed) { return true }
                return try found(id)
            }
        }
        var hits = firstHits
        for key in ids.dropFirst(shown) {
            if isCancelled() { throw CancellationError() }
            if let hit = try Self.hit(db, id: key, parsed, &highlight) { hits.append(hit) }
        }
        return hits
    }

    /// Calls `visit` with each candidate, newest first, until it returns
    /// false. A few candidates are dated one by one and sorted; many are
    /// met by walking the newest-first index, which stops as soon as the
    /// caller has enough and costs at most one pass over that index.
    private static func newestFirst(_ db: Database, _ candidates: SearchCandidates,
                                    _ visit: (Int64, ArraySlice<Int64>) throws -> Bool) throws {
        guard !candidates.isEmpty else { return }
        if candidates.ids.count <= 2000 {
            let published = try db.cachedStatement(sql: "SELECT published_sort FROM articles WHERE id = ?")
            var dated: [(published: Int64, id: Int64, entries: Range<Int>)] = []
            var start = 0
            while start < candidates.ids.count {
                let id = candidates.ids[start]
                var end = start + 1
                while end < candidates.ids.count, candidates.ids[end] == id { end += 1 }
                if let sort = try Int64.fetchOne(published, arguments: [id]) { dated.append((sort, id, start..<end)) }
                start = end
            }
            dated.sort { ($0.published, $0.id) > ($1.published, $1.id) }
            for entry in dated where try !visit(entry.id, candidates.segments[entry.entries]) { return }
        } else {
            let newest = try Int64.fetchCursor(db, sql: """
                SELECT id FROM articles INDEXED BY articles_newest ORDER BY published_sort DESC, id DESC
                """)
            while let id = try newest.next() {
                guard let entries = candidates.entries(of: id) else { continue }
                if try !visit(id, candidates.segments[entries]) { return }
            }
        }
    }

    private static let byID = "a.id = ?1"

    private static func title(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT title FROM articles a WHERE \(byID)", arguments: [id])
    }

    /// The index matched bigram by bigram; this checks each term as a run.
    private static func verify(_ db: Database, id: Int64, _ query: SearchQuery) throws -> Bool {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT title, body, source, site FROM articles a WHERE \(byID)
            """, arguments: [id]) else { return false }
        return try query.matches(folded: SearchDocument.foldedText(
            title: row[0], paragraphs: ParagraphCodec.decode(StoredText.decode(row[1], column: "body")),
            source: row[2], site: row[3]))
    }

    private static func hit(_ db: Database, id: Int64, _ query: SearchQuery,
                            _ highlight: inout SearchHighlight) throws -> SearchHit? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(summaryColumns), a.body FROM articles a LEFT JOIN reader_state s ON s.key = a.key
            WHERE \(byID)
            """, arguments: [id]) else { return nil }
        let summary = Self.summary(row)
        let paragraphs = try ParagraphCodec.decode(StoredText.decode(row[10], column: "body"))
        let titleMatches = highlight.ranges(of: query.terms, in: summary.title)
        // The first paragraph that holds a term: as stored first (plain text
        // already in folded form, the common case, costs no fold), else
        // folded; else the opening.
        let paragraph = paragraphs.first { p in query.terms.contains { p.containsBytes(of: $0) } }
            ?? paragraphs.first { p in
                let folded = SearchFold.fold(p)
                return query.terms.contains { folded.contains($0) }
            } ?? paragraphs.first ?? ""
        let (snippet, snippetMatches) = highlight.snippet(of: paragraph, terms: query.terms)
        return SearchHit(summary: summary, snippet: snippet, titleMatches: titleMatches, snippetMatches: snippetMatches)
    }
}
