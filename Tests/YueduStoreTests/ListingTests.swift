import Foundation
import GRDB
import Testing
import YueduModel
@testable import YueduStore

@Suite struct ListingTests {
    /// Five articles published on five days, imported out of order.
    private func fiveDays() throws -> LibraryStore {
        let store = try LibraryStore.inMemory()
        let articles = [3, 1, 5, 2, 4].map { n in
            makeArticle("k\(n)", site: n % 2 == 0 ? "偶数网" : "奇数网", published: day(2024, 1, n))
        }
        _ = try store.upsert(articles, importedAt: 1)
        return store
    }

    @Test func the_kept_article_count_agrees_with_counting_the_rows() throws {
        let store = try LibraryStore.inMemory()
        func counted() throws -> Int { try store.reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") ?? -1 } }
        #expect(try store.counts().all == 0)
        _ = try store.upsert((0..<5).map { makeArticle("k\($0)", title: "标题\($0)") }, importedAt: 1)
        #expect(try store.counts().all == 5 && counted() == 5)
        // Re-importing changed and unchanged articles adds nothing.
        _ = try store.upsert([makeArticle("k0", title: "标题0", paragraphs: ["改了。"]), makeArticle("k1", title: "标题1")],
                             importedAt: 2)
        #expect(try store.counts().all == 5 && counted() == 5)
        try store.setRead(key: "k2", true)
        #expect(try store.count(.all) == 5 && store.count(.unread) == 4)
    }

    @Test func pages_list_newest_first_and_continue_at_the_offset() throws {
        let store = try fiveDays()
        #expect(try store.page(.all, offset: 0, limit: 2).map(\.key) == ["k5", "k4"])
        #expect(try store.page(.all, offset: 2, limit: 2).map(\.key) == ["k3", "k2"])
        #expect(try store.page(.all, offset: 4, limit: 2).map(\.key) == ["k1"])
        #expect(try store.page(.all, offset: 5, limit: 2).isEmpty)
    }

    @Test func keyset_pages_continue_after_and_before_a_row() throws {
        let store = try fiveDays()
        let first = try store.page(.all, offset: 0, limit: 2)
        let next = try store.page(.all, after: try #require(first.last), limit: 2)
        #expect(next.map(\.key) == ["k3", "k2"])
        #expect(try store.page(.all, after: try #require(next.last), limit: 2).map(\.key) == ["k1"])
        #expect(try store.page(.all, before: try #require(next.first), limit: 5).map(\.key) == ["k5", "k4"])
        try store.setRead(key: "k3", true)
        #expect(try store.page(.unread, after: try #require(first.last), limit: 5).map(\.key) == ["k2", "k1"])
        #expect(try store.page(.site("奇数网"), after: try #require(first.first), limit: 5).map(\.key) == ["k3", "k1"])
    }

    @Test func articles_published_at_the_same_time_keep_a_stable_order() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("a"), makeArticle("b"), makeArticle("c")], importedAt: 1)
        let all = try store.page(.all, offset: 0, limit: 3).map(\.key)
        #expect(all == ["c", "b", "a"])
        #expect(try store.page(.all, offset: 1, limit: 1).map(\.key) == ["b"])
    }

    @Test func filters_select_unread_favourites_and_a_site() throws {
        let store = try fiveDays()
        try store.setRead(key: "k5", true)
        try store.setRead(key: "k2", true)
        try store.setFavorite(key: "k1", true)
        try store.setFavorite(key: "k4", true)
        #expect(try store.page(.unread, offset: 0, limit: 10).map(\.key) == ["k4", "k3", "k1"])
        #expect(try store.page(.favorites, offset: 0, limit: 10).map(\.key) == ["k4", "k1"])
        #expect(try store.page(.site("偶数网"), offset: 0, limit: 10).map(\.key) == ["k4", "k2"])
        #expect(try store.count(.unread) == 3)
        #expect(try store.count(.favorites) == 2)
        #expect(try store.count(.site("奇数网")) == 3)
        #expect(try store.counts() == LibraryCounts(all: 5, unread: 3, favorites: 2))
    }

    @Test func list_rows_carry_read_and_favourite_flags() throws {
        let store = try fiveDays()
        try store.setFavorite(key: "k5", true)
        try store.setRead(key: "k4", true)
        let rows = try store.page(.all, offset: 0, limit: 2)
        #expect(rows.map(\.isFavorite) == [true, false])
        #expect(rows.map(\.isRead) == [false, true])
    }

    @Test func unmarking_clears_the_mark() throws {
        let store = try fiveDays()
        try store.setFavorite(key: "k5", true)
        try store.setFavorite(key: "k5", false)
        try store.setRead(key: "k5", true)
        try store.setRead(key: "k5", false)
        #expect(try store.counts() == LibraryCounts(all: 5, unread: 5, favorites: 0))
    }

    @Test func sites_are_counted_most_articles_first() throws {
        let store = try fiveDays()
        let sites = try store.sites()
        #expect(sites.map(\.site) == ["奇数网", "偶数网"])
        #expect(sites.map(\.count) == [3, 2])
    }

    @Test func a_unique_prefix_names_its_key_and_others_are_errors() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("https://a.example/abc1"), makeArticle("https://a.example/abd2"),
                              makeArticle("https://a.example/ab")], importedAt: 1)
        #expect(try store.resolveKey(prefix: "https://a.example/abc") == "https://a.example/abc1")
        #expect(try store.resolveKey(prefix: "https://a.example/ab") == "https://a.example/ab")
        #expect(throws: LibraryError.noSuchArticle(prefix: "https://b")) { try store.resolveKey(prefix: "https://b") }
        #expect(throws: LibraryError.ambiguousKey(prefix: "https://a.example/a", candidates: [
            "https://a.example/ab", "https://a.example/abc1", "https://a.example/abd2",
        ])) { try store.resolveKey(prefix: "https://a.example/a") }
    }

    @Test func session_values_are_kept_and_removed() throws {
        let store = try LibraryStore.inMemory()
        #expect(try store.sessionValue("view") == nil)
        try store.setSessionValue(Data("list".utf8), for: "view")
        #expect(try store.sessionValue("view") == Data("list".utf8))
        try store.setSessionValue(nil, for: "view")
        #expect(try store.sessionValue("view") == nil)
    }
}
