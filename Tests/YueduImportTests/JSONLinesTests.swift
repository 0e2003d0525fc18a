import Dispatch
import Foundation
import Glibc
import Testing
@testable import YueduImport
import YueduModel
import YueduTestSupport

/// One article object as the JSON Lines format writes it; `changes` replace
/// or remove (NSNull → removed) fields to build broken variants.
func jsonArticle(id: Int = 1, title: String = "山东安丘市:构建教育发展共同体", changes: [String: Any] = [:]) -> String {
    var object: [String: Any] = [
        "id": id,
        "url": "https://example.cn/news/\(id).html",
        "title": title,
        "site": "教育装备采购网",
        "published": "2024-01-08T09:30:00+08:00",
        "views": 727,
        "body": ["第一段。", "第二段。"],
        "source": "山东省教育厅",
        "editor": "王编辑",
        "related": [
            ["title": "攀枝花市仁和区多措并举推进城乡教育发展", "source": "四川省教育厅", "date": "09-26", "excerpt": "近年来..."],
            ["title": "攀枝花市仁和区多措并举推进城乡教育发展", "source": "四川省教育厅", "date": "2023-09-13", "excerpt": "近年来..."],
        ],
    ]
    for (key, value) in changes {
        if value is NSNull { object.removeValue(forKey: key) } else { object[key] = value }
    }
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
}

@Suite("JSON Lines")
struct JSONLinesTests {
    func importLines(_ lines: [String], name: String = "articles.jsonl") throws -> (ReadResult, String) {
        let dir = try TemporaryDirectory()
        let file = try dir.write(name, lines.joined(separator: "\n") + "\n")
        return (try importPaths([file]), file)
    }

    @Test func a_complete_line_gives_every_field() throws {
        let (result, file) = try importLines([jsonArticle()])
        #expect(result.failures.isEmpty, "\(result.failures)")
        let article = try #require(result.articles.first)
        #expect(article.key == "https://example.cn/news/1.html")
        #expect(article.url == "https://example.cn/news/1.html")
        #expect(article.title == "山东安丘市:构建教育发展共同体")
        #expect(article.site == "教育装备采购网")
        #expect(article.published == PublishedDate(year: 2024, month: 1, day: 8, hour: 9, minute: 30, second: 0, utcOffsetMinutes: 480))
        #expect(article.views == 727)
        #expect(article.paragraphs == ["第一段。", "第二段。"])
        #expect(article.source == "山东省教育厅")
        #expect(article.editor == "王编辑")
        #expect(article.language == .zh)
        #expect(result.origins == ["\(file):1"])
    }

    @Test func related_dates_in_mm_dd_take_the_article_year_and_full_dates_do_not() throws {
        let article = try #require(try importLines([jsonArticle()]).0.articles.first)
        #expect(article.related.count == 2)
        #expect(article.related[0].dateAsWritten == "09-26")
        #expect(article.related[0].date == PublishedDate(year: 2024, month: 9, day: 26))
        #expect(article.related[0].yearInferred)
        #expect(article.related[1].dateAsWritten == "2023-09-13")
        #expect(article.related[1].date == PublishedDate(year: 2023, month: 9, day: 13))
        #expect(!article.related[1].yearInferred)
        #expect(article.related[0].title == article.related[1].title)
    }

    @Test func a_related_item_keeps_its_url_and_one_without_or_with_null_has_none() throws {
        let related: [[String: Any]] = [
            ["title": "有链接", "source": "s", "date": "09-26", "excerpt": "e", "url": "https://example.cn/r/1.html"],
            ["title": "空链接", "source": "s", "date": "09-26", "excerpt": "e", "url": NSNull()],
            ["title": "无链接", "source": "s", "date": "09-26", "excerpt": "e"],
        ]
        let article = try #require(try importLines([jsonArticle(changes: ["related": related])]).0.articles.first)
        #expect(article.related.map(\.url) == ["https://example.cn/r/1.html", nil, nil])
    }

