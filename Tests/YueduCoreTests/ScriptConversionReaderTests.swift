import Testing
@testable import YueduCore
import YueduModel
import YueduText

/// The reader in another script: what enters the state is converted once,
/// laid out as converted, and the place and the highlights stay right.
/// Expected text is what `opencc -c NAME.json` prints for the same input.
@Suite struct ScriptConversionReaderTests {
    init() { _ = TestLocale.ready }

    static let prose = "我们用计算机上互联网下载软件，软件更新很快。"
    /// `opencc -c s2twp.json`: 互联网 → 網際網路 and 软件 → 軟體 change lengths.
    static let proseS2TWP = "我們用計算機上網際網路下載軟體，軟體更新很快。"

    static func configured(_ conversion: ScriptConversion, width: Int = 120, height: Int = 40) -> AppState {
        var preferences = Preferences()
        preferences.conversion = conversion
        var s = AppState(width: width, height: height, preferences: preferences)
        _ = s.restore(from: SessionSnapshot())
        return s
    }

    static func open(_ detail: ArticleDetail, in s: inout AppState, query: String? = nil) {
        s.pendingOpen = PendingOpen(key: detail.article.key, navigation: .push, highlightQuery: query, focus: .article)
        _ = reduce(&s, .articleLoaded(detail))
    }

