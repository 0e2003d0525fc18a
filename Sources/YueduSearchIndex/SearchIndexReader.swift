import Foundation
import GRDB

/// The articles whose postings hold a set of grams, each with the segments
/// it was found in, ascending by id. An id can appear more than once: once
/// per segment that holds postings for it.
package struct SearchCandidates {
    package var ids: [Int64] = []
    package var segments: [Int64] = []

    package var isEmpty: Bool { ids.isEmpty }

    /// The index range of `id`'s entries, nil when it is not a candidate.
    package func entries(of id: Int64) -> Range<Int>? {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        guard low < ids.count, ids[low] == id else { return nil }
        var end = low + 1
        while end < ids.count, ids[end] == id { end += 1 }
        return low..<end
    }
}

/// Looks grams up in the search index (see `SearchIndexWriter`).
package struct SearchIndexReader {
    private let segments: [Int64]
    private let findBlock: Statement
    private let currentSegment: Statement

    package init(_ db: Database) throws {
        segments = try Int64.fetchAll(db, sql: "SELECT id FROM search_segments ORDER BY id")
        findBlock = try db.cachedStatement(sql: """
            SELECT first_gram, postings FROM search_blocks
            WHERE segment = ? AND first_gram <= ? ORDER BY first_gram DESC LIMIT 1
            """)
        currentSegment = try db.cachedStatement(sql: "SELECT segment FROM search_documents WHERE article_id = ?")
    }

    /// Articles with postings for every one of `grams`, segment by segment;
    /// throws `CancellationError` between segments once `isCancelled` says so.
    package func candidates(holding grams: [UInt64], until isCancelled: () -> Bool = { false }) throws -> SearchCandidates {
        var found: [(id: Int64, segment: Int64)] = []
        for segment in segments {
            if isCancelled() { throw CancellationError() }
            var lists: [[Int64]] = []
            for gram in grams {
                let list = try self.list(of: gram, in: segment)
                if list.isEmpty {
                    lists = []
                    break
                }
                lists.append(list)
            }
            guard !lists.isEmpty else { continue }
            lists.sort { $0.count < $1.count }
            let common = lists.dropFirst().reduce(lists[0], Self.intersect)
            found.append(contentsOf: common.map { ($0, segment) })
        }
        found.sort { ($0.id, $0.segment) < ($1.id, $1.segment) }
        return SearchCandidates(ids: found.map(\.id), segments: found.map(\.segment))
    }

    /// True when the postings `id` was found in are its current ones (an
    /// article indexed again since, or taken out, leaves stale ones).
    package func isCurrent(_ id: Int64, foundIn segments: ArraySlice<Int64>) throws -> Bool {
        guard let segment = try Int64.fetchOne(currentSegment, arguments: [id]) else { return false }
        return segments.contains(segment)
    }

    /// The ids holding `gram` in one segment, ascending.
    package func list(of gram: UInt64, in segment: Int64) throws -> [Int64] {
        guard let row = try Row.fetchOne(findBlock, arguments: [segment, Int64(gram)]) else { return [] }
        let (first, block) = try SearchIndexDamage.block(row, segment: segment)
        return try block.withUnsafeBytes { bytes in
            guard let directory = PostingCodec.directory(of: bytes, firstGram: first) else {
                throw SearchIndexDamage.error("block \(segment)/\(first) is damaged")
            }
            guard let entry = directory.first(where: { $0.gram == gram }) else { return [] }
            guard let ids = PostingCodec.decodeList(UnsafeRawBufferPointer(rebasing: bytes[entry.list])) else {
                throw SearchIndexDamage.error("a list in block \(segment)/\(first) is damaged")
            }
            return ids
        }
    }

    /// The ids in both ascending lists.
    private static func intersect(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var result: [Int64] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }
}