    @Test func a_wrong_type_fails_that_line_by_field_and_the_next_line_still_imports() throws {
        let (result, file) = try importLines([jsonArticle(id: 1), jsonArticle(id: 2, changes: ["views": "727"]), jsonArticle(id: 3)])
        #expect(result.articles.map(\.key) == ["https://example.cn/news/1.html", "https://example.cn/news/3.html"])
        let failure = try #require(result.failures.first)
        #expect(result.failures.count == 1)
        #expect(failure.description == "\(file):2: \"views\" must be a number, not a string")
    }

    @Test func each_broken_field_is_named() throws {
        let cases: [([String: Any], String)] = [
            (["title": NSNull()], "missing \"title\""),
            (["title": 5], "\"title\" must be a string"),
            (["body": "one paragraph"], "\"body\" must be an array of strings"),
            (["body": [String]()], "\"body\" must hold at least one paragraph"),
            (["published": "08/01/2024"], "\"published\" must be an ISO 8601 date"),
            (["related": "none"], "\"related\" must be an array"),
            (["related": [["title": "t", "source": "s", "date": "9/26", "excerpt": "e"]]], "\"related[0].date\" must be YYYY-MM-DD or MM-DD"),
            (["related": [["title": "t", "source": "s", "date": "09-26"]]], "missing \"related[0].excerpt\""),
            (["editor": NSNull()], "missing \"editor\""),
            (["id": ["x"]], "\"id\" must be a string or a number"),
            (["lang": 3], "\"lang\" must be a string"),
            (["related": [["title": "t", "source": "s", "date": "09-26", "excerpt": "e", "url": 7]]],
             "\"related[0].url\" must be a string"),
        ]
        for (change, expected) in cases {
            let (result, _) = try importLines([jsonArticle(changes: change)])
            #expect(result.articles.isEmpty, "\(change)")
            let message = result.failures.first?.message ?? ""
            #expect(message.hasPrefix(expected), "\(change): got \(message)")
        }
    }

    @Test func invalid_json_and_non_objects_fail_their_line() throws {
        let (result, _) = try importLines(["{\"id\": 1, \"title\": ", "[1, 2]", jsonArticle()])
        #expect(result.articles.count == 1)
        #expect(result.failures.map(\.line) == [1, 2])
        #expect(result.failures[0].message.hasPrefix("not valid JSON"))
        #expect(result.failures[1].message.hasPrefix("expected a JSON object"))
    }

    @Test func blank_lines_are_skipped_but_counted() throws {
        let (result, file) = try importLines(["", jsonArticle(id: 1), "   ", "", jsonArticle(id: 2)])
        #expect(result.failures.isEmpty)
        #expect(result.origins == ["\(file):2", "\(file):5"])
    }

