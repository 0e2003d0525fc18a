import Testing
@testable import YueduCore
import YueduModel
import YueduText
@testable import YueduUI

/// Screens with a script conversion on, as rows of text. The converted
/// strings are what `opencc -c s2twp.json` prints for the imported ones.
@Suite struct ConversionRenderTests {
    init() { _ = TestLocale.ready }

    static func reader(width: Int, height: Int, conversion: ScriptConversion = .s2twp) -> AppState {
        var preferences = Preferences()
        preferences.conversion = conversion
        var s = AppState(width: width, height: height, preferences: preferences)
        _ = s.restore(from: SessionSnapshot())
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: [
            Fixture.summary(0, title: "软件和信息技术"), Fixture.summary(1, title: "互联网新闻", isRead: true),
        ], total: 2))
        _ = reduce(&s, .countsLoaded(LibraryCounts(all: 2, unread: 1, favorites: 0)))
        return s
    }

    static let article = Scene.detail("k0", "软件和信息技术", ["我们用计算机上互联网下载软件，软件更新很快。"], .zh,
                                      related: [Fixture.related("互联网软件", target: "k1", source: "光明网")])

    @Test func list_title_meta_body_and_related_show_converted_and_the_status_line_names_the_script() {
        var s = Self.reader(width: 100, height: 16)
        s.pendingOpen = PendingOpen(key: "k0", navigation: .push, focus: .list)
        _ = reduce(&s, .articleLoaded(Self.article))
        // The list (read on open), the article laid out on the converted text, related, the script at the right.
        #expect(render(s).lines == [
            "┌─ 全部 All 2 · 未读 1 · 收藏 0 ────────┬─ 文章 Article ───────────────────────────────────────────┐",
            "│   軟體和資訊科技            2024-09-26│ 軟體和資訊科技                                           │",
            "│   網際網路新聞              2024-09-26│ 人民網 · 2024-09-26 09:30                                │",
            "│                                       │                                                          │",
            "│                                       │ 　　我們用計算機上網際網路下載軟體，軟體更新很快。       │",
            "│                                       │                                                          │",
            "│                                       │                                                          │",
            "│                                       │                                                          │",
            "│                                       │                                                          │",
            "│                                       │                                                          │",
            "│                                       ├─ 相关阅读 Related 1 ────────────────────────── 4/4 100% ─┤",
            "│                                       │1→ 網際網路軟體                        光明網   2024-09-20│",
            "│                                       │                                                          │",
            "│                                       │→ 在库中 in the library: Enter                            │",
            "└───────────────────────────────────────┴──────────────────────────────────────────────────────────┘",
            "j/k move  Enter open  Tab pane  H back  f fav  v view  / search  ? help  q quit    简→繁台(词) s2twp",
        ])
        _ = reduce(&s, .keyPressed(.character("t")))
        s.status = nil
        #expect(render(s).lines[4].contains("　　我们用计算机上互联网下载软件，软件更新很快。"), "tw2sp: back to mainland phrases")
        #expect(render(s).lines.last!.hasSuffix(" 繁台→简(词) tw2sp"))
        _ = reduce(&s, .keyPressed(.character("t")))
        s.status = nil
        #expect(render(s).lines[1].hasSuffix("│ 软件和信息技术                                           │"))
        #expect(!render(s).lines.last!.contains("s2twp"), "as imported: no script named")
    }

    @Test func the_highlight_of_a_search_sits_on_the_converted_match() {
        var s = Self.reader(width: 30, height: 10)
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "软件" { _ = reduce(&s, .keyPressed(.character(c))) }
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "软件", hits: [
            SearchHit(summary: Fixture.summary(0, title: "软件和信息技术"), snippet: "下载软件", titleMatches: [0..<2],
                      snippetMatches: [2..<4]),
        ], isComplete: true))
        s.status = nil
        var buffer = render(s)
        #expect(buffer.lines[1] == "│●  軟體和資訊科技 2024-09-26│")
        #expect(buffer.lines[2] == "│   下載軟體                 │")
        #expect((1..<29).filter { buffer[$0, 1].style.bg == .yellow } == [4, 5, 6, 7], "軟體, two wide cells")
        #expect((1..<29).filter { buffer[$0, 2].style.bg == .yellow } == [8, 9, 10, 11])

        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .articleLoaded(Self.article))
        s.status = nil
        buffer = render(s)
        #expect(buffer.lines[1] == "│ 軟體和資訊科技             │")
        #expect(buffer.lines[4] == "│ 　　我們用計算機上網際網路 │")
        #expect(buffer.lines[5] == "│ 下載軟體，軟體更新很快。   │")
        // 软件 found in the imported text, 軟體 highlighted: twice in the body; the title's is the current one.
        #expect((2..<28).filter { buffer[$0, 5].style.bg == .yellow } == [6, 7, 8, 9, 12, 13, 14, 15])
        #expect(buffer[2, 1].style.bg == .yellow && buffer[2, 1].style.underline)
    }

    @Test(arguments: ScreenRenderTests.sizes)
    func borders_stand_straight_with_the_text_converted(width: Int, height: Int) {
        let verticals: Set<String> = ["│", "├", "┤", "┼"]
        for (n, var state) in ScreenRenderTests.screens(width: width, height: height).enumerated() where state.help == nil {
            state.preferences.conversion = .s2twp
            _ = reduce(&state, .keyPressed(state.prompt == nil ? .character("t") : .escape))
            if state.prompt == nil, state.conversion == .none { _ = reduce(&state, .keyPressed(.character("t"))) }
            let buffer = render(state)
            let expected = ScreenRenderTests.borderColumns(state.layout)
            for y in 1..<(height - 2) {
                let columns = Set((0..<width).filter { verticals.contains(buffer[$0, y].text) })
                #expect(columns == expected, "screen \(n) row \(y): \(buffer.rowText(y))")
            }
            if state.article != nil, state.layout.mode == .wide || state.layout.mode == .medium || state.focus == .article {
                #expect(buffer.lines.contains { $0.contains("經濟") }, "screen \(n) shows the converted text")
            }
        }
    }
}