    @Test func list_rows_arrive_in_the_configured_script() {
        var s = Self.configured(.s2twp)
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: [Fixture.summary(0, title: "软件和信息技术")], total: 1))
        #expect(s.list.rows[0].title == "軟體和資訊科技")
        #expect(s.list.rows[0].site == "人民網")
        #expect(s.list.rows[0].source == "新華社")
    }

    @Test func an_article_is_shown_converted_laid_out_as_converted_and_kept_as_imported() {
        var s = Self.configured(.s2twp, width: 60)
        let detail = Fixture.detail("k1", title: "软件和信息技术", paragraphs: [Self.prose],
                                    related: [Fixture.related("互联网软件")])
        Self.open(detail, in: &s)
        let open = s.article!
        #expect(open.imported == detail)
        #expect(open.detail.article.title == "軟體和資訊科技")
        #expect(open.detail.article.paragraphs == [Self.proseS2TWP])
        #expect(open.detail.article.related[0].title == "網際網路軟體")
        #expect(open.detail.article.related[0].source == "光明網")
        #expect(open.detail.article.editor == "王編輯")
        // Wrapped on the converted text: rows are the converted paragraph, cut.
        let body = open.document.rows.filter { $0.kind == .body }.map(\.text).joined()
        #expect(body == "\u{3000}\u{3000}" + Self.proseS2TWP)
        #expect(open.document.rows.first { $0.kind == .meta }!.text.hasPrefix("人民網 · "))
    }

    @Test func t_cycles_none_configured_reverse_and_without_a_configuration_s2t_and_t2s() {
        var s = Self.configured(.s2twp)
        var seen: [ScriptConversion] = [s.conversion]
        for _ in 0..<3 { _ = reduce(&s, .keyPressed(.character("t"))); seen.append(s.conversion) }
        #expect(seen == [.s2twp, .tw2sp, .none, .s2twp])
        var plain = Self.configured(.none)
        seen = [plain.conversion]
        for _ in 0..<3 { _ = reduce(&plain, .keyPressed(.character("t"))); seen.append(plain.conversion) }
        #expect(seen == [.none, .s2t, .t2s, .none])
        #expect(plain.status == StatusMessage("文字 script: 原文 none"))
    }

    @Test func toggling_keeps_the_reading_place_in_the_imported_text() {
        // Paragraphs whose lengths change under s2twp, so shown offsets differ from imported ones.
        let paragraphs = (0..<12).map { n in String(repeating: "互联网软件第\(n)段。", count: 12) }
        let detail = Fixture.detail("k1", paragraphs: paragraphs, isRead: true)
        var s = Self.configured(.s2twp, width: 80, height: 24)
        _ = reduce(&s, .keyPressed(.character("t")))
        _ = reduce(&s, .keyPressed(.character("t")))
        #expect(s.conversion == .none)
        Self.open(detail, in: &s)
        for _ in 0..<20 { _ = reduce(&s, .keyPressed(.character("j"))) }
        while s.article!.anchor.character == 0 { _ = reduce(&s, .keyPressed(.character("j"))) }
        let anchor = s.article!.anchor
        let scroll = s.article!.scroll
        #expect(anchor.paragraph > 0 && anchor.character > 0)

        _ = reduce(&s, .keyPressed(.character("t")))
        #expect(s.conversion == .s2twp)
        let open = s.article!
        #expect(open.detail.article.paragraphs[0].hasPrefix("網際網路軟體第0段。"))
        #expect(open.anchor == anchor, "the position stays in imported offsets")
        // The top row shows the converted text at the anchor: its imported range holds it.
        let top = open.document.rows[open.scroll]
        let next = open.document.rows[open.scroll + 1]
        let offsets = open.offsets[top.paragraph]
        #expect(top.paragraph == anchor.paragraph)
        #expect(offsets.original(top.character) <= anchor.character)
        #expect(next.paragraph != top.paragraph || offsets.original(next.character) > anchor.character)
        #expect(offsets.original(top.character) != top.character, "the test needs offsets that differ")
        // Scrolling in the converted text records the imported offset of the new top row.
        var scrolled = s
        _ = reduce(&scrolled, .keyPressed(.character("j")))
        let newTop = scrolled.article!.document.rows[scrolled.article!.scroll]
        #expect(newTop.paragraph == anchor.paragraph)
        #expect(scrolled.article!.anchor == ReadingPosition(paragraph: newTop.paragraph,
                                                            character: offsets.original(newTop.character)))

        _ = reduce(&s, .keyPressed(.character("t")))
        _ = reduce(&s, .keyPressed(.character("t")))
        #expect(s.conversion == .none)
        #expect(s.article!.scroll == scroll, "back as imported: the very same top row")
        #expect(s.article!.anchor == anchor)
        let effects = reduce(&s, .keyPressed(.character("q")))
        #expect(effects.first == .savePosition(key: "k1", anchor))
    }

    @Test func a_highlight_found_in_the_imported_text_stays_on_the_converted_match() {
        var s = Self.configured(.s2twp, width: 60)
        Self.open(Fixture.detail("k1", paragraphs: [Self.prose]), in: &s, query: "软件")
        let open = s.article!
        let shown = open.matches.map { match in
            String(Array(open.document.rows[match.row].text)[match.characters])
        }
        #expect(shown == ["軟體", "軟體"], "软件 is shown as 軟體, which the fold alone would not find")
        #expect(open.currentMatch == 0)
    }

    @Test func a_search_hit_is_converted_with_its_match_ranges() {
        var s = Self.configured(.s2twp)
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "信息" { _ = reduce(&s, .keyPressed(.character(c))) }
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "信息", hits: [
            SearchHit(summary: Fixture.summary(0, title: "软件和信息技术"), snippet: "……下载信息更新……",
                      titleMatches: [3..<5], snippetMatches: [4..<6]),
        ], isComplete: true))
        let hit = s.searchHits[0]
        #expect(hit.summary.title == "軟體和資訊科技")
        #expect(hit.snippet == "……下載資訊更新……")
        #expect(String(Array(hit.summary.title)[hit.titleMatches[0]]) == "資訊")
        #expect(String(Array(hit.snippet)[hit.snippetMatches[0]]) == "資訊")
        #expect(s.list.rows[0].title == "軟體和資訊科技")
    }

    @Test func an_article_is_converted_once_per_script_however_often_it_is_toggled() {
        var s = Self.configured(.s2twp)
        Self.open(Fixture.longDetail("k1"), in: &s)
        for _ in 0..<9 { _ = reduce(&s, .keyPressed(.character("t"))) }
        _ = reduce(&s, .resized(width: 100, height: 30))
        #expect(s.conversion == .s2twp)
        #expect(s.conversions.cache.conversionsRun == 2, "s2twp and tw2sp, once each")
    }

    @Test func a_whole_layout_asked_for_in_another_script_is_not_taken() {
        var s = Self.configured(.none, width: 80, height: 24)
        let big = String(repeating: "互联网软件。", count: ArticleDocument.firstScreenBudget / 9)
        let detail = Fixture.detail("k1", paragraphs: [big, big], isRead: true)
        Self.open(detail, in: &s)
        #expect(!s.article!.document.isComplete)
        let old = ArticleDocument.layout(s.article!.detail, width: s.article!.document.width)
        _ = reduce(&s, .keyPressed(.character("t")))
        _ = reduce(&s, .articleLaidOut(key: "k1", old))
        #expect(!s.article!.document.isComplete, "the rows of the text as imported are refused")
        let fresh = ArticleDocument.layout(s.article!.detail, width: s.article!.document.width)
        _ = reduce(&s, .articleLaidOut(key: "k1", fresh))
        #expect(s.article!.document == fresh)
    }
}
