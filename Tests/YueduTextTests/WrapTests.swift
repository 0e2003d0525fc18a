import Testing
import YueduText

@Suite struct WrapTests {
    @Test func first_line_indent_is_two_ideographic_spaces_counted_in_the_width() {
        let rows = LineWrapper.wrap("一二三四五六七八", options: LayoutOptions(width: 10, indentFirstLine: true))
        #expect(rows == ["\u{3000}\u{3000}一二三", "四五六七八"])
    }

    @Test func line_break_inside_a_paragraph_starts_a_new_row() {
        #expect(LineWrapper.wrap("一二\n三四", options: LayoutOptions(width: 10)) == ["一二", "三四"])
    }

    @Test func empty_paragraph_is_one_empty_row() {
        #expect(LineWrapper.wrap("", options: LayoutOptions(width: 10)) == [""])
    }

    @Test func ideographic_space_is_content_but_ascii_spaces_at_breaks_vanish() {
        let rows = LineWrapper.wrap("aaaa bbbb　cccc", options: LayoutOptions(width: 6, locale: "en"))
        #expect(rows.first == "aaaa")
        #expect(rows.joined().contains("　"))
    }

    @Test func no_row_starts_with_closing_punctuation_or_ends_with_an_opening_one() {
        let text = "他说：“我们明天去北京（首都）看看。”然后他走了，《新闻》报道了这件事！"
        for width in 6...30 {  // from 6, "看。”" (locked together) fits a row
            let rows = LineWrapper.wrap(text, options: LayoutOptions(width: width))
            #expect(rows.joined() == text)
            for row in rows.dropFirst() { #expect(!"，。：”）》！".contains(row.first!), "width \(width): \(rows)") }
            for row in rows.dropLast() { #expect(!"“（《".contains(row.last!), "width \(width): \(rows)") }
        }
    }

    @Test func url_longer_than_the_row_is_cut_exactly_at_the_limit() {
        let url = "https://example.com/" + String(repeating: "x", count: 50)
        let rows = LineWrapper.wrap(url, options: LayoutOptions(width: 20))
        #expect(rows.map(\.count).dropLast().allSatisfy { $0 == 20 })
        #expect(rows.joined() == url)
    }

    @Test func wrapped_rows_report_their_widths() {
        let rows = LineWrapper.rows("abcdefghi中文", options: LayoutOptions(width: 10))
        #expect(rows.map(\.text) == ["abcdefghi", "中文"])
        #expect(rows.map(\.width) == [9, 4])
        #expect(rows.map(\.sourceOffsets) == [Array(0...8), [9, 10]])
    }

    @Test func rows_point_back_at_original_characters_across_removed_escapes_and_emoji() {
        let rows = LineWrapper.rows("\u{1B}[31m红\u{1B}[m色a👨‍👩‍👧b", options: LayoutOptions(width: 40))
        #expect(rows.map(\.text) == ["红色a👨b"])
        #expect(rows.first?.sourceOffsets == [5, 9, 10, 11, 12])
        #expect(rows.first?.sourceRange == 5..<13)
    }

    @Test func rows_point_back_across_indent_and_hard_line_breaks() {
        let rows = LineWrapper.rows("一二三\r\n四五", options: LayoutOptions(width: 10, indentFirstLine: true))
        #expect(rows.map(\.text) == ["\u{3000}\u{3000}一二三", "四五"])
        #expect(rows.map(\.sourceOffsets) == [[0, 0, 0, 1, 2], [4, 5]])
    }

    @Test func a_cluster_wider_than_the_row_gets_a_row_of_its_own() {
        #expect(LineWrapper.wrap("中文", options: LayoutOptions(width: 1)) == ["中", "文"])
    }

    @Test func paragraphs_of_text_join_cjk_lines_directly_and_latin_lines_with_a_space() {
        let text = "第一段的第一行\n第一段的第二行\n\nThe second\nparagraph\n"
        #expect(LineWrapper.paragraphs(of: text) == ["第一段的第一行第一段的第二行", "The second paragraph"])
    }

    @Test func wrapped_paragraphs_are_separated_by_an_empty_row() {
        let rows = LineWrapper.wrapParagraphs(["一二三", "四五"], options: LayoutOptions(width: 4))
        #expect(rows == ["一二", "三", "", "四五"])
    }

    @Test func language_codes_pick_locale_and_indent() {
        #expect(LayoutOptions.forLanguage("ja", width: 40).locale == "ja@lb=strict")
        #expect(LayoutOptions.forLanguage("zh-Hant", width: 40).indentFirstLine)
        #expect(!LayoutOptions.forLanguage("ko", width: 40).indentFirstLine)
    }
}

@Suite struct HostileWrapTests {
    @Test func a_long_run_of_spaces_before_closing_punctuation_wraps_in_linear_time() {
        let text = "x" + String(repeating: " ", count: 200_000) + "。"
        let rows = LineWrapper.wrap(text, options: LayoutOptions(width: 4))
        #expect(rows == ["x", "。"])
    }

    @Test func many_long_urls_at_a_narrow_width_are_cut_without_losing_text() {
        let url = "https://example.com/" + String(repeating: "a", count: 30)
        let text = Array(repeating: url, count: 2_000).joined(separator: " ")
        let rows = LineWrapper.wrap(text, options: LayoutOptions(width: 12, locale: "en"))
        #expect(rows.allSatisfy { TextWidth.of($0) <= 12 })
        #expect(rows.joined() == text.replacingOccurrences(of: " ", with: ""))
    }
}
