import Foundation
import GRDB

/// Keeps the number of index segments logarithmic in the library: each
/// import adds at least one, and a search looks a gram up in every one.
/// Segments are grouped in levels by size (a level is 8× the one below);
/// once a level holds `fanIn` segments they become one of the next level,
/// so each posting is rewritten about once per level, and stale postings
/// (of articles indexed again since, or taken out) are dropped on the way.
package struct SegmentMerger {
    package static let fanIn = 8
    private let db: Database

    package init(_ db: Database) { self.db = db }

    package static func level(ofArticles count: Int) -> Int {
        var level = 0, size = max(count, 1)
        while size >= fanIn {
            size /= fanIn
            level += 1
        }
        return level
    }

    package func mergeWhereCrowded() throws {
        while true {
            let segments = try Row.fetchAll(db, sql: "SELECT id, articles FROM search_segments ORDER BY id")
                .map { (id: $0[0] as Int64, articles: $0[1] as Int) }
            let byLevel = Dictionary(grouping: segments) { Self.level(ofArticles: $0.articles) }
            guard let crowded = byLevel.keys.sorted().first(where: { byLevel[$0]!.count >= Self.fanIn }) else { return }
            try merge(byLevel[crowded]!.map(\.id))
        }
    }

    /// Merges `segments` (ascending ids, so older first) into one new segment.
    package func merge(_ segments: [Int64]) throws {
        let list = segments.map(String.init).joined(separator: ",")
        // Postings are live where search_documents names their segment.
        var live: [Int64: Set<Int64>] = [:]
        var stale = Set<Int64>()
        let recorded = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT id, articles FROM search_segments WHERE id IN (\(list))
            """).map { ($0[0] as Int64, $0[1] as Int) })
        let documents = try Row.fetchAll(db, sql: """
            SELECT article_id, segment FROM search_documents WHERE segment IN (\(list))
            """)
        for row in documents { live[row[1] as Int64, default: []].insert(row[0]) }
        for segment in segments where live[segment]?.count != recorded[segment] { stale.insert(segment) }

        try db.execute(sql: "INSERT INTO search_segments (articles) VALUES (?)", arguments: [documents.count])
        let merged = db.lastInsertedRowID
        let writer = try SearchIndexWriter(db)
        var readers = try segments.map { try SegmentReader(db, segment: $0) }
        var builder = PostingBlockBuilder()
        while let gram = Self.smallestGram(readers) {
            var parts: [(segment: Int64, bytes: [UInt8])] = []
            for i in readers.indices where readers[i].gram == gram {
                parts.append((readers[i].segment, readers[i].list))
                try readers[i].advance()
            }
            if parts.allSatisfy({ !stale.contains($0.segment) }), let spliced = Self.splice(parts.map(\.bytes)) {
                builder.add(gram: gram, encodedList: spliced)
            } else {
                var ids: [Int64] = []
                for part in parts {
                    // Damage stops the merge: decoding what can be read
                    // would write a whole segment that silently lacks the rest.
                    guard let decoded = part.bytes.withUnsafeBytes(PostingCodec.decodeList) else {
                        throw SearchIndexDamage.error("a list of segment \(part.segment) is damaged")
                    }
                    if stale.contains(part.segment) {
                        let keep = live[part.segment] ?? []
                        ids.append(contentsOf: decoded.filter(keep.contains))
                    } else {
                        ids.append(contentsOf: decoded)
                    }
                }
                ids.sort()
                builder.add(gram: gram, ids: ids)
            }
            try writer.writeBlocks(builder.takeFinished(), segment: merged)
        }
        builder.flush()
        try writer.writeBlocks(builder.takeFinished(), segment: merged)
        try db.execute(sql: """
            UPDATE search_documents SET segment = ?1 WHERE segment IN (\(list));
            DELETE FROM search_blocks WHERE segment IN (\(list));
            DELETE FROM search_segments WHERE id IN (\(list));
            """, arguments: [merged])
    }
}

extension SegmentMerger {
    private static func smallestGram(_ readers: [SegmentReader]) -> UInt64? {
        var smallest: UInt64?
        for reader in readers {
            if let gram = reader.gram, gram < smallest ?? .max { smallest = gram }
        }
        return smallest
    }

    /// The lists one after another as one list, when each starts above
    /// where the one before ends (always so unless articles were indexed
    /// again): only the first id of each later list is re-encoded, relative
    /// to the end of the one before. Nil when they interleave.
    package static func splice(_ lists: [[UInt8]]) -> [UInt8]? {
        if lists.count == 1 { return lists[0] }
        var result: [UInt8] = []
        result.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var end: Int64 = 0
        for list in lists {
            let ok: Bool = list.withUnsafeBytes { bytes in
                guard let (first, last) = PostingCodec.bounds(of: bytes), first > end || result.isEmpty else {
                    return false
                }
                var offset = 0
                _ = PostingCodec.readVarint(bytes, &offset)
                PostingCodec.appendVarint(UInt64(first - end), to: &result)
                result.append(contentsOf: bytes[offset...])
                end = last
                return true
            }
            if !ok { return nil }
        }
        return result
    }
}

/// Reads one segment's lists in gram order, a block at a time.
package struct SegmentReader {
    package let segment: Int64
    private let blocks: RowCursor
    private var entries: [(gram: UInt64, list: [UInt8])] = []
    private var next = 0

    package init(_ db: Database, segment: Int64) throws {
        self.segment = segment
        blocks = try Row.fetchCursor(db, sql: """
            SELECT first_gram, postings FROM search_blocks WHERE segment = ? ORDER BY first_gram
            """, arguments: [segment])
        try advance()
    }

    /// The current gram, nil once the segment is read.
    package var gram: UInt64? { next < entries.count ? entries[next].gram : nil }
    package var list: [UInt8] { entries[next].list }

    package mutating func advance() throws {
        if next < entries.count { next += 1 }
        while next >= entries.count {
            guard let row = try blocks.next() else { return }
            let (first, data) = try SearchIndexDamage.block(row, segment: segment)
            let bytes = [UInt8](data)
            guard let directory = bytes.withUnsafeBytes({ PostingCodec.directory(of: $0, firstGram: first) }) else {
                throw SearchIndexDamage.error("block \(segment)/\(first) is damaged")
            }
            entries = directory.map { ($0.gram, Array(bytes[$0.list])) }
            next = 0
        }
    }
}
