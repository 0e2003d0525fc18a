import Testing
@testable import YueduCore
import YueduModel
@testable import YueduUI

/// Panes as rows of text, with Chinese, Japanese, Korean and emoji, at
/// narrow widths (narrow mode: one pane fills the screen).
@Suite struct PaneRenderTests {
    init() { _ = TestLocale.ready }

    @Test func list_rows_show_markers_truncated_titles_and_right_aligned_dates() {
        #expect(render(Scene.list(width: 34, height: 8)).lines == [
            "┌─ 全部 All 5 · 未读 2 · 收藏 2 ─┐",
            "│●★ 中国经济稳中向好…  2024-09-26│",
            "│   日本語のニュース…  2024-09-26│",
            "│ ★ 한국어 뉴스 기사…  2024-09-26│",
            "│●  Emoji 👍 新闻 🎉   2024-09-26│",
            "│   短                 2024-09-26│",
            "└─[列表] 文章  相关 ─────────────┘",
            "j/k move  Enter open  Tab pane  H…",
        ])
    }

    @Test func a_narrow_list_drops_the_date_and_keeps_the_title() {
        #expect(render(Scene.list(width: 23, height: 8)).lines == [
            "┌─ 全部 All 5 · 未…  ─┐",
            "│●★ 中国经济稳中向好… │",
            "│   日本語のニュース… │",
            "│ ★ 한국어 뉴스 기사… │",
            "│●  Emoji 👍 新闻 🎉  │",
            "│   短                │",
            "└─[列表] 文章  相关 ──┘",
            "j/k move  Enter open  …",
        ])
    }

    @Test func a_wide_site_name_leaves_a_space_rather_than_half_a_character() {
        var s = Scene.list(width: 60, height: 8)
        s.list.rows[0].site = "中华人民共和国国务院"
        // The site column is 10 cells: four hanzi and `…` take 9, the 10th is a pad.
        #expect(render(s).lines[1] == "│●★ 中国经济稳中向好发展态势持续巩固  中华人民…  2024-09-26│")
    }

    @Test func a_newline_in_a_title_does_not_cut_the_row_short() {
        var s = Scene.list(width: 34, height: 8)
        s.list.rows[4].title = "第一行\n第二行"
        #expect(render(s).lines[5] == "│   第一行 第二行      2024-09-26│")
    }

    @Test func a_list_pane_one_cell_wide_shows_just_the_unread_marker() {
        var buffer = CellBuffer(width: 3, height: 4)
        let box = Region(x: 0, y: 0, width: 3, height: 4)
        var canvas = BorderCanvas(width: 3)
        canvas.addBox(box)
        canvas.draw(into: &buffer, set: .box, style: .plain)
        ListPane.render(Scene.list(width: 60, height: 20), box: box, theme: .default, into: &buffer)
        #expect(buffer.lines == ["┌─┐", "│●│", "│ │", "└─┘"])
    }

    @Test func the_selected_row_is_reversed_and_unread_rows_are_bold() {
        let buffer = render(Scene.list(width: 34, height: 8, selected: 1))
        #expect(buffer[5, 2].style.reverse)   // the selected (read) row
        #expect(!buffer[5, 2].style.bold)
        #expect(!buffer[5, 1].style.reverse)
        #expect(buffer[5, 1].style.bold)      // unread
        #expect(!buffer[5, 3].style.bold)     // read
        #expect(buffer[2, 1].style.fg == .yellow)  // the favourite star
    }

    @Test func without_focus_the_selection_is_underlined_instead() {
        let buffer = render(Scene.list(width: 120, height: 30, selected: 0, focus: .article))
        #expect(buffer[5, 1].style.underline)
        #expect(!buffer[5, 1].style.reverse)
    }

    @Test func the_monochrome_theme_carries_meaning_without_colour() {
        let buffer = render(Scene.list(width: 34, height: 8, selected: 1), theme: .monochrome)
        #expect(buffer.cells.allSatisfy { $0.style.fg == nil && $0.style.bg == nil })
        #expect(buffer[5, 2].style.reverse)
        #expect(buffer[5, 1].style.bold)
    }

    @Test func rows_not_loaded_yet_show_a_placeholder_and_an_empty_view_says_so() {
        var s = Scene.list(width: 30, height: 6)
        s.list = ListWindow(total: 1000, offset: 500, rows: [], isLoaded: true)
        #expect(render(s).lines[1] == "│  …                         │")
        s.list = ListWindow(total: 0, isLoaded: true)
        #expect(render(s).lines[1] == "│（空）empty                 │")
        s.list = ListWindow()
        #expect(render(s).lines[1] == "│加载中 loading…             │")
    }

    @Test func a_chinese_article_is_indented_and_wrapped_in_its_pane() {
        #expect(render(Scene.reading(Scene.chinese, width: 30, height: 10)).lines == [
            "┌─ 文章 Article ─────────────┐",
            "│ 中国经济稳中向好           │",
            "│ 人民网 · 2024-09-26 09:30  │",
            "│                            │",
            "│ 　　今年以来我国经济运行总 │",
            "│ 体平稳消费市场持续回暖。   │",
            "│                            │",
            "│ 　　第二段。               │",
            "└─ 列表 [文章] 相关 ─────────┘",
            "j/k move  Tab pane  H back  f…",
        ])
    }

    @Test func a_wide_character_that_would_touch_the_border_moves_to_the_next_row() {
        // 27 text columns: 4 for the indent and 11 hanzi make 26, the 12th would need 28.
        #expect(render(Scene.reading(Scene.chinese, width: 31, height: 10)).lines[4...5] == [
            "│ 　　今年以来我国经济运行总  │",
            "│ 体平稳消费市场持续回暖。    │",
        ])
    }

    @Test func japanese_korean_and_emoji_articles_render_within_the_pane() {
        #expect(render(Scene.reading(Scene.japanese, width: 30, height: 10)).lines[1...5] == [
            "│ 日本語の記事               │",
            "│ 人民网 · 2024-09-26 09:30  │",
            "│                            │",
            "│ 　　これは日本語の文章です │",
            "│ 毎日新聞を読みます。       │",
        ])
        #expect(render(Scene.reading(Scene.korean, width: 30, height: 10)).lines[1...4] == [
            "│ 한국어 기사                │",
            "│ 人民网 · 2024-09-26 09:30  │",
            "│                            │",
            "│ 한국어 문장입니다          │",
        ])
        #expect(render(Scene.reading(Scene.emoji, width: 30, height: 10)).lines[1...4] == [
            "│ Emoji 👍 新闻              │",
            "│ 人民网 · 2024-09-26 09:30  │",
            "│                            │",
            "│ 好消息👍今天🎉             │",
        ])
    }

    @Test func the_article_title_is_bold_and_the_position_shows_in_the_border() {
        var s = Scene.reading(Fixture.longDetail("k0"), width: 120, height: 40)
        _ = reduce(&s, .keyPressed(.pageDown))
        let buffer = render(s)
        let text = s.layout.articleText
        let bottom = buffer.rowText(s.layout.article.y + s.layout.article.height - 1)
        let total = s.article!.document.rows.count
        let shown = s.article!.scroll + text.height
        #expect(bottom.contains(" \(shown)/\(total) \(shown * 100 / total)% "))
        _ = reduce(&s, .keyPressed(.character("g")))
        #expect(render(s)[text.x, text.y].style.bold)
    }

    @Test func search_matches_are_highlighted_in_the_article_and_the_current_one_stands_out() {
        var s = Scene.list(width: 30, height: 10)
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "经济" { _ = reduce(&s, .keyPressed(.character(c))) }
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "经济", hits: [
            SearchHit(summary: Fixture.summary(0, title: "中国经济"), snippet: "我国经济运行", titleMatches: [2..<4],
                      snippetMatches: [2..<4]),
        ], isComplete: true))
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .articleLoaded(Scene.chinese))
        let buffer = render(s)
        #expect(buffer.lines[1] == "│ 中国经济稳中向好           │")
        // 经济 in the title (row 0, the current match) and in the body.
        #expect(buffer[6, 1].style.bg == .yellow && buffer[6, 1].style.underline)
        #expect(buffer[8, 1].style.bg == .yellow)
        #expect(buffer[4, 1].style.bg == nil)
        #expect(buffer.lines[4] == "│ 　　今年以来我国经济运行总 │")
        #expect(buffer[18, 4].style.bg == .yellow && !buffer[18, 4].style.underline)
        #expect(buffer[16, 4].style.bg == nil)
    }

    @Test func a_title_match_past_the_truncation_highlights_neither_the_ellipsis_nor_the_date() {
        var s = Scene.list(width: 40, height: 8)
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "教育" { _ = reduce(&s, .keyPressed(.character(c))) }
        _ = reduce(&s, .keyPressed(.enter))
        let title = "教育发展共同体推进城乡的高质量均衡发展与教育"  // the second 教育 is cut off
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "教育", hits: [
            SearchHit(summary: Fixture.summary(0, title: title, isRead: true), snippet: "", titleMatches: [0..<2, 20..<22],
                      snippetMatches: []),
        ], isComplete: true))
        s.status = nil
        let buffer = render(s)
        #expect(buffer.lines[1] == "│   教育发展共同体推进城乡…  2024-09-26│")
        let highlighted = (1..<39).filter { buffer[$0, 1].style.bg == .yellow }
        #expect(highlighted == [4, 5, 6, 7], "only the visible 教育 (two wide cells) is highlighted")
    }

    @Test func search_results_show_snippets_and_highlight_the_matches() {
        var s = Scene.list(width: 40, height: 8)
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "经济" { _ = reduce(&s, .keyPressed(.character(c))) }
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "经济", hits: [
            SearchHit(summary: Fixture.summary(0, title: "中国经济"), snippet: "我国经济运行", titleMatches: [2..<4],
                      snippetMatches: [2..<4]),
            SearchHit(summary: Fixture.summary(1, title: "经济新闻", isRead: true), snippet: "经济", titleMatches: [0..<2],
                      snippetMatches: [0..<2]),
        ], isComplete: true))
        s.status = nil
        let buffer = render(s)
        #expect(buffer.lines == [
            "┌─ 搜索 经济 2 · 全部 5 · 未读 2 · …  ─┐",
            "│●  中国经济                 2024-09-26│",
            "│   我国经济运行                       │",
            "│   经济新闻                 2024-09-26│",
            "│   经济                               │",
            "│                                      │",
            "└─[列表] 文章  相关 ───────────────────┘",
            "j/k move  Enter open  Tab pane  H back …",
        ])
        #expect(buffer[9, 1].style.bg == .yellow && buffer[9, 1].style.reverse)  // matched and selected
        #expect(buffer[8, 2].style.bg == .yellow)
        #expect(buffer[4, 3].style.bg == .yellow)
        #expect(buffer[8, 3].style.bg == nil)
    }

    @Test func related_items_are_numbered_marked_and_dated_with_an_inferred_year_shown() {
        #expect(render(Scene.reading(Scene.withRelated, width: 30, height: 10, focus: .related)).lines == [
            "┌─ 相关阅读 Related 3 ───────┐",
            "│1→ 在库的文章     2024-09-20│",
            "│2· 不在库的文章  2024?-09-20│",
            "│3· 没有完整日期      9月20日│",
            "│                            │",
            "│→ 在库中 in the library: En…│",
            "│摘要内容。                  │",
            "│                            │",
            "└─ 列表  文章 [相关]─────────┘",
            "j/k move  Enter open  Tab pan…",
        ])
    }

    @Test func an_item_outside_the_library_says_so_and_shows_its_excerpt() {
        var s = Scene.reading(Scene.withRelated, width: 30, height: 10, focus: .related)
        _ = reduce(&s, .keyPressed(.character("2")))
        let buffer = render(s)
        #expect(buffer.lines[5...6] == ["│· 不在库中 not in the libra…│", "│这是一段较长的摘要文字。    │"])
        #expect(buffer.lines[9] == "不在库中 not in the library: …")
        #expect(buffer[1, 2].style.reverse)
    }

    @Test func related_rows_show_the_source_when_there_is_room() {
        let s = Scene.reading(Scene.withRelated, width: 200, height: 30)
        let row = render(s).rowText(1)
        let related = s.layout.related.inner
        let cells = Array(render(s).cells[(1 * 200 + related.x)..<(1 * 200 + related.x + related.width)])
        #expect(cells.map(\.text).joined().hasSuffix("光明网   2024-09-20"))
        #expect(row.hasSuffix("│"))
    }
}
