import Foundation
import Testing
import YueduModel
import YueduStore
import YueduText

@Suite struct CLIReadingTests {
    private func objects(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func list_json_prints_every_field_newest_first() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["list", "--json"])
        #expect(result.status == 0)
        let rows = try objects(result.stdout)
        #expect(rows.map { $0["key"] as? String } == [
            "https://www.example.cn/news/509d968b", "https://www.example.cn/news/renhe", "kr-seoul-1",
        ])
        let first = try #require(rows.first)
        #expect(Set(first.keys) == ["key", "title", "site", "published", "views", "source", "editor", "read", "favorite"])
        #expect(first["title"] as? String == "四川古蔺县实施“四大工程”助推城乡教育一体化发展")
        #expect(first["published"] as? String == "2024-01-08T09:30+08:00")
        #expect(first["views"] as? Int == 727)
        #expect(first["editor"] as? String == "逯红栋")
        #expect(first["read"] as? Bool == false)
        #expect(rows[1]["views"] is NSNull)
    }

    @Test func list_plain_text_shows_one_line_per_article_and_obeys_the_limit() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["list", "--limit", "2"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("四川古蔺县") && lines[0].contains("2024-01-08 09:30"))
        #expect(lines[1].contains("攀枝花市仁和区"))
    }

    @Test func an_empty_library_lists_an_empty_json_array() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["list", "--json"])
        #expect(result.status == 0)
        #expect(try objects(result.stdout).isEmpty)
    }

    @Test func show_json_adds_paragraphs_and_related_items_with_their_targets() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["show", "https://www.example.cn/news/509", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["paragraphs"] as? [String])?.map { String($0.prefix(2)) } == ["夯实", "下活", "吹响", "打好"])
        let related = try #require(object["related"] as? [[String: Any]])
        #expect(related.count == 2)
        #expect(related[0]["title"] as? String == "攀枝花市仁和区：教育新篇")
        #expect(related[0]["date"] as? String == "2024-09-26")
        #expect(related[0]["dateInferred"] as? Bool == true)
        #expect(related[0]["target"] as? String == "https://www.example.cn/news/renhe")
        #expect(related[1]["target"] is NSNull)
        #expect(related[1]["excerpt"] as? String == "摘要...")
        #expect(related[0]["url"] is NSNull)
        #expect(related[1]["url"] as? String == "https://www.example.cn/news/missing")
    }

    @Test func show_wraps_the_text_to_the_width_given() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["show", "https://www.example.cn/news/509d968b", "--width", "30"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        _ = setlocale(LC_CTYPE, "C.UTF-8")  // TextWidth asks libc, which knows CJK widths only in UTF-8
        #expect(TextWidth.of("四川") == 4)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 30 })
        #expect(lines.contains { $0.hasPrefix("四川古蔺县") })
        #expect(!lines.contains { $0.contains("四川古蔺县实施“四大工程”助推城乡教育一体化发展") })  // the title wrapped
        #expect(lines.contains { $0.contains("727") })
        #expect(lines.contains("相关阅读"))
        #expect(result.stdout.contains("逯红栋"))
    }

    @Test func an_ambiguous_or_unknown_key_fails_and_says_why() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let ambiguous = try cli.run(["show", "https://www.example.cn/news/"])
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr.contains("ambiguous"))
        #expect(ambiguous.stderr.contains("https://www.example.cn/news/renhe"))
        let unknown = try cli.run(["show", "zzz"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no article key starts with \"zzz\""))
    }

    @Test func stats_counts_articles_and_related_items() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["stats", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["articles"] as? Int == 3)
        #expect(object["sites"] as? Int == 3)
        #expect(object["relatedItems"] as? Int == 2)
        #expect(object["resolvedRelatedItems"] as? Int == 1)
        let plain = try cli.run(["stats"])
        #expect(plain.stdout.contains("articles       3 (3 unread, 0 favourites)"))
    }
}

@Suite struct CLILongListTests {
    @Test func list_streams_every_article_across_pages_in_order() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let store = try LibraryStore.open(LibraryLocation(path: cli.libraryPath, isExplicit: true))
        let articles = (0..<1005).map { n in
            Article(key: "k\(n)", site: "网", title: "标题\(n)",
                    published: PublishedDate(year: 2020, month: 1, day: 1 + n % 28, hour: n % 24, minute: n % 60),
                    paragraphs: ["正文"], source: "源", editor: "编", language: .zh)
        }
        _ = try store.upsert(articles, importedAt: 1)
        let result = try cli.run(["list", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let keys = rows.compactMap { $0["key"] as? String }
        #expect(keys.count == 1005)
        #expect(Set(keys).count == 1005)
        let dates = rows.compactMap { $0["published"] as? String }.map { PublishedDate(iso8601: $0)!.epochSeconds }
        #expect(dates == dates.sorted(by: >))
        #expect(try cli.run(["list", "--limit", "1001"]).stdout.split(separator: "\n").count == 1001)
    }
}
