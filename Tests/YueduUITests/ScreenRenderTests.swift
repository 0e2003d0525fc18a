import Testing
@testable import YueduCore
import YueduModel
import YueduText
@testable import YueduUI

@Suite struct ScreenRenderTests {
    init() { _ = TestLocale.ready }

    static let sizes = [(80, 24), (120, 40), (60, 20), (200, 50)]

    /// Screens worth checking for straight borders: every pane focused, long
    /// CJK titles and text, related items, search results, overlays.
    static func screens(width: Int, height: Int) -> [AppState] {
        var out: [AppState] = []
        let long = Fixture.detail("k0", title: String(repeating: "很长的中文标题", count: 8),
                                  paragraphs: Array(repeating: "今年以来，我国经济运行总体平稳。日本語の文章です。한국어 문장입니다 👍🎉 Latin words too.", count: 12),
                                  related: (1...12).map { Fixture.related("相关阅读第\($0)条的标题比较长一些", target: $0 % 2 == 0 ? "k\($0)" : nil, yearInferred: $0 % 3 == 0) },
                                  isRead: true)
        for pane in Pane.allCases {
            var s = Scene.reading(long, width: width, height: height, focus: pane)
            s.list.rows = (0..<5).map { Fixture.summary($0, title: String(repeating: "标题很长", count: 20), isRead: $0 % 2 == 0, isFavorite: $0 % 3 == 0) }
            out.append(s)
        }
        var scrolled = out[1]
        _ = reduce(&scrolled, .keyPressed(.pageDown))
        out.append(scrolled)
        var help = out[0]
        _ = reduce(&help, .keyPressed(.character("?")))
        out.append(help)
        var prompt = out[0]
        _ = reduce(&prompt, .keyPressed(.character("/")))
        for c in "经济发展" { _ = reduce(&prompt, .keyPressed(.character(c))) }
        out.append(prompt)
        return out
    }

    /// The columns where vertical borders must stand, from the layout.
    static func borderColumns(_ layout: ScreenLayout) -> Set<Int> {
        switch layout.mode {
        case .wide: return [0, layout.article.x, layout.related.x, layout.width - 1]
        case .medium: return [0, layout.article.x, layout.width - 1]
        case .narrow: return [0, layout.width - 1]
        case .tiny: return []
        }
    }

    @Test(arguments: sizes)
    func every_border_stands_in_the_same_column_on_every_row(width: Int, height: Int) {
        let verticals: Set<String> = ["│", "├", "┤", "┼"]
        for (n, state) in Self.screens(width: width, height: height).enumerated() where state.help == nil {
            let buffer = render(state)
            let expected = Self.borderColumns(state.layout)
            for y in 1..<(height - 2) {
                let columns = Set((0..<width).filter { verticals.contains(buffer[$0, y].text) })
                #expect(columns == expected, "screen \(n) row \(y): \(buffer.rowText(y))")
            }
        }
    }

