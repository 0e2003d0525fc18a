import Foundation
import Testing
@testable import YueduImport
import YueduModel
import YueduTestSupport

/// Variants of the reference page built from its text: the right article,
/// or the right failure and nothing of the article.
@Suite("Page file variants")
struct PageVariantTests {
    let sample: String
    let reference: Article

    init() throws {
        sample = try Fixture.referenceText()
        reference = try #require(try importPage(sample).articles.first)
    }

    /// The sample's lines (LF), 1-based as an editor shows them.
    var lines: [String] { sample.components(separatedBy: "\n") }

    func text(dropping range: ClosedRange<Int>) -> String {
        var lines = self.lines
        lines.removeSubrange((range.lowerBound - 1)...(range.upperBound - 1))
        return lines.joined(separator: "\n")
    }

    func onlyFailure(_ result: ReadResult) throws -> ImportFailure {
        #expect(result.articles.isEmpty, "nothing of a failed article may be emitted")
        #expect(result.failures.count == 1)
        return try #require(result.failures.first)
    }

    @Test func a_page_without_byline_fails_naming_the_byline() throws {
        #expect(lines[5].hasPrefix("教育装备采购网 2024-01-08"))
        let failure = try onlyFailure(try importPage(text(dropping: 6...6), name: "nobyline.txt"))
        #expect(failure.file.hasSuffix("nobyline.txt"))
        #expect(failure.message.contains("no byline"))
        #expect(failure.description.contains("nobyline.txt: no byline"))
    }

    @Test func a_page_without_related_section_keeps_everything_else() throws {
        #expect(lines[18] == "相关阅读")
        let article = try #require(try importPage(text(dropping: 19...44)).articles.first)
        #expect(article.related.isEmpty)
        var expected = reference
        expected.related = []
        #expect(article == expected)
    }

    @Test func a_page_that_ends_after_its_footer_labels_is_complete() throws {
        let article = try #require(try importPage(lines[0..<17].joined(separator: "\n")).articles.first)
        #expect(article.paragraphs == ReferencePage.paragraphs)
        #expect(article.related.isEmpty)
    }

    @Test func fullwidth_colons_in_the_footer_give_the_same_source_and_editor() throws {
        let fullwidth = sample.replacingOccurrences(of: "来源:四川省教育厅 责任编辑:逯红栋", with: "来源：四川省教育厅　责任编辑：逯红栋")
        #expect(fullwidth != sample)
        let article = try #require(try importPage(fullwidth).articles.first)
        #expect(article.source == ReferencePage.source)
        #expect(article.editor == ReferencePage.editor)
        #expect(article == reference)
    }

