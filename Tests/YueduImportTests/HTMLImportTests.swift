import Foundation
import Testing
import YueduImport
import YueduModel
import YueduTestSupport

/// Saved web pages through `Importer`: real pages from ../shared/corpus/html.
@Suite struct HTMLImportTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpus/html").standardized

    static func corpusBytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: corpus.appendingPathComponent(name)))
    }

    private func read(_ paths: [String], pageURL: URL? = nil) throws -> (ReadResult, notes: [String]) {
        var result = ReadResult()
        var notes: [String] = []
        try Importer(pageURL: pageURL).read(paths: paths, note: { notes.append($0) }) { result.items.append($0) }
        return (result, notes)
    }

    @Test func a_saved_news_page_imports_with_its_date_source_and_editor_and_a_key_derived_without_a_url() throws {
        let (result, notes) = try read([Self.corpus.appendingPathComponent("news/163-1.html").path])
        #expect(result.failures.isEmpty, "\(result.failures)")
        let article = try #require(result.articles.first)
        #expect(article.title == "多地项目连环爆雷 狂奔的龙湖集团\"暗伤\"曝露？")
        #expect(article.published == PublishedDate(year: 2019, month: 9, day: 7, hour: 13, minute: 43, second: 45,
                                                    utcOffsetMinutes: 480))
        #expect(article.source == "证券市场红周刊" && article.editor == "杨倩_NF4425")
        #expect(article.url == nil && article.site == "")
        #expect(article.key == ArticleKey.derive(site: "", title: article.title, published: article.published))
        #expect(article.language == .zh)
        #expect(article.paragraphs.count > 5 && article.paragraphs.contains { $0.hasPrefix("2019年，龙湖集团即将迎来") })
        #expect(notes.isEmpty, "\(notes)")
    }

    @Test func a_page_is_recognised_by_its_bytes_whatever_its_name_and_url_gives_its_key_and_site() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("saved-page.txt", try Self.corpusBytes("news/163-1.html"))
        let url = URL(string: "https://www.163.com/money/article/EOUA4DPF00259DLP.html")!
        let (result, _) = try read([file], pageURL: url)
        let article = try #require(result.articles.first, "\(result.failures)")
        #expect(article.key == url.absoluteString && article.url == url.absoluteString)
        #expect(article.site == "www.163.com")
    }

    @Test func a_canonical_link_in_the_page_is_the_key_over_the_url_given() throws {
        let (result, _) = try read([Self.corpus.appendingPathComponent("news/cjddsb-1.html").path],
                                   pageURL: URL(string: "https://mirror.example/copy.html"))
        let article = try #require(result.articles.first, "\(result.failures)")
        #expect(article.key == "http://www.cjddsb.com/ym/xhy/532601.html")
    }

    @Test func a_utf8_page_declaring_gb2312_is_read_as_utf8_and_the_note_says_so() throws {
        let (result, notes) = try read([Self.corpus.appendingPathComponent("mozilla/qq/source.html").path])
        let article = try #require(result.articles.first, "\(result.failures)")
        #expect(article.paragraphs.contains { $0.contains("DeepMind") })
        #expect(notes.count == 1 && notes[0].hasSuffix("source.html: the page declares gb2312, but its bytes are valid UTF-8"),
                "\(notes)")
    }

    @Test func a_gbk_page_without_a_declaration_is_detected() throws {
        let text = try String(decoding: Self.corpusBytes("news/163-1.html"), as: UTF8.self)
            .replacingOccurrences(of: "charset=\"utf-8\"", with: "").replacingOccurrences(of: "charset=utf-8", with: "")
        let dir = try TemporaryDirectory()
        let file = try dir.write("gbk.html", try encode(text, to: "GB18030"))
        let (result, _) = try read([file])
        let article = try #require(result.articles.first, "\(result.failures)")
        #expect(article.title == "多地项目连环爆雷 狂奔的龙湖集团\"暗伤\"曝露？")
    }

    @Test func an_undated_page_takes_the_file_modification_time_and_says_so() throws {
        let dir = try TemporaryDirectory()
        let page = "<!DOCTYPE html><html><head><title>无日期的文章</title></head><body><h1>无日期的文章</h1>"
            + String(repeating: "<p>这是一段没有日期的正文，用来检查导入时如何处理缺少发布日期的网页，内容足够长。</p>", count: 4)
            + "</body></html>"
        let file = try dir.write("undated.html", Array(page.utf8))
        var times = [timespec(tv_sec: 1_710_000_000, tv_nsec: 0), timespec(tv_sec: 1_710_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        let (result, notes) = try read([file])
        let article = try #require(result.articles.first, "\(result.failures)")
        // 1710000000 is 2024-03-09T16:00:00Z.
        #expect(article.published == PublishedDate(year: 2024, month: 3, day: 9, hour: 16, minute: 0, second: 0, utcOffsetMinutes: 0))
        #expect(notes == ["\(file): no publication date found in the page: using the file's modification time, 2024-03-09T16:00:00Z"])
    }

    @Test func a_page_with_no_article_fails_naming_the_file_and_what_is_missing() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("shell.html", Array("<html><head><title>壳</title></head><body><script>app()</script></body></html>".utf8))
        let (result, _) = try read([file])
        #expect(result.articles.isEmpty)
        #expect(result.failures.map(\.description) == ["\(file): no article text found in the page"])
    }

    @Test func url_is_refused_for_a_page_file_and_for_several_inputs() throws {
        let dir = try TemporaryDirectory()
        let text = try dir.write("page.txt", try Fixture.bytes(Fixture.referenceName))
        let html = try dir.write("page.html", try Self.corpusBytes("news/163-1.html"))
        let url = URL(string: "https://a.example/1")!
        let (one, _) = try read([text], pageURL: url)
        #expect(one.articles.isEmpty)
        #expect(one.failures.map(\.description) == ["\(text): --url applies to a saved HTML page, and this is not HTML"])
        let (two, _) = try read([html, text], pageURL: url)
        #expect(two.articles.isEmpty && two.failures.count == 2)
        #expect(two.failures.allSatisfy { $0.message.hasPrefix("--url names where one saved page came from") })
        let (directory, _) = try read([dir.path], pageURL: url)
        #expect(directory.articles.isEmpty && directory.failures.count == 1)
    }

    @Test func every_corpus_page_imports_or_fails_with_a_message_naming_it() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("news").path)
            .filter { $0.hasSuffix(".html") }.sorted()
        #expect(names.count == 30)
        let paths = names.map { Self.corpus.appendingPathComponent("news/" + $0).path }
        let (result, _) = try read(paths)
        #expect(result.items.count == 30)
        for failure in result.failures { #expect(paths.contains(failure.file), "\(failure)") }
        #expect(result.articles.count >= 25, "\(result.failures)")
        for article in result.articles {
            #expect(!article.title.isEmpty && !article.paragraphs.isEmpty)
            #expect(!article.paragraphs.contains { $0.unicodeScalars.contains { $0.value < 0x20 } })
        }
    }
}