    @Test(arguments: sizes)
    func every_row_is_exactly_the_screen_width(width: Int, height: Int) {
        for state in Self.screens(width: width, height: height) {
            for line in render(state).lines { #expect(TextWidth.of(line) == width, "\(line)") }
        }
    }

    @Test(arguments: sizes)
    func borders_stay_put_after_resizes_during_reading(width: Int, height: Int) {
        var s = Self.screens(width: 120, height: 40)[1]
        for (w, h) in [(200, 50), (60, 20), (1, 1), (80, 24), (width, height)] {
            _ = reduce(&s, .resized(width: w, height: h))
        }
        let buffer = render(s)
        for y in 1..<(height - 2) {
            let columns = Set((0..<width).filter { ["│", "├", "┤", "┼"].contains(buffer[$0, y].text) })
            #expect(columns == Self.borderColumns(s.layout))
        }
    }

    @Test func tiny_screens_show_a_short_notice_and_never_crash() {
        var s = Fixture.reading(Fixture.longDetail())
        _ = reduce(&s, .resized(width: 19, height: 5))
        #expect(render(s).lines == [
            "                   ",
            "                   ",
            "终端太小 terminal …",
            "                   ",
            "                   ",
        ])
        _ = reduce(&s, .resized(width: 1, height: 1))
        #expect(render(s).lines == ["…"])
        _ = reduce(&s, .resized(width: 0, height: 0))
        #expect(render(s).lines == [])
        _ = reduce(&s, .resized(width: 2, height: 1))
        #expect(render(s).lines == ["… "])  // 终 needs both cells, leaving none for the ellipsis
    }

    @Test func every_size_from_zero_to_thirty_renders_within_bounds() {
        var s = Self.screens(width: 80, height: 24)[0]
        for w in 0...30 {
            for h in 0...12 {
                _ = reduce(&s, .resized(width: w, height: h))
                let buffer = render(s)
                #expect(buffer.lines.count == h)
                for line in buffer.lines { #expect(TextWidth.of(line) == w) }
            }
        }
    }

    @Test func the_prompt_exposes_a_cursor_counted_in_cells() {
        var s = Scene.list(width: 40, height: 10)
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "中a文" { _ = reduce(&s, .keyPressed(.character(c))) }
        var buffer = render(s)
        #expect(buffer.lines[9] == "/中a文                                  ")
        #expect(buffer.cursor == CursorPosition(x: 6, y: 9))
        _ = reduce(&s, .keyPressed(.left))
        buffer = render(s)
        #expect(buffer.cursor == CursorPosition(x: 4, y: 9))
        _ = reduce(&s, .keyPressed(.escape))
        #expect(render(s).cursor == nil)
    }

    @Test func a_long_query_scrolls_so_the_cursor_stays_on_screen() {
        var s = Scene.list(width: 30, height: 8)
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "中文搜索很长的查询词语测试文字" { _ = reduce(&s, .keyPressed(.character(c))) }
        let buffer = render(s)
        #expect(buffer.lines[7] == "/文搜索很长的查询词语测试文字 ")
        #expect(buffer.cursor == CursorPosition(x: 29, y: 7))
    }

    @Test func help_lists_every_binding_of_the_key_table() {
        var s = Scene.list(width: 80, height: 60)
        _ = reduce(&s, .keyPressed(.character("?")))
        let text = render(s).lines.joined(separator: "\n")
        #expect(text.contains("帮助 Help"))
        for binding in KeyMap.standard.bindings(in: .list).prefix(20) {
            #expect(text.contains(binding.keyLabel), "\(binding.keyLabel)")
            #expect(text.contains(binding.help), "\(binding.help)")
        }
        #expect(text.contains(" j ↓               下一行/项 down"))
    }

    @Test func help_scrolls_to_its_last_line() {
        var s = Scene.list(width: 80, height: 24)
        _ = reduce(&s, .keyPressed(.character("?")))
        _ = reduce(&s, .keyPressed(.character("G")))
        let text = render(s).lines.joined(separator: "\n")
        #expect(text.contains(HelpContent.lines().last!.help))
    }

    @Test func the_site_picker_lists_sites_with_counts_and_highlights_the_choice() {
        var s = Scene.list(width: 80, height: 24)
        _ = reduce(&s, .keyPressed(.character("S")))
        #expect(render(s).lines.contains { $0.contains("加载中 loading…") })
        _ = reduce(&s, .sitesLoaded([SiteCount(site: "人民网", count: 30), SiteCount(site: "新华网", count: 20)]))
        _ = reduce(&s, .keyPressed(.down))
        let buffer = render(s)
        let row = buffer.lines.firstIndex { $0.contains("新华网") }!
        #expect(buffer.lines[row].contains("│新华网                                      20│"))
        let x = Array(buffer.lines[row]).firstIndex(of: "新")!
        // Column of 新: count cells, not characters, before it.
        let column = TextWidth.of(String(Array(buffer.lines[row])[0..<x]))
        #expect(buffer[column, row].style.reverse)
    }

    @Test func the_status_bar_shows_messages_errors_and_otherwise_key_hints() {
        var s = Scene.list(width: 60, height: 10)
        #expect(render(s).lines[9] == "j/k move  Enter open  Tab pane  H back  f fav  v view  / se…")
        _ = reduce(&s, .keyPressed(.character("f")))
        #expect(render(s).lines[9].hasPrefix("已取消收藏 removed from favourites"))
        _ = reduce(&s, .storeFailed(message: "database is locked"))
        let buffer = render(s)
        #expect(buffer.lines[9].hasPrefix("存储出错 store error: database is locked"))
        #expect(buffer[0, 9].style.fg == .red && buffer[0, 9].style.bold)
    }

    @Test func a_running_fetch_holds_the_status_line_until_it_ends_and_the_url_prompt_places_the_cursor() {
        var s = Scene.list(width: 60, height: 10)
        _ = reduce(&s, .keyPressed(.character("a")))
        for c in "http://例子.cn/" { _ = reduce(&s, .keyPressed(.character(c))) }
        var buffer = render(s)
        #expect(buffer.lines[9].hasPrefix("网址 URL: http://例子.cn/"))
        #expect(buffer.cursor == CursorPosition(x: 25, y: 9), "10 cells of label, 15 of URL")
        _ = reduce(&s, .keyPressed(.enter))
        buffer = render(s)
        #expect(buffer.lines[9].hasPrefix("取回 fetching http://例子.cn/… Esc 取消 cancel"))
        #expect(buffer.cursor == nil)
        // A key's message shows over it; the next key brings the fetch back.
        _ = reduce(&s, .keyPressed(.character("f")))
        #expect(render(s).lines[9].hasPrefix("已取消收藏 removed from favourites"))
        _ = reduce(&s, .keyPressed(.character("j")))
        #expect(render(s).lines[9].hasPrefix("取回 fetching http://例子.cn/…"))
        _ = reduce(&s, .fetchFailed(url: "http://例子.cn/", message: "http://例子.cn/: could not connect"))
        buffer = render(s)
        #expect(buffer.lines[9].hasPrefix("取回失败 fetch failed: http://例子.cn/: could not connect"))
        #expect(buffer[0, 9].style.fg == .red)
        _ = reduce(&s, .keyPressed(.character("j")))
        #expect(render(s).lines[9].hasPrefix("j/k move"))
    }

    @Test func ascii_borders_keep_the_same_columns() {
        let s = Self.screens(width: 120, height: 40)[0]
        let buffer = render(s, theme: Theme.default.ascii)
        #expect(buffer.rowText(0).hasPrefix("+- "))
        for y in 1..<38 {
            #expect(Set((0..<120).filter { ["|", "+"].contains(buffer[$0, y].text) }) == Self.borderColumns(s.layout))
        }
    }

    @Test func the_layout_shows_medium_panes_with_a_shared_junction_row() {
        let s = Self.screens(width: 120, height: 40)[0]
        let buffer = render(s)
        let split = s.layout.related.y
        #expect(buffer[s.layout.article.x, split].text == "├")
        #expect(buffer[119, split].text == "┤")
        #expect(buffer[s.layout.article.x, 0].text == "┬")
        #expect(buffer[s.layout.article.x, 38].text == "┴")
    }
}
