import Testing
@testable import YueduCore
import YueduModel
import YueduText

@Suite struct ArticleDocumentTests {
    init() { _ = TestLocale.ready }

    @Test func title_and_meta_come_first_then_paragraphs_with_blank_rows_between() {
        let doc = ArticleDocument.layout(Fixture.detail(title: "标题", paragraphs: ["一。", "二。"]), width: 80)
        #expect(doc.rows.map(\.kind) == [.title, .meta, .blank, .body, .blank, .body])
        #expect(doc.rows[1].text == "人民网 · 2024-09-26 09:30 · 1234 views · 来源 新华社 · 编辑 王编辑")
        #expect(doc.rows.map(\.paragraph) == [-1, -1, 0, 0, 1, 1])
    }

    @Test func chinese_and_japanese_paragraphs_get_a_first_line_indent_korean_and_others_do_not() {
        for (language, indented) in [(Language.zh, true), (.ja, true), (.ko, false), (.other, false)] {
            let doc = ArticleDocument.layout(Fixture.detail(paragraphs: ["本文"], language: language), width: 40)
            #expect(doc.rows.last!.text.hasPrefix("\u{3000}\u{3000}") == indented, "\(language)")
        }
    }

    @Test func every_row_fits_the_width_through_the_text_engine() {
        let detail = Fixture.detail(title: String(repeating: "很长的标题", count: 10),
                                    paragraphs: ["日本語の文章です。" + String(repeating: "テスト", count: 30),
                                                 "한국어 문장입니다 " + String(repeating: "테스트 ", count: 20),
                                                 "Emoji 👍 and 🇯🇵 mixed with 中文"])
        // Width 1 cannot hold a wide character at all; the pane truncates that case.
        for width in [2, 3, 7, 20, 41] {
            let doc = ArticleDocument.layout(detail, width: width)
            for row in doc.rows { #expect(TextWidth.of(row.text) <= width, "\(row.text) at \(width)") }
        }
    }

    @Test func rows_map_to_positions_and_back() {
        let doc = ArticleDocument.layout(Fixture.longDetail(paragraphs: 5), width: 30)
        for (index, row) in doc.rows.enumerated() where row.kind == .body {
            #expect(doc.row(for: doc.position(atRow: index)) == index)
        }
        #expect(doc.position(atRow: 0) == .top)
        #expect(doc.row(for: .top) == 0)
    }

    @Test func a_position_lands_on_the_row_holding_its_character_at_any_width() {
        let detail = Fixture.longDetail(paragraphs: 5)
        let position = ReadingPosition(paragraph: 3, character: 40)
        for width in [12, 30, 50, 100] {
            let doc = ArticleDocument.layout(detail, width: width)
            let row = doc.rows[doc.row(for: position)]
            #expect(row.paragraph == 3)
            #expect(row.character <= 40)
            #expect(row.character + row.text.count > 40 - 2)  // the indent is not counted
        }
    }

    @Test func the_meta_line_wraps_between_fields_never_inside_a_name_or_date() {
        for width in [18, 24, 30, 44] {
            let doc = ArticleDocument.layout(Fixture.detail(), width: width)
            let meta = doc.rows.filter { $0.kind == .meta }.map(\.text)
            for field in ["人民网", "2024-09-26 09:30", "1234 views", "来源 新华社", "编辑 王编辑"] {
                #expect(meta.contains { $0.contains(field) }, "\(field) cut at width \(width): \(meta)")
            }
            #expect(meta.allSatisfy { TextWidth.of($0) <= width })
        }
    }

    @Test func character_offsets_skip_the_spaces_dropped_at_breaks() {
        let doc = ArticleDocument.layout(Fixture.detail(paragraphs: ["hello world"], language: .other), width: 5)
        #expect(doc.rows.filter { $0.kind == .body }.map(\.character) == [0, 6])
    }

    @Test func character_offsets_count_the_stored_text_where_sanitizing_drops_characters() {
        // Six zero-width spaces are dropped on screen; positions still count
        // them, so a position means the same stored text at any width.
        let paragraph = "\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}一二三四五六七八"
        let doc = ArticleDocument.layout(Fixture.detail(paragraphs: [paragraph], language: .ko), width: 8)
        let body = doc.rows.filter { $0.kind == .body }
        #expect(body.map(\.text) == ["一二三四", "五六七八"])
        #expect(body.map(\.character) == [6, 10])
    }

    @Test func a_position_past_the_end_goes_to_the_last_paragraph() {
        let doc = ArticleDocument.layout(Fixture.longDetail(paragraphs: 3), width: 30)
        #expect(doc.rows[doc.row(for: ReadingPosition(paragraph: 99, character: 0))].paragraph == 2)
    }

    @Test func matches_are_found_row_by_row_with_character_offsets() {
        let doc = ArticleDocument.layout(Fixture.detail(title: "教育新闻", paragraphs: ["关于教育的文章。"]), width: 80)
        #expect(doc.matches(of: "教育") == [DocumentMatch(row: 0, characters: 0..<2),
                                           DocumentMatch(row: 3, characters: 4..<6)])
        #expect(doc.matches(of: "   ") == [])
    }
}

@Suite struct ScreenLayoutTests {
    @Test(arguments: [(200, 50, LayoutMode.wide), (140, 30, .wide), (139, 40, .medium), (80, 24, .medium),
                      (120, 40, .medium), (79, 24, .narrow), (60, 20, .narrow), (100, 12, .narrow),
                      (20, 6, .narrow), (19, 24, .tiny), (80, 5, .tiny), (1, 1, .tiny), (0, 0, .tiny)])
    func the_mode_follows_the_size(width: Int, height: Int, mode: LayoutMode) {
        #expect(ScreenLayout(width: width, height: height).mode == mode)
    }

    @Test(arguments: [(200, 50), (120, 40), (80, 24), (60, 20)])
    func panes_share_borders_and_fill_the_screen_above_the_status_row(width: Int, height: Int) {
        let l = ScreenLayout(width: width, height: height)
        #expect(l.list.x == 0 && l.list.y == 0 && l.list.height == height - 1)
        #expect((l.mode == .wide ? l.related : l.article).x + (l.mode == .wide ? l.related : l.article).width == width)
        #expect(l.status == Region(x: 0, y: height - 1, width: width, height: 1))
        if l.mode != .narrow {
            #expect(l.article.x == l.list.x + l.list.width - 1)  // one shared column
        }
        if l.mode == .medium {
            #expect(l.related.y == l.article.y + l.article.height - 1)  // one shared row
            #expect(l.related.y + l.related.height == height - 1)
        }
        if l.mode == .wide {
            #expect(l.related.x == l.article.x + l.article.width - 1)
            #expect(l.related.x + l.related.width == width)
        }
    }

    @Test func narrow_mode_shows_only_the_focused_pane() {
        let l = ScreenLayout(width: 60, height: 20)
        #expect(l.visiblePanes(focus: .related) == [.related])
        #expect(ScreenLayout(width: 120, height: 40).visiblePanes(focus: .related) == [.list, .article, .related])
        #expect(ScreenLayout(width: 5, height: 5).visiblePanes(focus: .list) == [])
    }
}
