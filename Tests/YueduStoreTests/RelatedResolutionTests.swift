import Testing
import YueduModel
@testable import YueduStore

@Suite struct RelatedResolutionTests {
    private func targets(_ store: LibraryStore, _ key: String) throws -> [String?] {
        try #require(try store.detail(key: key)).article.related.map(\.targetKey)
    }

    @Test func an_item_resolves_to_an_article_already_in_the_library_by_normalized_title() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("target", title: "山东安丘市:构建 教育体系")], importedAt: 1)
        _ = try store.upsert([makeArticle("owner", related: [relatedItem("山东安丘市：构建教育体系"),
                                                             relatedItem("不存在的文章")])], importedAt: 1)
        #expect(try targets(store, "owner") == ["target", nil])
    }

    @Test func an_item_with_a_url_resolves_to_the_article_of_that_url_before_any_title_match() throws {
        let store = try LibraryStore.inMemory()
        let url = "https://news.example.cn/2024/09/26/a.html"
        _ = try store.upsert([makeArticle(url, title: "网页上的标题不同"), makeArticle("same-title", title: "相关标题")],
                             importedAt: 1)
        var linked = relatedItem("相关标题")
        linked.url = url
        var elsewhere = relatedItem("相关标题")
        elsewhere.url = "https://news.example.cn/not-in-the-library.html"
        _ = try store.upsert([makeArticle("owner", related: [linked, elsewhere])], importedAt: 1)
        // The URL wins over the title; a URL the library lacks falls back to the title rule.
        #expect(try targets(store, "owner") == [url, "same-title"])
    }

    @Test func an_unresolved_item_resolves_when_its_article_arrives_later() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("owner", related: [relatedItem("迟到的文章")])], importedAt: 1)
        #expect(try targets(store, "owner") == [nil])
        _ = try store.upsert([makeArticle("late", title: "迟到的文章")], importedAt: 2)
        #expect(try targets(store, "owner") == ["late"])
    }

    @Test func articles_in_one_batch_resolve_each_other_whatever_their_order() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("a", title: "甲文章", related: [relatedItem("乙文章")]),
                              makeArticle("b", title: "乙文章", related: [relatedItem("甲文章")])], importedAt: 1)
        #expect(try targets(store, "a") == ["b"])
        #expect(try targets(store, "b") == ["a"])
    }

    @Test func among_same_titled_articles_the_item_prefers_its_own_source() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([
            makeArticle("near-other-source", title: "同名", published: day(2024, 9, 26), source: "别处"),
            makeArticle("far-same-source", title: "同名", published: day(2020, 1, 1), source: "攀枝花市仁和区"),
        ], importedAt: 1)
        _ = try store.upsert([makeArticle("owner", related: [
            relatedItem("同名", source: "攀枝花市仁和区", date: day(2024, 9, 26)),
        ])], importedAt: 1)
        #expect(try targets(store, "owner") == ["far-same-source"])
    }

    @Test func among_same_titled_articles_of_one_source_the_closest_date_wins() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("owner", related: [
            relatedItem("同名", source: "仁和区", date: day(2024, 9, 26)),
            relatedItem("同名", source: "仁和区", date: day(2024, 9, 13)),
        ])], importedAt: 1)
        _ = try store.upsert([makeArticle("sep26", title: "同名", published: day(2024, 9, 26), source: "仁和区")],
                             importedAt: 2)
        // A single candidate takes both items until a closer one arrives.
        #expect(try targets(store, "owner") == ["sep26", "sep26"])
        _ = try store.upsert([makeArticle("sep13", title: "同名", published: day(2024, 9, 13), source: "仁和区")],
                             importedAt: 3)
        #expect(try targets(store, "owner") == ["sep26", "sep13"])
    }

    @Test func renaming_an_article_releases_the_items_that_named_its_old_title() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("owner", related: [relatedItem("旧标题")]),
                              makeArticle("renamed", title: "旧标题")], importedAt: 1)
        #expect(try targets(store, "owner") == ["renamed"])
        _ = try store.upsert([makeArticle("renamed", title: "新标题")], importedAt: 2)
        #expect(try targets(store, "owner") == [nil])
    }

    @Test func an_item_never_points_at_its_own_article() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("self", title: "自己", related: [relatedItem("自己")])], importedAt: 1)
        #expect(try targets(store, "self") == [nil])
    }

    /// `stats` counts found items without resolving each; it must agree
    /// with what reading every article resolves.
    @Test func the_stats_census_agrees_with_resolving_every_item() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([
            makeArticle("a", title: "甲", related: [relatedItem("乙"), relatedItem("甲"), relatedItem("无"), relatedItem("同名")]),
            makeArticle("b", title: "乙", related: [relatedItem("甲"), relatedItem("乙")]),
            makeArticle("c1", title: "同名", related: [relatedItem("同名")]),
            makeArticle("c2", title: "同名", related: [relatedItem("")]),
        ], importedAt: 1)
        var items = 0, found = 0
        for key in ["a", "b", "c1", "c2"] {
            let related = try #require(try store.detail(key: key)).article.related
            items += related.count
            found += related.filter { $0.targetKey != nil }.count
        }
        let stats = try store.stats()
        #expect(stats.relatedItems == items && stats.resolvedRelatedItems == found)
        #expect(found == 4)  // 乙, 同名 from a; 甲 from b; 同名 (the other one) from c1
    }
}

extension RelatedResolutionTests {
    /// The census reads the title keys stored beside the items: an article
    /// imported again with other items must be counted with its new ones.
    @Test func the_stats_census_follows_an_article_imported_again_with_other_items() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([
            makeArticle("a", title: "甲", related: [relatedItem("乙"), relatedItem("丙")]),
            makeArticle("b", title: "乙"),
        ], importedAt: 1)
        #expect(try store.stats().relatedItems == 2 && store.stats().resolvedRelatedItems == 1)
        _ = try store.upsert([makeArticle("a", title: "甲", related: [relatedItem("丙"), relatedItem(" 乙！"), relatedItem("")])],
                             importedAt: 2)
        let stats = try store.stats()
        #expect(stats.relatedItems == 3 && stats.resolvedRelatedItems == 1)  // " 乙！" has 乙's key
    }
}

extension RelatedResolutionTests {
    @Test func title_key_holders_tell_one_holder_several_and_none_past_their_first_size() {
        var holders = TitleKeyHolders(capacity: 2)
        for i in 0..<3000 { holders.add("标题\(i)", id: Int64(i)) }
        holders.add("标题7", id: 9999)
        func holder(_ key: String) -> Int64?? {
            var key = key
            return key.withUTF8 { holders.holder(of: $0) }
        }
        #expect(holder("标题2999") == .some(2999) && holder("标题0") == .some(0))
        #expect(holder("标题7") == .some(nil))
        #expect(holder("标题3000") == nil && holder("") == nil && holder("标题") == nil)
    }
}