    @Test func without_url_the_key_is_derived_from_site_title_and_date() throws {
        let article = try #require(try importLines([jsonArticle(changes: ["url": NSNull()])]).0.articles.first)
        #expect(article.url == nil)
        #expect(article.key == ArticleKey.derive(site: "教育装备采购网", title: "山东安丘市:构建教育发展共同体",
                                                 published: PublishedDate(year: 2024, month: 1, day: 8)))
    }

    @Test func given_lang_wins_and_missing_lang_is_detected() throws {
        let (result, _) = try importLines([
            jsonArticle(id: 1, changes: ["lang": "ja"]),
            jsonArticle(id: 2, title: "서울 교육청 발표", changes: ["body": ["서울시 교육청은 오늘 새로운 정책을 발표했다."]]),
            jsonArticle(id: 3, changes: ["lang": "fr"]),
            jsonArticle(id: 4, title: "東京の桜", changes: ["body": ["桜が満開になりました。"]]),
            jsonArticle(id: 5, changes: ["lang": ""]),
        ])
        #expect(result.articles.map(\.language) == [.ja, .ko, .other, .ja, .zh])
    }

    @Test func a_first_brace_makes_any_file_json_lines_and_a_jsonl_name_too() throws {
        let (braced, _) = try importLines([jsonArticle()], name: "export.txt")
        #expect(braced.articles.count == 1)
        let (bom, _) = try importLines(["\u{FEFF}" + jsonArticle()], name: "export.data")
        #expect(bom.articles.count == 1, "\(bom.failures)")
        let (named, _) = try importLines(["  not json"], name: "broken.ndjson")
        #expect(named.failures.first?.message.hasPrefix("not valid JSON") == true)
    }

    @Test func crlf_and_cr_separated_lines_are_read() throws {
        let dir = try TemporaryDirectory()
        let crlf = try dir.write("crlf.jsonl", jsonArticle(id: 1) + "\r\n" + jsonArticle(id: 2) + "\r\n")
        let cr = try dir.write("cr.jsonl", jsonArticle(id: 1) + "\r" + jsonArticle(id: 2))
        let result = try importPaths([crlf, cr])
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.origins == ["\(crlf):1", "\(crlf):2", "\(cr):1", "\(cr):2"])
    }

    @Test func a_gb18030_encoded_line_is_detected_per_line() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("gb.jsonl", try encode(jsonArticle() + "\n", to: "GB18030"))
        let article = try #require(try importPaths([file]).articles.first)
        #expect(article.title == "山东安丘市:构建教育发展共同体")
    }

    @Test func a_forced_encoding_reads_every_line_and_fails_only_the_bad_one() throws {
        let dir = try TemporaryDirectory()
        var bytes = try encode(jsonArticle(id: 1, title: "第一篇") + "\n", to: "GB18030")
        bytes += try encode(jsonArticle(id: 2, title: "第二篇"), to: "GB18030") + [0xFF, 0x0A]
        bytes += try encode(jsonArticle(id: 3, title: "第三篇") + "\n", to: "GB18030")
        let file = try dir.write("gb.jsonl", bytes)
        let result = try importPaths([file], encoding: "gb18030")
        #expect(result.articles.map(\.title) == ["第一篇", "第三篇"])
        #expect(result.failures.map(\.line) == [2])
        #expect(result.failures.first?.message.contains("GB18030") == true)
    }

    @Test func a_line_longer_than_a_read_chunk_is_one_line() throws {
        let long = String(repeating: "长", count: ByteSource.chunkSize / 2)
        let (result, _) = try importLines([jsonArticle(id: 1), jsonArticle(id: 2, changes: ["body": [long]]), jsonArticle(id: 3)])
        #expect(result.failures.isEmpty)
        #expect(result.articles.map { $0.paragraphs.first?.count ?? 0 } == [4, long.count, 4])  // "第一段。" is 4 characters
    }

    @Test func thousands_of_lines_call_each_once_per_line_in_order() throws {
        let count = 3000
        let (result, file) = try importLines((1...count).map { jsonArticle(id: $0, title: "标题\($0)") })
        #expect(result.items.count == count)
        #expect(result.origins == (1...count).map { "\(file):\($0)" })
        #expect(result.articles.last?.title == "标题\(count)")
    }

    @Test func a_pipe_is_streamed_the_first_article_arrives_before_the_writer_finishes() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        defer { close(readEnd) }
        let firstArticleSeen = DispatchSemaphore(value: 0)
        let writerDone = DispatchSemaphore(value: 0)
        let streamed = Flag()
        let total = 3000
        DispatchQueue.global().async {
            func write(_ ids: ClosedRange<Int>) {
                let bytes = Array(ids.map { jsonArticle(id: $0) + "\n" }.joined().utf8)
                var offset = 0
                while offset < bytes.count {
                    let n = bytes[offset...].withUnsafeBytes { Glibc.write(writeEnd, $0.baseAddress, $0.count) }
                    if n <= 0 { break }
                    offset += n
                }
            }
            write(1...10)
            // The rest is written only once the reader has handed on an article.
            streamed.set(firstArticleSeen.wait(timeout: .now() + 20) == .success)
            write(11...total)
            close(writeEnd)
            writerDone.signal()
        }
        var items = 0
        try Importer().read(paths: ["/dev/fd/\(readEnd)"]) { item in
            if case .article = item { items += 1 }
            if items == 1 { firstArticleSeen.signal() }
        }
        writerDone.wait()
        #expect(streamed.get(), "no article was handed on before the whole input was written")
        #expect(items == total)
    }
}

/// A Bool shared between the test and the writer thread.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set(_ newValue: Bool) { lock.lock(); value = newValue; lock.unlock() }
    func get() -> Bool { lock.lock(); defer { lock.unlock() }; return value }
}
