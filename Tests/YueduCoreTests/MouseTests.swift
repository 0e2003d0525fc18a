import Testing
@testable import YueduCore
import YueduModel

/// Mouse events through the reducer, at 120×40 (medium layout: the list on
/// the left, the article top right, related reading below it).
@Suite struct MouseTests {
    init() { _ = TestLocale.ready }

    static let related = [Fixture.related("在库的", target: "k2"), Fixture.related("不在库的"), Fixture.related("另一篇", target: "k3")]

    func reading() -> AppState {
        var s = Fixture.reading(Fixture.longDetail("k0", related: Self.related))
        s.focus = .list
        return s
    }

    func press(_ s: inout AppState, _ x: Int, _ y: Int) -> [Effect] { reduce(&s, .mouse(MouseEvent(kind: .press, x: x, y: y))) }

    @Test func a_press_on_a_list_row_selects_it_and_a_second_press_opens_it() {
        var s = reading()
        let content = s.layout.content(of: .list)
        s.focus = .article
        _ = press(&s, content.x + 3, content.y + 4)
        #expect(s.focus == .list)
        #expect(s.selection == s.listScroll + 4)
        #expect(press(&s, content.x + 3, content.y + 4) == [.savePosition(key: "k0", s.article!.position), .openArticle(key: "k4")])
    }

    @Test func a_press_below_the_last_row_selects_nothing() {
        var s = Fixture.state(total: 3)
        let content = s.layout.content(of: .list)
        #expect(press(&s, content.x, content.y + 10) == [])
        #expect(s.selection == 0)
    }

    @Test func a_press_on_a_related_item_opens_it() {
        var s = reading()
        let content = s.layout.content(of: .related)
        let effects = press(&s, content.x + 2, content.y + 2)
        #expect(s.relatedSelection == 2)
        #expect(effects.last == .openArticle(key: "k3"))
        #expect(s.pendingOpen?.key == "k3")
    }

    @Test func a_press_on_a_related_item_outside_the_library_shows_it_and_says_so() {
        var s = reading()
        let content = s.layout.content(of: .related)
        #expect(press(&s, content.x + 2, content.y + 1) == [])
        #expect(s.relatedSelection == 1)
        #expect(s.focus == .related)
        #expect(s.status?.text.contains("not in the library") == true)
    }

    @Test func a_press_on_a_border_focuses_the_pane_and_selects_nothing() {
        var s = reading()
        let box = s.layout.box(of: .related)
        #expect(press(&s, box.x + 5, box.y + box.height - 1) == [])
        #expect(s.focus == .related)
        #expect(s.relatedSelection == 0)
    }

    @Test func the_wheel_scrolls_the_pane_under_the_pointer() {
        var s = reading()
        let article = s.layout.content(of: .article)
        _ = reduce(&s, .mouse(MouseEvent(kind: .wheelDown, x: article.x + 5, y: article.y + 5)))
        #expect(s.focus == .article)
        #expect(s.article?.scroll == 3)
        _ = reduce(&s, .mouse(MouseEvent(kind: .wheelUp, x: article.x + 5, y: article.y + 5)))
        #expect(s.article?.scroll == 0)
        let list = s.layout.content(of: .list)
        let before = s.selection
        _ = reduce(&s, .mouse(MouseEvent(kind: .wheelDown, x: list.x, y: list.y)))
        #expect(s.focus == .list)
        #expect(s.selection == before + 3)
    }

    @Test func overlays_ignore_the_mouse() {
        var s = reading()
        s.help = HelpState()
        let before = s
        #expect(press(&s, 2, 2) == [])
        #expect(s == before)
    }

    @Test func in_narrow_mode_only_the_visible_pane_takes_presses() {
        var s = Fixture.reading(Fixture.longDetail("k0", related: Self.related), width: 60, height: 20)
        s.focus = .related
        let content = s.layout.content(of: .related)
        #expect(press(&s, content.x, content.y).last == .openArticle(key: "k2"))
    }

    @Test func wheeling_to_the_end_marks_read_under_the_end_policy() {
        var s = Fixture.state()
        s.preferences.markRead = .atEnd
        s.pendingOpen = PendingOpen(key: "k0", navigation: .push, focus: .article)
        #expect(reduce(&s, .articleLoaded(Fixture.longDetail("k0", paragraphs: 6, isRead: false))) == [])
        #expect(s.openArticleMarks?.isRead == false)
        let article = s.layout.content(of: .article)
        var effects: [Effect] = []
        for _ in 0..<40 { effects += reduce(&s, .mouse(MouseEvent(kind: .wheelDown, x: article.x, y: article.y))) }
        #expect(effects == [.setRead(key: "k0", true)])
        #expect(s.openArticleMarks?.isRead == true)
        #expect(s.marks(of: s.list.rows[0]).isRead)
    }

    @Test func a_short_article_is_read_at_once_under_the_end_policy() {
        var s = Fixture.state()
        s.preferences.markRead = .atEnd
        s.pendingOpen = PendingOpen(key: "k0", navigation: .push, focus: .article)
        #expect(reduce(&s, .articleLoaded(Fixture.detail("k0"))) == [.setRead(key: "k0", true)])
    }
}

@Suite struct MouseOverlayAndTabTests {
    init() { _ = TestLocale.ready }

    @Test func the_wheel_scrolls_the_help_overlay_and_a_press_does_nothing() {
        var s = Fixture.state(width: 80, height: 20)
        _ = reduce(&s, .keyPressed(.character("?")))
        _ = reduce(&s, .mouse(MouseEvent(kind: .wheelDown, x: 10, y: 10)))
        #expect(s.help?.scroll == 3)
        _ = reduce(&s, .mouse(MouseEvent(kind: .wheelUp, x: 10, y: 10)))
        #expect(s.help?.scroll == 0)
        let before = s
        _ = reduce(&s, .mouse(MouseEvent(kind: .press, x: 10, y: 10)))
        #expect(s == before)
    }

    @Test func the_wheel_moves_the_site_picker_selection() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("S")))
        _ = reduce(&s, .sitesLoaded((0..<10).map { SiteCount(site: "站\($0)", count: 1) }))
        _ = reduce(&s, .mouse(MouseEvent(kind: .wheelDown, x: 10, y: 10)))
        #expect(s.sitePicker?.selection == 3)
    }

    @Test func in_narrow_mode_a_press_on_a_pane_name_shows_that_pane() {
        var s = Fixture.reading(Fixture.longDetail("k0"), width: 60, height: 20)
        let bottom = s.layout.list.y + s.layout.list.height - 1
        _ = reduce(&s, .mouse(MouseEvent(kind: .press, x: 2 + 6 * 2 + 1, y: bottom)))
        #expect(s.focus == .related)
        _ = reduce(&s, .mouse(MouseEvent(kind: .press, x: 2, y: bottom)))
        #expect(s.focus == .list)
        _ = reduce(&s, .mouse(MouseEvent(kind: .press, x: 2 + 6 + 5, y: bottom)))
        #expect(s.focus == .article)
        _ = reduce(&s, .mouse(MouseEvent(kind: .press, x: 40, y: bottom)))
        #expect(s.focus == .article, "past the names")
    }
}
