import Testing
import YueduModel
@testable import YueduStore

/// The feeds facade on an in-memory library: items, their articles and the
/// reader's marks on them, counts, and what an update attempt records.
@Suite struct FeedStoreTests {
    private func item(_ id: String, link: String? = nil, title: String = "标题", paragraphs: [String] = ["正文。"]) -> FeedItem {
        var article = makeArticle(link ?? "key-\(id)", title: title, paragraphs: paragraphs)
        article.url = link
        return FeedItem(itemID: id, article: article)
    }

    @Test func an_item_seen_again_keeps_its_article_key_and_reader_state_though_its_link_changed() throws {
        // Given a feed whose item was stored and read
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: false, addedAt: 1)
        _ = try store.storeFeedItems(feedID: feed.id, [item("guid-1", link: "https://example.cn/a")], importedAt: 2)
        try store.setRead(key: "https://example.cn/a", true, at: 3)
        // When the same guid comes back under a new link and a new title
        let outcome = try store.storeFeedItems(
            feedID: feed.id, [item("guid-1", link: "https://example.cn/a?utm=x", title: "新标题")], importedAt: 4)
        // Then its article keeps its key (and so its read mark) and is updated
        #expect(outcome == FeedItemsOutcome(new: 0, changed: 1, unchanged: 0))
        let detail = try #require(try store.detail(key: "https://example.cn/a"))
        #expect(detail.article.title == "新标题")
        #expect(detail.article.url == "https://example.cn/a?utm=x")
        #expect(detail.state.readAt == 3)
        #expect(try store.detail(key: "https://example.cn/a?utm=x") == nil)
        #expect(try store.count(.all) == 1)
    }

    @Test func a_changed_item_updates_its_article_and_an_unchanged_one_writes_nothing() throws {
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: false, addedAt: 1)
        let first = try store.storeFeedItems(feedID: feed.id, [item("1", paragraphs: ["旧的内容。"]), item("2")], importedAt: 2)
        #expect(first == FeedItemsOutcome(new: 2, changed: 0, unchanged: 0))
        // When item 1's text changes and item 2 comes back as it was
        let second = try store.storeFeedItems(feedID: feed.id, [item("1", paragraphs: ["新的内容。"]), item("2")], importedAt: 3)
        // Then only item 1's article is rewritten, and search finds its new text
        #expect(second == FeedItemsOutcome(new: 0, changed: 1, unchanged: 1))
        #expect(try store.detail(key: "key-1")?.article.paragraphs == ["新的内容。"])
        #expect(try store.search("新的").map(\.summary.key) == ["key-1"])
        #expect(try store.search("旧的").isEmpty)
    }

    @Test func an_unchanged_entry_keeps_the_full_text_stored_for_it() throws {
        // Given an item stored with its page's full text beside the feed's summary
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: true, addedAt: 1)
        let summary = item("1", link: "https://example.cn/a", paragraphs: ["摘要。"])
        var full = summary
        full.article.paragraphs = ["全文第一段。", "全文第二段。"]
        full.entryArticle = summary.article
        _ = try store.storeFeedItems(feedID: feed.id, [full], importedAt: 2)
        // When the next update brings the same entry (its summary only)
        let outcome = try store.storeFeedItems(feedID: feed.id, [summary], importedAt: 3)
        // Then the full text stays
        #expect(outcome == FeedItemsOutcome(new: 0, changed: 0, unchanged: 1))
        #expect(try store.detail(key: "https://example.cn/a")?.article.paragraphs == ["全文第一段。", "全文第二段。"])
    }

    @Test func one_link_from_two_feeds_is_one_article() throws {
        let store = try LibraryStore.inMemory()
        let a = try store.addFeed(url: "http://127.0.0.1/a.xml", name: nil, fulltext: false, addedAt: 1)
        let b = try store.addFeed(url: "http://127.0.0.2/b.xml", name: nil, fulltext: false, addedAt: 1)
        _ = try store.storeFeedItems(feedID: a.id, [item("a-guid", link: "https://example.cn/same")], importedAt: 2)
        let outcome = try store.storeFeedItems(feedID: b.id, [item("b-guid", link: "https://example.cn/same", title: "另一")],
                                               importedAt: 3)
        #expect(outcome.new == 1)
        #expect(try store.count(.all) == 1)
        // The first copy stays: feed b's item links to it rather than overwriting it.
        #expect(try store.detail(key: "https://example.cn/same")?.article.title == "标题")
        #expect(try store.feeds().map(\.total) == [1, 1])
        try store.setRead(key: "https://example.cn/same", true, at: 4)
        #expect(try store.feeds().map(\.unread) == [0, 0])
    }

    @Test func removing_a_feed_keeps_its_articles_and_the_reader_marks_on_them() throws {
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: false, addedAt: 1)
        _ = try store.storeFeedItems(feedID: feed.id, [item("1"), item("2")], importedAt: 2)
        try store.setFavorite(key: "key-1", true, at: 3)
        try store.removeFeed(id: feed.id)
        #expect(try store.feeds().isEmpty)
        #expect(try store.count(.all) == 2)
        #expect(try store.readerState(key: "key-1").favoriteAt == 3)
        // Following it again starts afresh: its items are new to it, their articles the same.
        let again = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: false, addedAt: 4)
        #expect(try store.feedItemIDs(feedID: again.id).isEmpty)
        #expect(try store.storeFeedItems(feedID: again.id, [item("1")], importedAt: 5).new == 1)
        #expect(try store.count(.all) == 2)
        #expect(throws: LibraryError.noSuchFeed(reference: "999")) { try store.removeFeed(id: 999) }
    }

    @Test func counts_give_each_feed_its_unread_and_total_items() throws {
        let store = try LibraryStore.inMemory()
        let a = try store.addFeed(url: "http://127.0.0.1/a.xml", name: nil, fulltext: false, addedAt: 1)
        let b = try store.addFeed(url: "http://127.0.0.1/b.xml", name: nil, fulltext: false, addedAt: 1)
        _ = try store.storeFeedItems(feedID: a.id, [item("1"), item("2"), item("3")], importedAt: 2)
        try store.setRead(key: "key-2", true, at: 3)
        let summaries = try store.feeds()
        #expect(summaries.map(\.feed.id) == [a.id, b.id])
        #expect(summaries.map(\.total) == [3, 0])
        #expect(summaries.map(\.unread) == [2, 0])
        #expect(try store.feedItemIDs(feedID: a.id) == ["1", "2", "3"])
    }

    @Test func an_attempt_writes_validators_exactly_and_keeps_the_error_until_a_success() throws {
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: false, addedAt: 1)
        // A 200 with validators as the server spelled them
        try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(
            at: 10, status: 200, etag: .some("W/\"abc\"  "), lastModified: .some("Mon, 08 Jan 2024 01:30:00 GMT"),
            freshUntil: .some(70), title: "少数派", siteLink: "https://sspai.com"))
        var stored = try #require(try store.feed(id: feed.id))
        #expect(stored.etag == "W/\"abc\"  ")
        #expect(stored.lastModified == "Mon, 08 Jan 2024 01:30:00 GMT")
        #expect(stored.freshUntil == 70)
        #expect((stored.title, stored.siteLink, stored.lastSuccessAt, stored.lastStatus) == ("少数派", "https://sspai.com", 10, 200))
        #expect(stored.displayName == "少数派")
        // Then two failures: the error is the latest, the validators and title stay
        try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(at: 20, status: 500, error: "HTTP 500"))
        try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(at: 30, status: nil, error: "timed out",
                                                                 retryAfterUntil: .some(90)))
        stored = try #require(try store.feed(id: feed.id))
        #expect((stored.lastError, stored.lastStatus, stored.lastAttemptAt, stored.lastSuccessAt) == ("timed out", nil, 30, 10))
        #expect(stored.etag == "W/\"abc\"  ")
        #expect(stored.retryAfterUntil == 90)
        // A 304 succeeds without touching validators; a cleared one is cleared
        try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(at: 40, status: 304, retryAfterUntil: .some(nil)))
        stored = try #require(try store.feed(id: feed.id))
        #expect((stored.lastError, stored.lastSuccessAt, stored.retryAfterUntil) == (nil, 40, nil))
        #expect(stored.etag == "W/\"abc\"  ")
        try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(at: 50, status: 200, etag: .some(nil)))
        #expect(try store.feed(id: feed.id)?.etag == nil)
        #expect(try store.feed(id: feed.id)?.lastModified == "Mon, 08 Jan 2024 01:30:00 GMT")
    }

    @Test func several_feeds_are_stored_in_one_call_and_a_refused_article_costs_only_its_own_item() throws {
        // Given three feeds, and a library that refuses one article
        let store = try LibraryStore.inMemory()
        let a = try store.addFeed(url: "http://127.0.0.1/a.xml", name: nil, fulltext: false, addedAt: 1)
        let b = try store.addFeed(url: "http://127.0.0.1/b.xml", name: nil, fulltext: false, addedAt: 1)
        let c = try store.addFeed(url: "http://127.0.0.1/c.xml", name: nil, fulltext: false, addedAt: 1)
        try store.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.key = 'key-bad' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        // When an update stores a's items, b's (one of them refused) and c's 304 together
        let outcomes = try store.storeFeedUpdates([
            FeedUpdateWrite(feedID: a.id, items: [item("a1", title: "甲一"), item("a2", title: "甲二")],
                            attempt: FeedAttempt(at: 10, status: 200, etag: .some("\"a\""), title: "甲报")),
            FeedUpdateWrite(feedID: b.id, items: [item("b1", title: "乙一"), item("bad", title: "乙坏"), item("b3", title: "乙三")],
                            attempt: FeedAttempt(at: 11, status: 200, title: "乙报")),
            FeedUpdateWrite(feedID: c.id, items: [], attempt: FeedAttempt(at: 12, status: 304)),
        ])
        // Then each feed has its outcome, in order, and the refused item alone is missing
        #expect(outcomes == [FeedItemsOutcome(new: 2, changed: 0, unchanged: 0), FeedItemsOutcome(new: 2, changed: 0, unchanged: 0), nil])
        #expect(try store.feedItemIDs(feedID: a.id) == ["a1", "a2"])
        #expect(try store.feedItemIDs(feedID: b.id) == ["b1", "b3"])
        #expect(try store.count(.all) == 4)
        // and the articles written after the refused one are searchable
        #expect(try store.search("乙三").map(\.summary.key) == ["key-b3"])
        #expect(try store.search("甲二").map(\.summary.key) == ["key-a2"])
        // and every attempt is recorded, validators and titles with it
        let stored = try [a, b, c].map { try #require(try store.feed(id: $0.id)) }
        #expect(stored.map(\.lastAttemptAt) == [10, 11, 12])
        #expect(stored.map(\.lastStatus) == [200, 200, 304])
        #expect(stored.map(\.title) == ["甲报", "乙报", ""])
        #expect(stored[0].etag == "\"a\"")
        // and the refused item counts as new next time
        try store.writer.write { db in try db.execute(sql: "DROP TRIGGER refuse") }
        let again = try store.storeFeedUpdates([
            FeedUpdateWrite(feedID: b.id, items: [item("b1", title: "乙一"), item("bad", title: "乙坏"), item("b3", title: "乙三")],
                            attempt: FeedAttempt(at: 20, status: 200)),
        ])
        #expect(again == [FeedItemsOutcome(new: 1, changed: 0, unchanged: 2)])
    }

    @Test func in_one_batch_a_link_two_feeds_share_is_one_article_and_the_first_feeds_copy_wins() throws {
        let store = try LibraryStore.inMemory()
        let a = try store.addFeed(url: "http://127.0.0.1/a.xml", name: nil, fulltext: false, addedAt: 1)
        let b = try store.addFeed(url: "http://127.0.0.1/b.xml", name: nil, fulltext: false, addedAt: 1)
        // When both feeds bring the same link in one batch, b also a second copy of it under another id
        let outcomes = try store.storeFeedUpdates([
            FeedUpdateWrite(feedID: a.id, items: [item("a-guid", link: "https://example.cn/same", title: "甲的标题")],
                            attempt: FeedAttempt(at: 10, status: 200)),
            FeedUpdateWrite(feedID: b.id, items: [item("b-guid", link: "https://example.cn/same", title: "乙的标题"),
                                                  item("b-again", link: "https://example.cn/same", title: "乙又一")],
                            attempt: FeedAttempt(at: 10, status: 200)),
        ])
        // Then there is one article, a's, and each feed has its items
        #expect(outcomes == [FeedItemsOutcome(new: 1, changed: 0, unchanged: 0), FeedItemsOutcome(new: 2, changed: 0, unchanged: 0)])
        #expect(try store.count(.all) == 1)
        #expect(try store.detail(key: "https://example.cn/same")?.article.title == "甲的标题")
        #expect(try store.feedItemIDs(feedID: b.id) == ["b-guid", "b-again"])
        #expect(try store.search("乙的标题").isEmpty)
    }

    @Test func an_item_changed_after_it_was_prepared_is_stored_as_changed() throws {
        // Given an item prepared off the writer, whose article then changes (a full-text page filled in)
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/a.xml", name: nil, fulltext: true, addedAt: 1)
        var filled = item("1", link: "https://example.cn/1", paragraphs: ["摘要而已。"])
        filled.prepare()
        filled.entryArticle = filled.article
        filled.article.paragraphs = ["整页的正文，写在这里。"]
        var plain = item("2", link: "https://example.cn/2", paragraphs: ["另一篇的正文。"])
        plain.prepare()
        _ = try store.storeFeedUpdates([FeedUpdateWrite(feedID: feed.id, items: [filled, plain], attempt: FeedAttempt(at: 10, status: 200))])
        // Then the page's text is what is stored and indexed, not the summary it was prepared with
        #expect(try store.detail(key: "https://example.cn/1")?.article.paragraphs == ["整页的正文，写在这里。"])
        #expect(try store.search("整页").map(\.summary.key) == ["https://example.cn/1"])
        #expect(try store.search("摘要").isEmpty)
        #expect(try store.search("另一篇").map(\.summary.key) == ["https://example.cn/2"])
    }

    @Test func a_batch_naming_a_feed_that_is_gone_records_none_of_its_feeds() throws {
        // Given a feed, and one removed since the update began
        let store = try LibraryStore.inMemory()
        let kept = try store.addFeed(url: "http://127.0.0.1/a.xml", name: nil, fulltext: false, addedAt: 1)
        let gone = try store.addFeed(url: "http://127.0.0.1/b.xml", name: nil, fulltext: false, addedAt: 1)
        try store.removeFeed(id: gone.id)
        // When a batch holds both
        #expect(throws: LibraryError.noSuchFeed(reference: String(gone.id))) {
            try store.storeFeedUpdates([
                FeedUpdateWrite(feedID: kept.id, items: [item("a1")], attempt: FeedAttempt(at: 10, status: 200)),
                FeedUpdateWrite(feedID: gone.id, items: [item("b1")], attempt: FeedAttempt(at: 10, status: 200)),
            ])
        }
        // Then the whole batch is undone: the kept feed is as before, to be fetched again
        #expect(try store.feed(id: kept.id)?.lastAttemptAt == nil)
        #expect(try store.feedItemIDs(feedID: kept.id).isEmpty)
        #expect(try store.count(.all) == 0)
        // and so it is when the gone feed only answered 304, with no items to store
        #expect(throws: LibraryError.noSuchFeed(reference: String(gone.id))) {
            try store.storeFeedUpdates([
                FeedUpdateWrite(feedID: kept.id, items: [item("a1")], attempt: FeedAttempt(at: 11, status: 200)),
                FeedUpdateWrite(feedID: gone.id, items: [], attempt: FeedAttempt(at: 11, status: 304)),
            ])
        }
        #expect(try store.feed(id: kept.id)?.lastAttemptAt == nil)
        #expect(try store.count(.all) == 0)
    }

    @Test func a_permanent_redirect_rewrites_the_url_unless_another_feed_has_it() throws {
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/old.xml", name: nil, fulltext: false, addedAt: 1)
        let other = try store.addFeed(url: "http://127.0.0.1/taken.xml", name: nil, fulltext: false, addedAt: 1)
        try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(at: 2, status: 200, movedTo: "http://127.0.0.1/new.xml"))
        #expect(try store.feed(id: feed.id)?.url == "http://127.0.0.1/new.xml")
        #expect(try store.feed(matching: "http://127.0.0.1/old.xml") == nil)
        try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(at: 3, status: 200, movedTo: other.url))
        #expect(try store.feed(id: feed.id)?.url == "http://127.0.0.1/new.xml")
    }

    @Test func adding_a_url_the_library_follows_is_an_error_naming_it() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: nil, fulltext: false, addedAt: 1)
        #expect(throws: LibraryError.feedExists(url: "http://127.0.0.1/feed.xml")) {
            try store.addFeed(url: "http://127.0.0.1/feed.xml", name: "again", fulltext: true, addedAt: 2)
        }
        #expect(try store.feeds().count == 1)
    }

    @Test func a_feed_is_found_by_id_url_name_or_title_and_a_shared_name_is_ambiguous() throws {
        let store = try LibraryStore.inMemory()
        let a = try store.addFeed(url: "http://127.0.0.1/a.xml", name: "新闻", fulltext: false, addedAt: 1)
        let b = try store.addFeed(url: "http://127.0.0.1/b.xml", name: nil, fulltext: false, addedAt: 1)
        let c = try store.addFeed(url: "http://127.0.0.1/c.xml", name: nil, fulltext: false, addedAt: 1)
        try store.recordFeedAttempt(feedID: b.id, FeedAttempt(at: 2, status: 200, title: "科技"))
        try store.recordFeedAttempt(feedID: c.id, FeedAttempt(at: 2, status: 200, title: "科技"))
        #expect(try store.feed(matching: String(b.id))?.url == b.url)
        #expect(try store.feed(matching: "http://127.0.0.1/c.xml")?.id == c.id)
        #expect(try store.feed(matching: "新闻")?.id == a.id)
        #expect(try store.feed(matching: "体育") == nil)
        #expect(throws: LibraryError.self) { try store.feed(matching: "科技") }
    }

    @Test func settings_change_one_at_a_time_and_none_clears_them() throws {
        let store = try LibraryStore.inMemory()
        let feed = try store.addFeed(url: "http://127.0.0.1/feed.xml", name: "旧名", fulltext: false, addedAt: 1)
        try store.setFeed(id: feed.id, name: nil, fulltext: true, intervalMinutes: .some(30))
        var stored = try #require(try store.feed(id: feed.id))
        #expect((stored.name, stored.fulltext, stored.intervalMinutes) == ("旧名", true, 30))
        try store.setFeed(id: feed.id, name: .some(nil), fulltext: nil, intervalMinutes: .some(nil))
        stored = try #require(try store.feed(id: feed.id))
        #expect((stored.name, stored.fulltext, stored.intervalMinutes) == (nil, true, nil))
        #expect(stored.displayName == "http://127.0.0.1/feed.xml")
        #expect(throws: LibraryError.noSuchFeed(reference: "42")) {
            try store.setFeed(id: 42, name: nil, fulltext: false, intervalMinutes: nil)
        }
    }
}
