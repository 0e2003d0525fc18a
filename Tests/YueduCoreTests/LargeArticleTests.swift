import Testing
@testable import YueduCore
import YueduModel

/// A 10 MB paragraph must not be laid out on the UI thread: opening lays out
/// the first rows (`firstScreenBudget` bytes), asks for the rest as an
/// effect, and the whole layout, when it arrives, continues them exactly.
@Suite struct LargeArticleTests {
    init() { _ = TestLocale.ready }

    /// Hanzi and punctuation, no two sentences alike, `bytes` long in UTF-8.
    static func paragraph(bytes: Int) -> String {
        var text = "", n = 0
        while text.utf8.count < bytes {
            text += "第\(n)句：教育装备采购网报道，“下活一盘棋”需要夯实基础。"
            n += 1
        }
        return text
    }

    @Test func opening_a_10_mb_paragraph_lays_out_only_the_first_rows_and_asks_for_the_rest() {
        let huge = Self.paragraph(bytes: 10 * 1024 * 1024)
        let detail = Fixture.detail("k0", paragraphs: [huge, "尾段。"], isRead: true)
        let s = Fixture.reading(detail)
        let open = s.article!
        #expect(!open.document.isComplete)
        // A budget's worth of rows: 64 KB of hanzi at ~80 cells a row is about 800 rows, not 130,000.
        #expect(open.document.rows.count > s.layout.articleText.height)
        #expect(open.document.rows.count < 2 * ArticleDocument.firstScreenBudget / s.layout.articleText.width)
        #expect(!open.document.rows.contains { $0.paragraph == 1 })
        // The effects of the open asked for the whole layout at the pane's width.
        var again = Fixture.state()
        again.pendingOpen = PendingOpen(key: "k0", navigation: .push, focus: .article)
        #expect(reduce(&again, .articleLoaded(detail)) == [
            .layOutArticle(detail, width: open.document.width, preferences: again.preferences),
        ])
    }

    @Test func the_first_rows_are_the_whole_layout_s_first_rows() {
        let detail = Fixture.detail("k0", paragraphs: ["短段。", Self.paragraph(bytes: 300_000)])
        for width in [17, 40, 81] {
            let first = ArticleDocument.firstRows(detail, width: width)
            let whole = ArticleDocument.layout(detail, width: width)
            #expect(!first.isComplete && whole.isComplete)
            #expect(Array(whole.rows.prefix(first.rows.count)) == first.rows)
        }
    }

    @Test func the_whole_layout_replaces_the_first_rows_keeping_the_reading_position() {
        let detail = Fixture.detail("k0", paragraphs: [Self.paragraph(bytes: 300_000)], isRead: true)
        var s = Fixture.reading(detail)
        for _ in 0..<7 { _ = reduce(&s, .keyPressed(.pageDown)) }
        let top = s.article!.document.rows[s.article!.scroll]
        // While incomplete the end is not the end: G stops at the last row laid out.
        _ = reduce(&s, .keyPressed(.character("G")))
        let firstRowCount = s.article!.document.rows.count
        #expect(s.article!.scroll == firstRowCount - s.layout.articleText.height)
        _ = reduce(&s, .keyPressed(.character("g")))
        for _ in 0..<7 { _ = reduce(&s, .keyPressed(.pageDown)) }

        let whole = ArticleDocument.layout(detail, width: s.article!.document.width)
        #expect(reduce(&s, .articleLaidOut(key: "k0", whole)) == [])
        #expect(s.article!.document == whole)
        #expect(s.article!.document.rows[s.article!.scroll] == top)
        _ = reduce(&s, .keyPressed(.character("G")))
        #expect(s.article!.scroll == whole.rows.count - s.layout.articleText.height)
        #expect(whole.rows.count > firstRowCount)
    }

    @Test func g_before_the_whole_layout_arrives_goes_to_the_real_end_when_it_does() {
        let detail = Fixture.detail("k0", paragraphs: [Self.paragraph(bytes: 300_000), "尾段。"], isRead: true)
        var s = Fixture.reading(detail)
        _ = reduce(&s, .keyPressed(.character("G")))
        #expect(s.article!.endWanted)
        let whole = ArticleDocument.layout(detail, width: s.article!.document.width)
        _ = reduce(&s, .articleLaidOut(key: "k0", whole))
        #expect(s.article!.scroll == whole.rows.count - s.layout.articleText.height)
        #expect(s.article!.document.rows.last?.text.contains("尾段。") == true)
        #expect(!s.article!.endWanted)
    }

    @Test func a_layout_for_another_width_or_article_is_ignored() {
        let detail = Fixture.detail("k0", paragraphs: [Self.paragraph(bytes: 100_000)], isRead: true)
        var s = Fixture.reading(detail)
        let before = s.article!.document
        _ = reduce(&s, .articleLaidOut(key: "k0", ArticleDocument.layout(detail, width: before.width + 1)))
        _ = reduce(&s, .articleLaidOut(key: "other", ArticleDocument.layout(detail, width: before.width)))
        #expect(s.article!.document == before)
    }

    @Test func a_resize_lays_out_the_first_rows_again_and_asks_for_the_rest_at_the_new_width() {
        let detail = Fixture.detail("k0", paragraphs: [Self.paragraph(bytes: 100_000)], isRead: true)
        var s = Fixture.reading(detail)
        let effects = reduce(&s, .resized(width: 90, height: 30))
        let width = s.article!.document.width
        #expect(width != Fixture.reading(detail).article!.document.width)
        #expect(effects == [.layOutArticle(s.article!.detail, width: width, preferences: s.preferences)])
    }
}
