import Foundation
import YueduTestSupport
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
            try db.execute(sql: """
                DELETE FROM search_documents WHERE article_id = (SELECT id FROM articles WHERE key = 'b')
                """)
        }
        #expect(try store.search("新闻").isEmpty)
        let broken = try store.checkHealth()
        #expect(broken.missingFromIndex == 1 && !broken.isHealthy)
        // When derived data is rebuilt, then search finds it again
        try store.rebuildDerivedData()
        #expect(try store.checkHealth().isHealthy)
        #expect(try store.search("新闻").map(\.summary.key) == ["b"])
    }

    @Test func an_index_built_with_another_fold_is_rebuilt_when_the_library_opens() throws {
        // Given a library whose index a different search fold built
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let location = LibraryLocation(path: root.path + "/library.sqlite", isExplicit: true)
        do {
            let store = try LibraryStore.open(location)
            _ = try store.upsert([makeArticle("b", title: "乙", paragraphs: ["教育新闻"])], importedAt: 1)
            try store.writer.write { db in
                try db.execute(sql: "DELETE FROM search_blocks; DELETE FROM search_segments; DELETE FROM search_documents")
                try db.execute(sql: "UPDATE search_meta SET value = 'an older fold' WHERE name = 'fold'")
            }
            #expect(try store.checkHealth().indexFoldCurrent == false)
        }
        // When it is opened again, then the index is rebuilt with today's fold
        let reopened = try LibraryStore.open(location)
        #expect(try reopened.checkHealth().isHealthy)
        #expect(try reopened.search("新闻").map(\.summary.key) == ["b"])
    }
}
