import Foundation
import GRDB
import Testing
import YueduModel
import YueduTestSupport
@testable import YueduStore

/// Bodies and related items are stored as zstd frames where that is
/// smaller (`StoredText`); rows written as text before that read as ever,
/// and a frame that does not decode is reported, never read in part.
@Suite struct StoredTextTests {
    private let paragraph = "据市教育局介绍，今年以来，全市累计新建改扩建中小学校12所，新增学位1.6万个，教育优质均衡发展取得明显成效。"

    @Test func long_text_becomes_a_smaller_frame_that_decodes_to_the_same_text() throws {
        let text = Array(repeating: paragraph, count: 6).joined(separator: "\u{1E}")
        let stored = StoredText.encode(text)
        guard case .blob(let frame) = stored.storage else {
            Issue.record("stored as \(stored)")
            return
        }
        #expect(frame.count < text.utf8.count / 2)
        #expect(try StoredText.decode(stored, column: "body") == text)
    }

    @Test func short_text_and_text_that_does_not_shrink_stay_text() throws {
        #expect(StoredText.encode("夯实基础。") == "夯实基础。".databaseValue)
        #expect(StoredText.encode("") == "".databaseValue)
        // Random bytes as hex digits compress little; random ideographs not at all.
        var random = SplitMix64(seed: 7)
        let noise = String((0..<200).map { _ in Character(Unicode.Scalar(0x4E00 + UInt32(random.next() % 20000))!) })
        let stored = StoredText.encode(noise)
        if case .blob(let frame) = stored.storage { #expect(frame.count < noise.utf8.count) }
        #expect(try StoredText.decode(stored, column: "body") == noise)
        #expect(try StoredText.decode(.null, column: "body") == "")
    }

    @Test func a_frame_that_does_not_decode_is_reported_as_damage() {
        let text = Array(repeating: paragraph, count: 6).joined()
        guard case .blob(var frame) = StoredText.encode(text).storage else {
            Issue.record("not stored as a frame")
            return
        }
        for damaged in [Data(frame.prefix(frame.count / 2)), Data("not a frame at all".utf8), Data()] {
            #expect(throws: DatabaseError.self) { try StoredText.decode(damaged.databaseValue, column: "body") }
        }
        frame[frame.count / 2] ^= 0xFF
        frame[frame.count / 2 + 1] ^= 0xFF
        #expect(throws: DatabaseError.self) { try StoredText.decode(frame.databaseValue, column: "body") }
        #expect(throws: DatabaseError.self) { try StoredText.decode(7.databaseValue, column: "body") }
    }

    @Test func an_article_is_stored_compressed_and_one_stored_as_text_before_reads_the_same() throws {
        // Given an article written now, with a long body and related items
        let store = try LibraryStore.inMemory()
        let related = (1...5).map { relatedItem("教育局推进第\($0)批优质均衡发展项目建设", date: day(2024, 1, $0)) }
        let article = makeArticle("long", paragraphs: Array(repeating: paragraph, count: 8), related: related)
        _ = try store.upsert([article], importedAt: 1)
        let (body, relatedColumn) = try store.writer.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT body, related FROM articles WHERE key = 'long'"))
            return (row[0] as DatabaseValue, row[1] as DatabaseValue)
        }
        // Then both long columns are frames
        #expect(body.storage.isBlob && relatedColumn.storage.isBlob)
        let fresh = try #require(try store.detail(key: "long"))
        #expect(fresh.article.paragraphs == article.paragraphs)
        #expect(fresh.article.related.map(\.title) == related.map(\.title))
        // When the row is rewritten as an older version stored it, as text
        try store.writer.write { db in
            try db.execute(sql: "UPDATE articles SET body = ?, related = ? WHERE key = 'long'", arguments: [
                StoredText.decode(body, column: "body"), StoredText.decode(relatedColumn, column: "related items"),
            ])
        }
        // Then it reads the same, and search finds it by a run of its body
        let old = try #require(try store.detail(key: "long"))
        #expect(old.article.paragraphs == fresh.article.paragraphs && old.article.related == fresh.article.related)
        #expect(try store.search("优质均衡发展取得").map(\.summary.key) == ["long"])
    }

    @Test func a_damaged_body_is_reported_as_a_damaged_library_naming_it() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("long", paragraphs: Array(repeating: paragraph, count: 8))], importedAt: 1)
        try store.writer.write { db in
            try db.execute(sql: "UPDATE articles SET body = substr(body, 1, 40) WHERE key = 'long'")
        }
        do {
            _ = try store.detail(key: "long")
            Issue.record("a damaged body was read")
        } catch let error as LibraryError {
            guard case .corrupt(_, let detail) = error else {
                Issue.record("reported as \(error)")
                return
            }
            #expect(detail.contains("body"), "\(detail)")
        }
    }
}

private extension DatabaseValue.Storage {
    var isBlob: Bool { if case .blob = self { true } else { false } }
}
