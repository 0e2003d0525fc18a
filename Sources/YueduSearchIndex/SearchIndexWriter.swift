import Foundation
import GRDB

/// Writes the search index (see `SearchGrams`, `PostingCodec`) inside the
/// caller's transaction. Each write adds a segment: the postings of the
/// articles just written, cut into blocks. An article's current postings
/// are those of the segment `search_documents` names for it; postings it
/// left behind in older segments are stale, ignored by search and dropped
/// when their segment is merged (`SegmentMerger`).
package struct SearchIndexWriter {
    private let db: Database
    private let insertSegment: Statement
    private let insertBlock: Statement
    private let setDocument: Statement

    package init(_ db: Database) throws {
        self.db = db
        insertSegment = try db.makeStatement(sql: "INSERT INTO search_segments (articles) VALUES (?)")
        insertBlock = try db.makeStatement(sql: """
            INSERT INTO search_blocks (segment, first_gram, postings) VALUES (?, ?, ?)
            """)
        setDocument = try db.makeStatement(sql: """
            INSERT OR REPLACE INTO search_documents (article_id, segment) VALUES (?, ?)
            """)
    }

    /// Indexes the articles of a batch: `ids[position]` is the id of the
    /// batch's article at that position, nil for one that was not written
    /// (unchanged or failed) and keeps what the index holds for it.
    package func add(_ postings: GramPostings, ids written: [Int64?]) throws {
        // An article written twice in one batch is indexed with its last text.
        var ids = written
        var seen = Set<Int64>()
        for i in ids.indices.reversed() {
            if let id = ids[i], !seen.insert(id).inserted { ids[i] = nil }
        }
        let indexed = ids.compactMap { $0 }
        guard !indexed.isEmpty else { return }
        try insertSegment.execute(arguments: [indexed.count])
        let segment = db.lastInsertedRowID
        // New articles get ascending ids in batch order, so runs come out
        // sorted; an update's older id breaks that, and then each run is sorted.
        let ascending = zip(indexed, indexed.dropFirst()).allSatisfy { $0 < $1 }
        var builder = PostingBlockBuilder()
        var run: [Int64] = []
        var runGram: UInt64?
        func endRun() throws {
            guard let gram = runGram, !run.isEmpty else { return }
            if !ascending { run.sort() }
            builder.add(gram: gram, ids: run)
            run.removeAll(keepingCapacity: true)
            try writeBlocks(builder.takeFinished(), segment: segment)
        }
        for key in postings.keys {
            let gram = postings.gram(key)
            if gram != runGram {
                try endRun()
                runGram = gram
            }
            if let id = ids[postings.position(key)] { run.append(id) }
        }
        try endRun()
        builder.flush()
        try writeBlocks(builder.takeFinished(), segment: segment)
        for id in indexed { try setDocument.execute(arguments: [id, segment]) }
        try SegmentMerger(db).mergeWhereCrowded()
    }

    package func writeBlocks(_ blocks: [(firstGram: UInt64, bytes: [UInt8])], segment: Int64) throws {
        for block in blocks {
            try insertBlock.execute(arguments: [segment, Int64(block.firstGram), Data(block.bytes)])
        }
    }
}