    @Test func crlf_line_ends_give_the_same_article() throws {
        let crlf = sample.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try importPage(crlf).articles == [reference])
    }

    @Test func cr_line_ends_give_the_same_article() throws {
        let cr = sample.replacingOccurrences(of: "\n", with: "\r")
        #expect(try importPage(cr).articles == [reference])
    }

    @Test func a_utf8_byte_order_mark_is_not_part_of_the_first_line() throws {
        #expect(try importPage([0xEF, 0xBB, 0xBF] + Array(sample.utf8)).articles == [reference])
    }

    @Test func more_noise_above_the_title_does_not_move_the_title() throws {
        let noisy = "首页 | 新闻 | 招标\n\n2024年1月8日 星期一\n登录 注册\n" + sample
        let article = try #require(try importPage(noisy).articles.first)
        #expect(article.title == ReferencePage.title)
        #expect(article.paragraphs == ReferencePage.paragraphs)
    }

    @Test func a_byline_without_a_view_count_gives_no_views() throws {
        let noViews = sample.replacingOccurrences(of: " 围观727次", with: "")
        let article = try #require(try importPage(noViews).articles.first)
        #expect(article.views == nil)
        #expect(article.published == reference.published)
    }

    @Test func a_file_cut_inside_the_body_fails_as_truncated() throws {
        // Cut halfway through the second paragraph.
        let cut = lines[0..<9].joined(separator: "\n") + "\n" + String(lines[9].prefix(40))
        let failure = try onlyFailure(try importPage(cut))
        #expect(failure.message.contains("来源"))
        #expect(failure.message.contains("truncated"))
        #expect(failure.line == 10)
    }

    @Test func a_file_cut_after_a_related_title_fails_naming_that_item() throws {
        let cut = lines[0..<27].joined(separator: "\n")
        let failure = try onlyFailure(try importPage(cut))
        #expect(failure.line == 27)
        #expect(failure.message.contains("攀枝花市仁和区多措并举推进城乡教育发展"))
    }

    @Test func a_file_cut_inside_a_related_excerpt_fails_as_truncated() throws {
        let cut = lines[0..<22].joined(separator: "\n") + "\n" + String(lines[22].prefix(30))
        let failure = try onlyFailure(try importPage(cut))
        #expect(failure.message.contains("truncated"))
    }

    @Test func a_file_cut_inside_a_utf8_character_fails_as_truncated() throws {
        let bytes = Array(sample.utf8)
        let failure = try onlyFailure(try importPage(Array(bytes[..<(bytes.count - 1)])))
        #expect(failure.message.contains("truncated"))
        #expect(failure.line == 54)
    }

    @Test func a_label_after_the_related_list_ends_it_without_a_disclaimer() throws {
        let labelled = lines[0..<44].joined(separator: "\n") + "\n\n校体购产品\n"
        let article = try #require(try importPage(labelled).articles.first)
        #expect(article.related.count == 8)
        #expect(article.related.last?.title == "四川绵阳市综合施策推进城乡教育融合发展")
    }

    @Test func a_related_item_without_source_and_date_fails_at_that_line() throws {
        var broken = lines
        broken[24] = "    四川省教育厅"
        let failure = try onlyFailure(try importPage(broken.joined(separator: "\n"), name: "bad-related.txt"))
        #expect(failure.line == 25)
        #expect(failure.message.contains("MM-DD"))
        #expect(failure.description.hasSuffix("bad-related.txt:25: " + failure.message))
    }

    @Test func binary_garbage_fails_without_an_article() throws {
        var generator = SplitMix64(seed: 42)
        let garbage = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let failure = try onlyFailure(try importPage(garbage, name: "garbage.bin"))
        #expect(failure.message.contains("binary") || failure.message.contains("undecodable"))
    }

    @Test func high_bytes_without_nul_are_not_mistaken_for_chinese() throws {
        var generator = SplitMix64(seed: 7)
        let garbage = (0..<4096).map { _ in UInt8(0x80 | (generator.next() & 0x7F)) }
        _ = try onlyFailure(try importPage(garbage))
    }

    @Test func an_empty_file_fails_as_empty() throws {
        let failure = try onlyFailure(try importPage([UInt8](), name: "empty.txt"))
        #expect(failure.message == "empty file")
        #expect(failure.line == nil)
    }

    @Test func a_file_of_blank_lines_fails_as_empty() throws {
        let failure = try onlyFailure(try importPage("\n  \n\r\n\t\n"))
        #expect(failure.message == "empty file")
    }

    @Test func a_nul_byte_makes_the_file_binary() throws {
        var bytes = Array(sample.utf8)
        bytes.insert(0, at: 200)
        let failure = try onlyFailure(try importPage(bytes))
        #expect(failure.message.contains("binary"))
    }

    @Test func a_file_too_large_for_a_page_fails_without_being_held_whole() throws {
        let dir = try TemporaryDirectory()
        let file = dir.path + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0...(FileReader.pageSizeLimit >> 20) { handle.write(block) }
        try handle.close()
        let failure = try onlyFailure(try importPaths([file]))
        #expect(failure.message.contains("too large for a page file"))
    }

    @Test func an_html_page_too_large_says_html_page_not_page_file() throws {
        let dir = try TemporaryDirectory()
        let file = dir.path + "/huge.html"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("<!DOCTYPE html><html><body><p>".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        handle.seekToEndOfFile()
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0...(FileReader.pageSizeLimit >> 20) { handle.write(block) }
        try handle.close()
        let failure = try onlyFailure(try importPaths([file]))
        #expect(failure.file.hasSuffix("huge.html"))
        #expect(failure.message.contains("too large for an HTML page"), "\(failure.message)")
        #expect(!failure.message.contains("page file"))
    }

    @Test func a_failed_file_does_not_stop_the_next_one() throws {
        let dir = try TemporaryDirectory()
        let bad = try dir.write("1-bad.txt", text(dropping: 6...6))
        let good = try dir.write("2-good.txt", sample)
        let result = try importPaths([bad, good])
        #expect(result.failures.map(\.file) == [bad])
        #expect(result.articles == [reference])
        #expect(result.origins == [good])
    }

    @Test func the_disclaimer_section_never_becomes_a_related_item_or_body() throws {
        #expect(reference.related.allSatisfy { !$0.title.contains("凡本网") && !$0.excerpt.contains("凡本网") })
        #expect(reference.paragraphs.count == 4)
    }
}

