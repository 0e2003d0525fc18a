import Testing
@testable import YueduCore
import YueduModel
import YueduText
@testable import YueduUI

/// Each theme drawn on one screen, read back as rows of text and rows of
/// style codes, one letter per cell (see `code`).
@Suite struct ThemeRenderTests {
    init() { _ = TestLocale.ready }

    /// 44×8, narrow mode: the list focused, row 1 selected.
    static func scene() -> AppState { Scene.list(width: 44, height: 8, selected: 1) }

    /// Two letters per cell: its attribute (R reverse, B bold, U underline,
    /// d dim, . none; the first that applies) and its foreground colour
    /// (k r g y b m c w, K bright black, . default). Wide cells count once.
    static func styleRows(_ buffer: CellBuffer) -> (attributes: [String], colours: [String]) {
        func attribute(_ s: Style) -> Character { s.reverse ? "R" : s.bold ? "B" : s.underline ? "U" : s.dim ? "d" : "." }
        func colour(_ s: Style) -> Character {
            switch s.fg {
            case nil: return "."
            case .black?: return "k"
            case .red?: return "r"
            case .green?: return "g"
            case .yellow?: return "y"
            case .blue?: return "b"
            case .magenta?: return "m"
            case .cyan?: return "c"
            case .white?: return "w"
            case .brightBlack?: return "K"
            }
        }
        func rows(_ f: (Style) -> Character) -> [String] {
            (0..<buffer.height).map { y in
                String((0..<buffer.width).compactMap { x in buffer[x, y].isContinuation ? nil : f(buffer[x, y].style) })
            }
        }
        return (rows(attribute), rows(colour))
    }

    static let text = [
        "┌─ 全部 All 5 · 未读 2 · 收藏 2 ───────────┐",
        "│●★ 中国经济稳中向好发展态势持…  2024-09-26│",
        "│   日本語のニュース記事です     2024-09-26│",
        "│ ★ 한국어 뉴스 기사입니다       2024-09-26│",
        "│●  Emoji 👍 新闻 🎉             2024-09-26│",
        "│   短                           2024-09-26│",
        "└─[列表] 文章  相关 ───────────────────────┘",
        "j/k move  Enter open  Tab pane  H back  f f…",
    ]

    static let expected: [ThemeName: (attributes: [String], colours: [String])] = [
        .`default`: (
            attributes: [
                "..RRRRRRRRRRRRRRRRRRRRRRRR............",
                ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBB.",
                ".RRRRRRRRRRRRRRRRRRRRRRRRRRRRRR.",
                "..................................",
                ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB.",
                "...........................................",
                "..RRRR................................",
                "............................................",
            ],
            colours: [
                "KKccccccccccccccccccccccccKKKKKKKKKKKK",
                "K.y...........................K",
                "K..............................K",
                "K.y..............................K",
                "K......................................K",
                "K.........................................K",
                "KKccccccccccccKKKKKKKKKKKKKKKKKKKKKKKK",
                "KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK",
            ]),
        .light: (
            attributes: [
                "..RRRRRRRRRRRRRRRRRRRRRRRR............",
                ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBB.",
                ".RRRRRRRRRRRRRRRRRRRRRRRRRRRRRR.",
                "..................................",
                ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB.",
                "...........................................",
                "..RRRR................................",
                "............................................",
            ],
            colours: [
                "KKbbbbbbbbbbbbbbbbbbbbbbbbKKKKKKKKKKKK",
                "K.m...........................K",
                "K..............................K",
                "K.m..............................K",
                "K......................................K",
                "K.........................................K",
                "KKbbbbbbbbbbbbKKKKKKKKKKKKKKKKKKKKKKKK",
                "KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK",
            ]),
        .monochrome: (
            attributes: [
                "..RRRRRRRRRRRRRRRRRRRRRRRR............",
                ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBB.",
                ".RRRRRRRRRRRRRRRRRRRRRRRRRRRRRR.",
                "..................................",
                ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB.",
                "...........................................",
                "..RRRR................................",
                "dddddddddddddddddddddddddddddddddddddddddddd",
            ],
            colours: [
                "......................................",
                "...............................",
                "................................",
                "..................................",
                "........................................",
                "...........................................",
                "......................................",
                "............................................",
            ]),
    ]

    @Test(arguments: ThemeName.allCases)
    func each_theme_draws_the_same_rows_in_its_own_styles(_ name: ThemeName) {
        let buffer = render(Self.scene(), theme: .named(name))
        #expect(buffer.lines == Self.text)
        let rows = Self.styleRows(buffer)
        #expect(rows.attributes == Self.expected[name]?.attributes)
        #expect(rows.colours == Self.expected[name]?.colours)
    }

