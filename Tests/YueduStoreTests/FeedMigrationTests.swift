import GRDB
import Testing
import YueduModel
import YueduTestSupport
@testable import YueduStore

/// Migration 7 on a library written before feeds: it opens, keeps its
/// articles and marks, and a feed item with an article's link joins it.
@Suite struct FeedMigrationTests {
    @Test func a_library_from_before_feeds_opens_and_its_read_article_joins_a_feed_with_its_mark() throws {
        // Given a library at migration 6 holding a read article
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let location = LibraryLocation(path: scratch.url.path + "/library.sqlite", isExplicit: true)
        do {
            let queue = try DatabaseQueue(path: location.path, configuration: LibraryStore.configuration())
            try Schema.migrator.migrate(queue, upTo: "6-related-title-keys")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO articles (key, url, site, title, title_key, published, published_sort, source, editor,
                        language, imported_at, content_hash, body)
                    VALUES ('https://example.cn/a', 'https://example.cn/a', '网', '旧文', '旧文', '2024-01-08', 1704672000,
                        '', '', 'zh', 1, 1, '正文');
                    INSERT INTO reader_state (key, read_at) VALUES ('https://example.cn/a', 2);
                    """)
            }
        }
        // When it is opened and follows a feed delivering that link
        let store = try LibraryStore.open(location)
        #expect(try store.stats().schemaVersion == "9-library-census")
        let feed = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: false, addedAt: 3)
        let outcome = try store.storeFeedItems(feedID: feed.id, [FeedItem(itemID: "g", article: makeArticle("https://example.cn/a"))],
                                               importedAt: 4)
        // Then the item is new to the feed, the article is the one it had, read
        #expect(outcome.new == 1)
        #expect(try store.detail(key: "https://example.cn/a")?.article.title == "旧文")
        #expect(try store.count(.all) == 1)
        #expect(try store.feeds().map { [$0.unread, $0.total] } == [[0, 1]])
    }
}
