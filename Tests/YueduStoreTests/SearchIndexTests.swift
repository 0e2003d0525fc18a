import Foundation
import GRDB
import Testing
import YueduModel
import YueduSearchIndex
@testable import YueduStore

/// The pieces of the search index: the radix sort, the posting format,
/// and segments as they are added, merged and checked.
@Suite struct SearchIndexTests {
    @Test func the_radix_sort_agrees_with_sort_on_random_keys() {
        var generator = SystemRandomNumberGenerator()
        for bits in [8, 20, 44, 64] {
            let mask: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
            var keys = (0..<50_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) & mask }
            keys += [0, mask, mask, 0]
            var sorted = keys
            RadixSort.sort(&sorted, significantBits: bits)
            #expect(sorted == keys.sorted(), "\(bits) bits")
        }
    }

    @Test func lists_and_blocks_round_trip_and_a_long_list_gets_a_block_of_its_own() throws {
        var builder = PostingBlockBuilder()
        let long = Array(Int64(1)...Int64(20_000))
        builder.add(gram: 5, ids: [1, 300, 70_000, Int64(1) << 40])
        builder.add(gram: 9, ids: long)
        builder.add(gram: 12, ids: [2])
        builder.flush()
        let blocks = builder.takeFinished()
        #expect(blocks.map(\.firstGram) == [5, 9, 12])
        var decoded: [UInt64: [Int64]] = [:]
        for block in blocks {
            let directory = try #require(block.bytes.withUnsafeBytes { PostingCodec.directory(of: $0, firstGram: block.firstGram) })
            for entry in directory {
                decoded[entry.gram] = block.bytes.withUnsafeBytes { PostingCodec.decodeList(UnsafeRawBufferPointer(rebasing: $0[entry.list])) }
            }
        }
        #expect(decoded == [5: [1, 300, 70_000, Int64(1) << 40], 9: long, 12: [2]])
    }

    @Test func lists_in_id_order_splice_into_one_and_interleaved_ones_do_not() {
        func encoded(_ ids: [Int64]) -> [UInt8] {
            var builder = PostingBlockBuilder()
            builder.add(gram: 1, ids: ids)
            builder.flush()
            let block = builder.takeFinished()[0]
            let entry = block.bytes.withUnsafeBytes { PostingCodec.directory(of: $0, firstGram: 1)! }[0]
            return Array(block.bytes[entry.list])
        }
        let spliced = SegmentMerger.splice([encoded([1, 5]), encoded([7, 300]), encoded([100_000])])
        #expect(spliced.flatMap { $0.withUnsafeBytes(PostingCodec.decodeList) } == [1, 5, 7, 300, 100_000])
        #expect(SegmentMerger.splice([encoded([1, 9]), encoded([5])]) == nil)
    }

    @Test func a_truncated_block_is_reported_not_misread() {
        var builder = PostingBlockBuilder()
        builder.add(gram: 7, ids: [1, 2, 3])
        builder.flush()
        let bytes = Array(builder.takeFinished()[0].bytes.dropLast(2))
        #expect(bytes.withUnsafeBytes { PostingCodec.directory(of: $0, firstGram: 7) } == nil)
    }

    @Test func batch_postings_hold_each_gram_and_article_once_in_gram_order() {
        let postings = GramPostings(grams: [[9, 3, 9, 3], [3], []])
        #expect(postings.keys.map { [postings.gram($0), UInt64(postings.position($0))] } == [[3, 0], [3, 1], [9, 0]])
    }

    /// Each small import adds a segment; segments merge as they crowd, and
    /// every article stays findable through it.
    @Test func many_small_imports_merge_into_few_segments_and_all_stay_searchable() throws {
        let store = try LibraryStore.inMemory()
        for i in 0..<70 {
            _ = try store.upsert([makeArticle("k\(i)", title: "第\(i)号通知", paragraphs: ["共同词语", "独有\(i)号"])],
                                 importedAt: 1)
        }
        let segments = try store.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search_segments") ?? 0 }
        #expect(segments < 16)
        #expect(try store.search("共同词语", limit: 100).count == 70)
        #expect(try store.search("独有37号").map(\.summary.key) == ["k37"])
        #expect(try store.checkHealth().isHealthy)
    }

    /// A re-imported article leaves its old postings behind; search ignores
    /// them, and the merge that meets them drops them.
    @Test func postings_an_article_left_behind_are_ignored_then_dropped_by_a_merge() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k", paragraphs: ["旧文字"])], importedAt: 1)
        _ = try store.upsert([makeArticle("k", paragraphs: ["新文字"])], importedAt: 2)
        #expect(try store.search("旧").isEmpty)
        #expect(try store.search("新").map(\.summary.key) == ["k"])
        let 旧 = SearchGrams.unigram(("旧" as Unicode.Scalar).value)
        func segmentsHolding旧() throws -> Int {
            try store.writer.read { db in
                let reader = try SearchIndexReader(db)
                return try Int64.fetchAll(db, sql: "SELECT id FROM search_segments")
                    .filter { try !reader.list(of: 旧, in: $0).isEmpty }.count
            }
        }
        #expect(try segmentsHolding旧() == 1)
        try store.writer.write { db in
            try SegmentMerger(db).merge(try Int64.fetchAll(db, sql: "SELECT id FROM search_segments ORDER BY id"))
        }
        #expect(try segmentsHolding旧() == 0)
        #expect(try store.search("新").map(\.summary.key) == ["k"])
        #expect(try store.checkHealth().isHealthy)
    }

    @Test func damaged_bytes_are_refused_not_misread() {
        func varint(_ v: UInt64) -> [UInt8] {
            var bytes: [UInt8] = []
            PostingCodec.appendVarint(v, to: &bytes)
            return bytes
        }
        let blocks: [[UInt8]] = [
            [2, 0, 1] + varint(.max) + [1, 1, 1],     // the second gram overflows
            [1, 0] + varint(.max) + [1],              // a length past any end
            [2, 0, 1, 0, 1, 1, 1],                    // grams that do not ascend
        ]
        for block in blocks {
            #expect(block.withUnsafeBytes { PostingCodec.directory(of: $0, firstGram: 7) } == nil, "\(block)")
        }
        let lists: [[UInt8]] = [
            varint(UInt64(Int64.max)) + [5],          // ids that overflow
            [3, 0x85],                                // a varint cut short
            [3, 0],                                   // an id that does not ascend
            [],
        ]
        for list in lists {
            #expect(list.withUnsafeBytes(PostingCodec.decodeList) == nil, "\(list)")
            #expect(list.withUnsafeBytes(PostingCodec.bounds) == nil, "\(list)")
        }
    }

    @Test func a_damaged_block_is_reported_by_the_health_check_and_search() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k")], importedAt: 1)
        try store.writer.write { try $0.execute(sql: "UPDATE search_blocks SET postings = x'ff'") }
        let health = try store.checkHealth()
        #expect(health.indexProblem != nil && !health.isHealthy)
        #expect(throws: LibraryError.self) { try store.search("夯实") }
    }

    @Test func a_list_cut_short_and_a_key_of_the_wrong_type_are_damage_too() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k")], importedAt: 1)
        // The last byte of every block gains a continuation bit: its last list is cut short.
        try store.writer.write { db in
            try db.execute(sql: """
                UPDATE search_blocks SET postings = substr(postings, 1, length(postings) - 1)
                    || CAST(char(unicode(CAST(substr(postings, -1) AS TEXT)) | 128) AS BLOB)
                """)
        }
        #expect(try store.checkHealth().indexProblem != nil)
        try store.writer.write { try $0.execute(sql: "UPDATE search_blocks SET first_gram = -1") }
        #expect(throws: LibraryError.self) { try store.search("夯实") }
        try store.rebuildDerivedData()
        #expect(try store.checkHealth().isHealthy)
        #expect(try store.search("夯实").map(\.summary.key) == ["k"])
    }

    /// A merge that meets a damaged list stops the import rather than write a
    /// segment that silently lacks what could not be read.
    @Test func a_merge_refuses_damage_instead_of_dropping_articles() throws {
        let store = try LibraryStore.inMemory()
        for i in 0..<7 { _ = try store.upsert([makeArticle("k\(i)", paragraphs: ["夯实基础"])], importedAt: 1) }
        try store.writer.write { db in
            try db.execute(sql: "UPDATE search_blocks SET postings = substr(postings, 1, length(postings) - 1) || x'ff'")
        }
        #expect(throws: LibraryError.self) {
            _ = try store.upsert([makeArticle("k7", paragraphs: ["夯实基础"])], importedAt: 1)
        }
        try store.rebuildDerivedData()
        _ = try store.upsert([makeArticle("k7", paragraphs: ["夯实基础"])], importedAt: 1)
        #expect(try store.search("夯实", limit: 100).count == 8)
    }
}