    @Test func the_monochrome_theme_draws_no_colour_anywhere() {
        var s = Self.scene()
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .articleLoaded(Scene.chinese))
        _ = reduce(&s, .keyPressed(.character("?")))
        for state in [Self.scene(), s] {
            #expect(render(state, theme: .monochrome).cells.allSatisfy { $0.style.fg == nil && $0.style.bg == nil })
        }
    }

    @Test func the_light_theme_avoids_colours_that_wash_out_on_white() {
        let t = Theme.light
        for style in [t.paneTitle, t.focusedPaneTitle, t.articleTitle, t.favoriteMarker, t.border, t.meta, t.hint] {
            #expect(style.fg != .yellow && style.fg != .cyan && style.fg != .white)
        }
    }

    @Test func the_ascii_variant_draws_borders_and_marks_in_ascii() {
        let buffer = render(Self.scene(), theme: Theme.default.ascii)
        #expect(buffer.lines[0] == "+- 全部 All 5 · 未读 2 · 收藏 2 -----------+")
        #expect(buffer.lines[1].hasPrefix("|N* "))
        #expect(buffer.lines[6].hasPrefix("+-[列表] 文章  相关 ---"))
        #expect(buffer.lines.joined().unicodeScalars.allSatisfy { !(0x2500...0x257F).contains($0.value) })
    }

    @Test(arguments: ThemeName.allCases)
    func the_resolved_theme_follows_colour_and_line_drawing(_ name: ThemeName) {
        #expect(Theme.resolve(name, colors: true, lineDrawing: true, asciiPunctuation: false) == Theme.named(name))
        #expect(Theme.resolve(name, colors: false, lineDrawing: true, asciiPunctuation: false) == .monochrome)
        #expect(Theme.resolve(name, colors: true, lineDrawing: false, asciiPunctuation: false) == Theme.named(name).ascii)
        #expect(Theme.resolve(name, colors: true, lineDrawing: true, asciiPunctuation: true).borders == .ascii)
    }

    @Test func ascii_punctuation_respells_titles_and_article_text_before_layout() {
        var s = AppState(width: 44, height: 8)
        s.preferences.asciiPunctuation = true
        _ = s.restore(from: SessionSnapshot())
        let rows = [Fixture.summary(0, title: "“引号”与省略号……①"),
                    Fixture.summary(1, title: "一个很长很长的标题——会被截断在这一行的末尾")]
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: rows, total: 2))
        let list = render(s, theme: .default.ascii).lines
        #expect(list[1] == "|N  \"引号\"与省略号......(1)      2024-09-26|")
        // The truncation mark is respelled cell for cell: the date stays put.
        #expect(list[2] == "|N  一个很长很长的标题--会被截.  2024-09-26|")

        var reading = s
        reading.pendingOpen = PendingOpen(key: "k9", navigation: .push, focus: .article)
        _ = reduce(&reading, .articleLoaded(Scene.detail("k9", "标题——副题", ["他说：“好……”①"], .zh,
                                                         related: [Fixture.related("相关“一”", excerpt: "摘要……")])))
        let lines = render(reading, theme: .default.ascii).lines
        #expect(lines.contains { $0.contains("标题--副题") })
        #expect(lines.contains { $0.contains("他说：\"好......\"(1)") })
        #expect(!lines.joined().contains("…") && !lines.joined().contains("“"))
    }

    @Test func first_line_indent_can_be_turned_off() {
        var on = Scene.reading(Scene.chinese, width: 44, height: 12)
        #expect(on.article!.document.rows.contains { $0.text.hasPrefix("\u{3000}\u{3000}今年") })
        on.preferences.firstLineIndent = false
        _ = reduce(&on, .resized(width: 50, height: 12))
        #expect(on.article!.document.rows.contains { $0.text.hasPrefix("今年") })
    }

    @Test func a_mouse_press_on_a_drawn_related_row_opens_that_item() {
        let items = (1...9).map { Fixture.related("相关\($0)", target: "t\($0)") }
        var s = Scene.reading(Scene.detail("k0", "标题", ["正文。"], .zh, related: items), width: 120, height: 24, focus: .related)
        _ = reduce(&s, .keyPressed(.character("G")))
        let buffer = render(s, theme: .default)
        let content = s.layout.content(of: .related)
        for y in content.y..<(content.y + content.height) {
            let row = String(buffer.rowText(y).dropFirst(content.x))
            guard let n = (1...9).first(where: { row.contains("相关\($0)") }) else { continue }
            var clicked = s
            let effects = reduce(&clicked, .mouse(MouseEvent(kind: .press, x: content.x + 1, y: y)))
            #expect(effects.last == .openArticle(key: "t\(n)"), "row \(y) shows item \(n)")
        }
    }
}

@Suite struct NarrowTabGeometryTests {
    init() { _ = TestLocale.ready }

    /// The reducer's idea of where each pane's name is must match where
    /// PaneTabs draws it.
    @Test func each_drawn_pane_name_is_where_a_press_selects_it() throws {
        for focus in Pane.allCases {
            let s = Scene.reading(Scene.chinese, width: 60, height: 20, focus: focus)
            let buffer = render(s, theme: .default)
            let y = s.layout.list.y + s.layout.list.height - 1
            for (pane, name) in [(Pane.list, "列表"), (.article, "文章"), (.related, "相关")] {
                let x = try #require((0..<buffer.width).first { buffer[$0, y].text == String(name.first!) })
                var clicked = s
                _ = reduce(&clicked, .mouse(MouseEvent(kind: .press, x: x, y: y)))
                #expect(clicked.focus == pane, "\(name) at \(x) with \(focus) shown")
            }
        }
    }
}
