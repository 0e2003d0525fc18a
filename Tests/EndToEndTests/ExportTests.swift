import Foundation
import Testing
import YueduModel
import YueduStore

@Suite struct ExportTests {
    /// Every article of a library, by key, read through the store.
    static func articles(_ cli: CLIRunner) throws -> [String: Article] {
        let store = try LibraryStore.open(LibraryLocation(path: cli.libraryPath, isExplicit: true))
        var out: [String: Article] = [:]
        for summary in try store.page(.all, offset: 0, limit: 10_000) {
            out[summary.key] = try store.detail(key: summary.key)?.article
        }
        return out
    }

    @Test func the_whole_library_exports_and_imports_back_losslessly() throws {
        // Given the sample imported through the real import command
        let a = try ReaderEndToEndTests.sampleLibrary(); defer { a.cleanUp() }
        let first = try a.run(["export", "--all"])
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == (try Self.articles(a)).count && lines.count > 20)

        // When the export is imported into a fresh library and exported again
        let b = try CLIRunner(); defer { b.cleanUp() }
        let file = try b.file("all.jsonl", first.stdout)
        let imported = try b.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("failed 0"))
        let second = try b.run(["export", "--all", b.directory.appendingPathComponent("again.jsonl").path])
        #expect(second.status == 0 && second.stdout.isEmpty)

        // Then the two exports are identical, and every article equal field by field
        #expect(try String(contentsOfFile: b.directory.appendingPathComponent("again.jsonl").path, encoding: .utf8) == first.stdout)
        let before = try Self.articles(a), after = try Self.articles(b)
        #expect(before.keys.sorted() == after.keys.sorted())
        for (key, article) in before {
            let other = try #require(after[key])
            #expect(article.url == other.url && article.title == other.title && article.site == other.site, "\(key)")
            #expect(article.published == other.published, "\(key)")
            #expect(article.views == other.views && article.source == other.source && article.editor == other.editor)
            #expect(article.paragraphs == other.paragraphs, "\(key)")
            #expect(article.language == other.language, "\(key)")
            #expect(article.related == other.related, "\(key)")
            #expect(article == other)
        }
    }

    @Test func each_line_holds_every_import_field_with_the_related_date_as_written() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let out = try cli.run(["export", "--all"]).stdout
        let objects = try out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["id"] as? String } == [
            "https://www.example.cn/news/509d968b", "https://www.example.cn/news/renhe", "kr-seoul-1",
        ])
        for object in objects {
            #expect(Set(object.keys) == ["id", "url", "title", "site", "published", "views", "body", "source", "editor", "lang", "related"])
        }
        let reference = objects[0]
        #expect(reference["published"] as? String == "2024-01-08T09:30+08:00")
        #expect(reference["lang"] as? String == "zh")
        let related = try #require(reference["related"] as? [[String: Any]])
        #expect(related.first?["date"] as? String == "09-26")
        #expect(related.map { Set($0.keys) } == Array(repeating: ["title", "source", "date", "excerpt", "url"], count: 2))
        #expect(related.last?["url"] as? String == "https://www.example.cn/news/missing")
        #expect(objects[1]["views"] is NSNull)
    }

    static let hostile = Article(
        key: "x1", url: "https://example.com/a?b=1&c=<2>", site: "站 & <site>", title: "<script>alert('x')</script> [链接](javascript:1) *粗*",
        published: PublishedDate(year: 2024, month: 5, day: 6), paragraphs: ["正文。"], source: "", editor: "", language: .zh)
    static let noLink = Article(
        key: "x2", url: "javascript:alert(1)", site: "某站", title: "没有网址", published: PublishedDate(year: 2024, month: 5, day: 5),
        paragraphs: ["正文。"], source: "", editor: "", language: .zh)

    func favouritesLibrary() throws -> CLIRunner {
        let cli = try CLIRunner()
        let store = try LibraryStore.open(LibraryLocation(path: cli.libraryPath, isExplicit: true))
        _ = try store.upsert([Self.hostile, Self.noLink, CLILibraryFixture.korean], importedAt: 1)
        try store.setFavorite(key: "x1", true)
        try store.setFavorite(key: "x2", true)
        return cli
    }

    @Test func favourites_as_html_escape_titles_and_link_only_web_urls() throws {
        let cli = try favouritesLibrary(); defer { cli.cleanUp() }
        let html = try cli.run(["export", "--favorites", "--format", "html"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<li><a href=\"https://example.com/a?b=1&amp;c=&lt;2&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; [链接](javascript:1) *粗*</a> — 站 &amp; &lt;site&gt;, 2024-05-06</li>"))
        #expect(html.contains("<li>没有网址 — 某站, 2024-05-05</li>"))
        #expect(!html.contains("<script>") && !html.contains("href=\"javascript"))
        #expect(!html.contains("서울"), "only favourites")
    }

    @Test func favourites_as_markdown_escape_link_syntax() throws {
        let cli = try favouritesLibrary(); defer { cli.cleanUp() }
        let md = try cli.run(["export", "--favorites"]).stdout
        #expect(md.split(separator: "\n") == [
            "# 收藏 Favourites",
            "- [\\<script\\>alert\\('x'\\)\\</script\\> \\[链接\\]\\(javascript:1\\) \\*粗\\*](https://example.com/a?b=1&c=%3C2%3E) — 站 & \\<site\\>, 2024-05-06",
            "- 没有网址 — 某站, 2024-05-05",
        ])
    }

    @Test func all_with_format_jsonl_is_the_same_export_as_all() throws {
        let cli = try favouritesLibrary(); defer { cli.cleanUp() }
        let plain = try cli.run(["export", "--all"])
        let named = try cli.run(["export", "--all", "--format", "jsonl"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == plain.stdout && named.stdout.split(separator: "\n").count == 3)
    }

    @Test func favourites_as_json_and_to_a_file() throws {
        let cli = try favouritesLibrary(); defer { cli.cleanUp() }
        let path = cli.directory.appendingPathComponent("fav.json").path
        let result = try cli.run(["export", "--favorites", "--format", "json", path])
        #expect(result.status == 0 && result.stdout.isEmpty)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [[String: Any]])
        #expect(list.map { $0["title"] as? String } == [Self.hostile.title, Self.noLink.title])
        #expect(list[0]["url"] as? String == Self.hostile.url)
    }

    @Test(arguments: [[String](), ["--all", "--favorites"], ["--all", "--format", "md"], ["--favorites", "--format", "pdf"],
                      ["--favorites", "--format", "jsonl"]])
    func a_request_that_says_nothing_clear_fails_with_a_reason(_ arguments: [String]) throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["export"] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error"))
        #expect(result.stdout.isEmpty)
    }
}
