import Foundation
import Testing
@testable import YueduImport
import YueduModel
import YueduTestSupport

/// Regressions found by the fault and hostile-input work (issue 7).
@Suite struct HostileInputRegressionTests {
    /// SQLite stored text only up to a NUL, so a 10 MB paragraph with one NUL
    /// near its start lost everything after it; the importer drops NUL.
    @Test func nul_characters_are_dropped_from_every_field_and_the_text_after_them_is_kept() throws {
        let dir = try TemporaryDirectory()
        let line = jsonArticle(title: "标题\u{0}后半", changes: [
            "body": ["开始\u{0}中间\u{0}结束", "第二段"], "site": "站\u{0}点", "source": "来\u{0}源", "editor": "编\u{0}辑",
            "url": "https://example.cn/a\u{0}b",
            "related": [["title": "相关\u{0}标题", "source": "来\u{0}源", "date": "09-26", "excerpt": "摘\u{0}要"]],
        ])
        let file = try dir.write("nul.jsonl", line + "\n")
        let article = try #require(try importPaths([file]).articles.first)
        #expect(article.paragraphs == ["开始中间结束", "第二段"])
        #expect(article.title == "标题后半")
        #expect((article.site, article.source, article.editor) == ("站点", "来源", "编辑"))
        #expect(article.key == "https://example.cn/ab")
        #expect(article.related.first.map { [$0.title, $0.source, $0.excerpt] } == ["相关标题", "来源", "摘要"])
    }

    /// A raw NUL byte in a page file is refused by line, never stored cut short.
    @Test func a_page_file_with_a_nul_byte_is_refused_at_its_line_not_stored_cut_short() throws {
        let dir = try TemporaryDirectory()
        var text = try Fixture.referenceText()
        let paragraph = try #require(text.range(of: "夯实"))
        text.insert(contentsOf: "\u{0}", at: paragraph.lowerBound)
        let file = try dir.write("page.txt", text)
        let result = try importPaths([file])
        #expect(result.articles.isEmpty)
        #expect(result.failures.map(\.description) == ["\(file):8: binary data, not text (NUL byte)"])
    }

    /// A failure quotes what the file held; printed as is, a hostile value
    /// would reach the user's terminal as escape sequences.
    @Test func a_failure_quoting_a_hostile_value_prints_as_one_terminal_safe_line() throws {
        let dir = try TemporaryDirectory()
        let hostile = "\u{1B}]52;c;eA==\u{7}\u{9B}2J\u{202E}\n第二行"
        let file = try dir.write("bad.jsonl", jsonArticle(changes: ["published": hostile]) + "\n")
        let failure = try #require(try importPaths([file]).failures.first)
        #expect(failure.message.contains("\u{1B}]52"), "the message itself keeps the value for programs")
        let printed = failure.description
        #expect(!printed.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E },
                "\(printed.debugDescription)")
        #expect(printed.hasPrefix("\(file):1: \"published\" must be an ISO 8601 date"))
        #expect(printed.contains("第二行"))
    }
}
