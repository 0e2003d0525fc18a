import GRDB
import Testing
import YueduModel
@testable import YueduStore

/// `ArticleFilter.feed`: the list view of one feed, paged as every view is.
@Suite struct FeedArticlesQueryTests {
    private func item(_ id: String, link: String, day n: Int) -> FeedItem {
        var article = makeArticle(link, title: "第\(n)日", published: day(2024, 1, n))
        article.url = link
        return FeedItem(itemID: id, article: article)
    }

    /// Feed A with days 1…5 (day 3 also in feed B), feed B with day 3 and day 9, and an imported article.
    private func library() throws -> (LibraryStore, a: Int64, b: Int64) {
        let store = try LibraryStore.inMemory()
        let a = try store.addFeed(url: "http://127.0.0.1/a.xml", name: nil, fulltext: false, addedAt: 1).id
        let b = try store.addFeed(url: "http://127.0.0.1/b.xml", name: nil, fulltext: false, addedAt: 1).id
        _ = try store.storeFeedItems(feedID: a, (1...5).map { item("a\($0)", link: "https://example.cn/\($0)", day: $0) },
                                     importedAt: 2)
        _ = try store.storeFeedItems(feedID: b, [item("b3", link: "https://example.cn/3", day: 3),
                                                 item("b9", link: "https://example.cn/9", day: 9)], importedAt: 2)
        _ = try store.upsert([makeArticle("imported", published: day(2024, 1, 7))], importedAt: 2)
        return (store, a, b)
    }

    @Test func a_feed_view_lists_its_own_articles_newest_first_and_pages_like_the_others() throws {
        let (store, a, b) = try library()
        #expect(try store.page(.feed(a), offset: 0, limit: 10).map(\.title) == ["第5日", "第4日", "第3日", "第2日", "第1日"])
        #expect(try store.page(.feed(b), offset: 0, limit: 10).map(\.title) == ["第9日", "第3日"])
        #expect(try store.count(.feed(a)) == 5 && store.count(.feed(b)) == 2 && store.count(.all) == 7)
        #expect(try store.page(.feed(a), offset: 2, limit: 2).map(\.title) == ["第3日", "第2日"])
        let third = try #require(try store.page(.feed(a), offset: 2, limit: 1).first)
        #expect(try store.page(.feed(a), after: third, limit: 5).map(\.title) == ["第2日", "第1日"])
        #expect(try store.page(.feed(a), before: third, limit: 5).map(\.title) == ["第5日", "第4日"])
        #expect(try store.page(.feed(999), offset: 0, limit: 10).isEmpty && store.count(.feed(999)) == 0)
    }

    @Test func an_article_two_items_of_one_feed_share_is_listed_once_and_reader_marks_show() throws {
        let (store, a, _) = try library()
        _ = try store.storeFeedItems(feedID: a, [item("a3-again", link: "https://example.cn/3", day: 3)], importedAt: 3)
        try store.setRead(key: "https://example.cn/4", true, at: 4)
        let rows = try store.page(.feed(a), offset: 0, limit: 10)
        #expect(rows.map(\.title) == ["第5日", "第4日", "第3日", "第2日", "第1日"])
        #expect(rows.map(\.isRead) == [false, true, false, false, false])
        #expect(try store.count(.feed(a)) == 5)
    }

    @Test func the_query_reads_the_feeds_items_by_their_key_not_the_whole_library() throws {
        let (store, a, _) = try library()
        let (from, arguments) = LibraryStore.feedFromWhere(feedID: a)
        let plan = try store.reading { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT a.id \(from) ORDER BY a.published_sort DESC, a.id DESC",
                             arguments: arguments).map { $0["detail"] as String }
        }
        // The feed's items by their primary key, each article by its unique key; then a sort of just those.
        #expect(plan.contains("SEARCH feed_items USING PRIMARY KEY (feed_id=?)"), "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH a USING INDEX") && $0.hasSuffix("(key=?)") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN a") }, "\(plan)")
    }
}
