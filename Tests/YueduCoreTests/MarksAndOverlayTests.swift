import Testing
@testable import YueduCore
import YueduModel

/// One copy of each fact: marks in the mark book, one overlay at a time,
/// display text derived in one place.
@Suite struct MarksAndOverlayTests {
    init() { _ = TestLocale.ready }

    @Test func a_favourite_set_in_the_list_is_what_the_open_article_and_the_search_view_show() {
        var s = Fixture.reading(Fixture.detail("k0", isRead: true))
        s.focus = .list
        _ = s.select(0)
        #expect(reduce(&s, .keyPressed(.character("f"))) == [.setFavorite(key: "k0", true)])
        #expect(s.openArticleMarks?.isFavorite == true)
        #expect(s.marks(of: s.list.rows[0]).isFavorite)
        // A stale copy that arrives later (a hit loaded before the change) reads the same.
        var stale = Fixture.summary(0)
        stale.isFavorite = false
        #expect(s.marks(of: stale).isFavorite)
    }

    @Test func a_page_from_the_store_replaces_the_marks_and_forgets_rows_no_longer_held() {
        var s = Fixture.state(total: 500)
        #expect(s.marks["k0"] == ArticleMarks(isRead: false, isFavorite: false))
        // Another reader favourited k0: the next page of it says so.
        var fresh = Fixture.summaries(0..<200)
        fresh[0].isFavorite = true
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: fresh, total: 500))
        #expect(s.marks(of: s.list.rows[0]).isFavorite)
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 300, rows: Fixture.summaries(300..<500), total: 500))
        #expect(s.marks["k0"] == nil)
        #expect(s.marks["k300"] != nil)
    }

    @Test func the_open_article_keeps_its_marks_entry_while_pages_come_and_go() {
        var s = Fixture.reading(Fixture.detail("k0", isFavorite: true), total: 500)
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 300, rows: Fixture.summaries(300..<500), total: 500))
        #expect(s.openArticleMarks?.isFavorite == true)
    }

    @Test func opening_one_overlay_closes_the_other() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("S")))
        #expect(s.keyContext == .sitePicker)
        s.help = HelpState()
        #expect(s.overlay == .help(HelpState()) && s.sitePicker == nil && s.keyContext == .help)
        s.sitePicker = nil   // not the open one: nothing changes
        #expect(s.overlay == .help(HelpState()))
        s.help = nil
        #expect(s.overlay == nil && s.keyContext == .list)
    }

    @Test func ascii_punctuation_respells_rows_and_the_article_once_as_they_arrive() {
        var s = Fixture.state()
        s.preferences.asciiPunctuation = true
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: [Fixture.summary(0, title: "“引号”…")], total: 1))
        #expect(s.list.rows[0].title == "\"引号\"...")
        s.pendingOpen = PendingOpen(key: "k0", navigation: .push, focus: .article)
        _ = reduce(&s, .articleLoaded(Fixture.detail("k0", title: "标题—破折号", paragraphs: ["他说：“好。”"])))
        #expect(s.article?.detail.article.title == "标题-破折号")
        #expect(s.article?.detail.article.paragraphs == ["他说：\"好。\""])
        #expect(s.article!.document.rows.contains { $0.text.contains("他说：\"好。\"") })
        #expect(!s.article!.document.rows.contains { $0.text.contains("“") })
    }
}
