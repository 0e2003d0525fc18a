import GRDB
import Testing
import YueduModel
@testable import YueduStore

@Suite struct HealthTests {
    private func populated() throws -> LibraryStore {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([
            makeArticle("a", title: "甲", related: [relatedItem("乙")]),
            makeArticle("b", title: "乙", paragraphs: ["教育新闻"]),
        ], importedAt: 1)
        return store
    }

    @Test func a_fresh_library_is_healthy() throws {
        let health = try populated().checkHealth()
        #expect(health.isHealthy)
        #expect(health.articles == 2 && health.indexedArticles == 2)
    }

    @Test func an_article_missing_from_the_index_is_found_and_rebuilt() throws {
        // Given an index that lost article "b"
        let store = try populated()
        try store.writer.write { db in
            try SearchIndexWriter(db).remove(articleID: try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE key = 'b'")!)
        }
        #expect(try store.search("新闻").isEmpty)
        let broken = try store.checkHealth()
        #expect(broken.missingFromIndex == 1 && !broken.isHealthy)
        // When derived data is rebuilt, then search finds it again
        try store.rebuildDerivedData()
        #expect(try store.checkHealth().isHealthy)
        #expect(try store.search("新闻").map(\.summary.key) == ["b"])
    }

    @Test func a_lost_related_link_is_found_and_restored() throws {
        let store = try populated()
        try store.writer.write { try $0.execute(sql: "UPDATE related_items SET target_article_id = NULL") }
        #expect(try store.checkHealth().unresolvedRelated == 1)
        try store.rebuildDerivedData()
        #expect(try store.detail(key: "a")?.article.related.first?.targetKey == "b")
        #expect(try store.checkHealth().isHealthy)
    }
}
