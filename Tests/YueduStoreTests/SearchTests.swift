import Testing
import YueduModel
@testable import YueduStore

@Suite struct SearchTests {
    /// A library of small articles, one per (key, title, body), published on
    /// consecutive days in the order given (the last is the newest).
    private func library(_ articles: [(String, String, String)]) throws -> LibraryStore {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert(articles.enumerated().map { n, a in
            makeArticle(a.0, title: a.1, site: "网", published: day(2024, 1, n + 1), paragraphs: [a.2], source: "源")
        }, importedAt: 1)
        return store
    }

    private func keys(_ store: LibraryStore, _ query: String) throws -> [String] {
        try store.search(query).map(\.summary.key)
    }

    private let news = [
        ("edu", "四川古蔺县实施四大工程", "助推城乡教育一体化发展。"),
        ("bureau", "教育局长谈改革", "本市教育局长昨日表示。"),
        ("apart", "会议纪要", "教育局开会。育局长说完"),
        ("sport", "体育新闻", "足球比赛结束"),
    ]

    @Test func a_one_character_query_finds_every_article_holding_it() throws {
        let store = try library(news)
        #expect(Set(try keys(store, "育")) == ["edu", "bureau", "apart", "sport"])
        #expect(try keys(store, "球") == ["sport"])
    }

    @Test func a_character_at_the_very_end_of_the_text_is_found() throws {
        let store = try library(news)
        #expect(try keys(store, "完") == ["apart"])
        #expect(try keys(store, "说完") == ["apart"])
    }

    @Test func a_two_character_query_finds_words_inside_longer_text() throws {
        let store = try library(news)
        #expect(Set(try keys(store, "教育")) == ["edu", "bureau", "apart"])
        #expect(try keys(store, "足球") == ["sport"])
    }

    @Test func three_and_more_characters_match_only_as_a_run() throws {
        let store = try library(news)
        #expect(Set(try keys(store, "教育局")) == ["bureau", "apart"])
        // "apart" holds 教育局 and 育局长 but never 教育局长.
        #expect(try keys(store, "教育局长") == ["bureau"])
        #expect(try keys(store, "城乡教育一体化发展") == ["edu"])
        #expect(try keys(store, "城乡教育二体化").isEmpty)
    }

    @Test func spaces_separate_terms_that_must_all_match() throws {
        let store = try library(news)
        #expect(try keys(store, "教育 改革") == ["bureau"])
        #expect(try keys(store, "教育　足球").isEmpty)  // an ideographic space separates too
    }

    @Test func quotes_keep_a_phrase_with_spaces_together() throws {
        let store = try library([("a", "Hello World", "x"), ("b", "world hello", "y")])
        #expect(try keys(store, "\"hello world\"") == ["a"])
        #expect(Set(try keys(store, "hello world")) == ["a", "b"])
    }

    @Test func japanese_and_korean_queries_find_their_articles() throws {
        let store = try library([
            ("ja", "東京のガイドブック", "ひらがなとカタカナの文章です。"),
            ("ko", "서울 교육청 새 정책", "교육청은 정책을 발표했다."),
        ])
        #expect(try keys(store, "ガイド") == ["ja"])
        #expect(try keys(store, "ひらがな") == ["ja"])
        #expect(try keys(store, "の") == ["ja"])
        #expect(try keys(store, "정책") == ["ko"])
        #expect(try keys(store, "교육청") == ["ko"])
    }

    @Test func mixed_latin_and_cjk_queries_fold_width_and_case() throws {
        let store = try library([("swift", "Swift编程指南", "学习 SwiftUI 与 iOS"), ("other", "编程", "无")])
        #expect(try keys(store, "ＳＷＩＦＴ编程") == ["swift"])
        #expect(try keys(store, "swiftui") == ["swift"])
        #expect(try keys(store, "iO") == ["swift"])
    }

    @Test func hostile_queries_are_searched_as_text() throws {
        let store = try library([
            ("sym", "价格", "五折 50%_off* 'quoted' NEAR(x) a ) OR ( b - AND"),
            ("plain", "普通", "没有符号的文章 near or and"),
        ])
        for query in ["%", "_", "*", "'", "NEAR(", ") OR (", "-", "50%_", "'quoted'"] {
            #expect(try keys(store, query) == ["sym"], "query \(query)")
        }
        #expect(try keys(store, "\"").isEmpty)
        #expect(try keys(store, "\"\"\"").isEmpty)
        #expect(Set(try keys(store, "AND")) == ["sym", "plain"])
    }

    @Test func title_matches_come_first_then_the_newest() throws {
        let store = try library([
            ("old-title", "教育旧闻", "正文"),
            ("body-new", "新闻", "关于教育"),
            ("new-title", "教育新闻", "正文"),
            ("body-newest", "快讯", "教育快讯"),
        ])
        #expect(try keys(store, "教育") == ["new-title", "old-title", "body-newest", "body-new"])
        #expect(try store.search("教育", limit: 3).map(\.summary.key) == ["new-title", "old-title", "body-newest"])
    }

