import GRDB
import Testing
import YueduModel
@testable import YueduStore

@Suite struct UpsertTests {
    /// An empty library where SQLite refuses any article titled 拒绝.
    static func refusingLibrary() throws -> LibraryStore {
        let store = try LibraryStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse AFTER INSERT ON articles WHEN NEW.title = '拒绝'
                BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                """)
        }
        return store
    }

    @Test func a_new_article_is_reported_new_and_can_be_read_back_whole() throws {
        // Given an empty library
        let store = try LibraryStore.inMemory()
        let article = makeArticle("https://a.example/1", paragraphs: ["夯实", "", "下活\n第二行"],
                                  related: [relatedItem("某个标题", date: day(2024, 9, 26))])
        // When it is upserted
        let outcomes = try store.upsert([article], importedAt: 100)
        // Then it is new and every field survives the round trip
        #expect(outcomes == [.new])
        let detail = try #require(try store.detail(key: article.key))
        #expect(detail.article == article)
        #expect(detail.state == ReaderState(key: article.key))
    }

    @Test func importing_the_same_article_twice_changes_nothing() throws {
        let store = try LibraryStore.inMemory()
        let article = makeArticle("k1")
        _ = try store.upsert([article], importedAt: 100)
        let outcomes = try store.upsert([article], importedAt: 200)
        #expect(outcomes == [.unchanged])
        #expect(try store.count(.all) == 1)
    }

    @Test func a_changed_article_is_updated_in_place() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k1", paragraphs: ["旧"])], importedAt: 100)
        let id = try #require(try store.detail(key: "k1")).id
        let outcomes = try store.upsert([makeArticle("k1", paragraphs: ["新"])], importedAt: 200)
        #expect(outcomes == [.updated])
        let detail = try #require(try store.detail(key: "k1"))
        #expect(detail.article.paragraphs == ["新"])
        #expect(detail.id == id)
        #expect(try store.count(.all) == 1)
    }

    @Test func a_batch_reports_one_outcome_per_article_in_order() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k1"), makeArticle("k2")], importedAt: 1)
        let outcomes = try store.upsert([makeArticle("k3"), makeArticle("k1"), makeArticle("k2", title: "新标题")],
                                        importedAt: 2)
        #expect(outcomes == [.new, .unchanged, .updated])
    }

    @Test func reimport_keeps_the_favourite_read_mark_and_position() throws {
        // Given a favourite, read article with a saved position
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k1", paragraphs: ["一", "二", "三"])], importedAt: 1)
        try store.setFavorite(key: "k1", true, at: 10)
        try store.setRead(key: "k1", true, at: 11)
        try store.savePosition(key: "k1", ReadingPosition(paragraph: 2, character: 5))
        // When a changed version is imported
        #expect(try store.upsert([makeArticle("k1", paragraphs: ["一", "二", "三", "四"])], importedAt: 2) == [.updated])
        // Then the reader's state is untouched
        let state = try #require(try store.detail(key: "k1")).state
        #expect(state == ReaderState(key: "k1", readAt: 11, favoriteAt: 10,
                                     position: ReadingPosition(paragraph: 2, character: 5)))
    }

    /// A batch is written without savepoints; when SQLite refuses one
    /// article, the batch is written again with one per article, so the
    /// refused article fails alone and leaves nothing behind.
    @Test func an_article_sqlite_refuses_fails_alone_and_leaves_nothing_behind() throws {
        let store = try Self.refusingLibrary()
        let outcomes = try store.upsert([
            makeArticle("before", paragraphs: ["前文"]),
            makeArticle("bad", title: "拒绝", paragraphs: ["坏文"], related: [relatedItem("可以")]),
            makeArticle("after", paragraphs: ["后文"]),
        ], importedAt: 1)
        #expect(outcomes[0] == .new && outcomes[2] == .new, "\(outcomes)")
        guard case .failed(let reason) = outcomes[1] else {
            Issue.record("expected the refused article to fail, got \(outcomes[1])")
            return
        }
        #expect(reason.contains("refused by test"))
        #expect(try store.detail(key: "bad") == nil)
        #expect(try store.detail(key: "before")?.article.paragraphs == ["前文"])
        #expect(try store.search("文").map(\.summary.key).sorted() == ["after", "before"])
        #expect(try store.stats().relatedItems == 0)
        #expect(try store.checkHealth().isHealthy)
    }

    /// Batches that share a commit (an import whose writer is behind): each
    /// keeps its own outcomes, `next` is asked no more than the group holds,
    /// and a refused article in the group's last batch still fails alone
    /// while everything else of the group is stored.
    @Test func batches_written_as_one_group_keep_their_outcomes_and_a_refusal_stays_alone() throws {
        let store = try Self.refusingLibrary()
        _ = try store.upsert([makeArticle("old", paragraphs: ["旧文"])], importedAt: 1)
        let batches = [
            PreparedBatch([makeArticle("a1", paragraphs: ["甲文"]), makeArticle("old", paragraphs: ["旧文"])]),
            PreparedBatch([makeArticle("b1", paragraphs: ["乙文"])]),
            PreparedBatch([makeArticle("c1", paragraphs: ["丙文"]), makeArticle("bad", title: "拒绝", paragraphs: ["坏文"])]),
            PreparedBatch([makeArticle("d1", paragraphs: ["丁文"])]),
        ]
        var handedOver = 1
        var timings = UpsertTimings()
        let outcomes = try store.upsert(group: batches[0], maxBatches: 3, importedAt: 2, timings: &timings) {
            defer { handedOver += 1 }
            return handedOver < batches.count ? batches[handedOver] : nil
        }
        #expect(handedOver == 3, "the group holds three batches: the fourth is never taken")
        #expect(outcomes.count == 3)
        #expect(outcomes[0] == [.new, .unchanged])
        #expect(outcomes[1] == [.new])
        #expect(outcomes[2].first == .new)
        guard case .failed(let reason) = outcomes[2].last else {
            Issue.record("expected the refused article to fail, got \(outcomes[2])")
            return
        }
        #expect(reason.contains("refused by test"))
        #expect(try store.search("文").map(\.summary.key).sorted() == ["a1", "b1", "c1", "old"])
        #expect(try store.count(.all) == 4)
        #expect(try store.checkHealth().isHealthy)
    }
}