    @Test func hits_carry_a_snippet_around_the_first_body_match_and_its_ranges() throws {
        let long = String(repeating: "前文", count: 60) + "关键词在这里" + String(repeating: "后文", count: 60)
        let store = try library([("k", "标题里有关键词", long)])
        let hit = try #require(try store.search("关键词").first)
        #expect(hit.titleMatches == [4..<7])
        #expect(hit.snippet.hasPrefix("…") && hit.snippet.hasSuffix("…"))
        let match = try #require(hit.snippetMatches.first)
        #expect(String(Array(hit.snippet)[match]) == "关键词")
    }

    @Test func match_ranges_point_at_the_original_characters_when_folding_changes_length() throws {
        let store = try library([("k", "第①号通知 ㍻元年", "正文")])
        let one = try #require(try store.search("1").first)
        #expect(one.titleMatches == [1..<2])
        let era = try #require(try store.search("平成").first)
        #expect(era.titleMatches == [6..<7])
    }

    @Test func traditional_and_simplified_chinese_find_each_other() throws {
        let store = try library([("trad", "偏鄉學校數位發展計畫", "資訊教育"), ("simp", "城乡教育发展", "数字化")])
        #expect(Set(try keys(store, "發展")) == ["trad", "simp"])
        #expect(Set(try keys(store, "发展")) == ["trad", "simp"])
        #expect(try keys(store, "资讯") == ["trad"])
        let hit = try #require(try store.search("发展").first { $0.summary.key == "trad" })
        #expect(hit.titleMatches == [6..<8])
        // Only the folded text holds 资讯: the snippet still finds its paragraph.
        let body = try #require(try store.search("资讯").first)
        #expect(body.snippet == "資訊教育" && body.snippetMatches == [0..<2])
    }

    @Test func halfwidth_katakana_finds_fullwidth_and_back() throws {
        let store = try library([("full", "観光ガイド機能を刷新", "本文"), ("half", "ｶﾞｲﾄﾞ付きツアー", "本文")])
        #expect(Set(try keys(store, "ｶﾞｲﾄﾞ")) == ["full", "half"])
        #expect(Set(try keys(store, "ガイド")) == ["full", "half"])
        // ｶﾞ is one Character (the voiced mark extends it): the range covers whole characters.
        let hit = try #require(try store.search("ガイド").first { $0.summary.key == "half" })
        #expect(hit.titleMatches == [0..<3])
    }

    @Test func sharp_s_folds_to_ss_and_the_highlight_covers_the_original_letter() throws {
        let store = try library([("de", "Die Straße in Berlin", "Text"), ("en", "street", "text")])
        #expect(try keys(store, "STRASSE") == ["de"])
        let hit = try #require(try store.search("strasse").first)
        #expect(hit.titleMatches == [4..<10])
    }

    @Test func a_three_character_query_with_ambiguous_fold_lengths_finds_the_run() throws {
        let store = try library([("k", "第①号通知", "平成元年的㍻字样")])
        #expect(try keys(store, "1号通") == ["k"])
        #expect(try keys(store, "平成元") == ["k"])
    }

    @Test func the_index_follows_a_reimport_that_changes_the_text() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k", title: "旧标题", paragraphs: ["旧内容"])], importedAt: 1)
        _ = try store.upsert([makeArticle("k", title: "新标题", published: day(2025, 5, 5), paragraphs: ["新内容"])],
                             importedAt: 2)
        #expect(try keys(store, "旧").isEmpty)
        #expect(try keys(store, "新内容") == ["k"])
        #expect(try keys(store, "新标题") == ["k"])
    }

    @Test func source_and_site_are_searched_too() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k", site: "教育装备采购网", source: "四川省教育厅")], importedAt: 1)
        #expect(try keys(store, "采购网") == ["k"])
        #expect(try keys(store, "教育厅") == ["k"])
    }
}

@Suite struct SearchIndexInBatchTests {
    /// The index is written after a batch's per-article savepoints; an
    /// article that arrives twice in one batch must end up indexed once,
    /// with its last text, and an update must leave nothing of the old one.
    @Test func an_article_changed_twice_in_one_batch_is_indexed_with_its_last_text() throws {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert([makeArticle("k1", title: "旧标题", paragraphs: ["原来的文字"])], importedAt: 1)
        let outcomes = try store.upsert([
            makeArticle("k1", title: "中间标题", paragraphs: ["中间的文字"]),
            makeArticle("k2", title: "别的文章", paragraphs: ["无关"]),
            makeArticle("k1", title: "最后标题", paragraphs: ["最后的文字"]),
        ], importedAt: 2)
        #expect(outcomes == [.updated, .new, .updated])
        #expect(try store.search("原来").isEmpty)
        #expect(try store.search("中间").isEmpty)
        #expect(try store.search("最后").map(\.summary.key) == ["k1"])
        #expect(try store.search("文字").map(\.summary.key) == ["k1"])
        let health = try store.checkHealth()
        #expect(health.isHealthy, "\(health)")
        #expect(health.indexedArticles == 2)
    }
}
