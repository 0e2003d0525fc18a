import Testing
@testable import YueduCore
import YueduModel

@Suite struct ListPagingTests {
    init() { _ = TestLocale.ready }

    @Test func first_start_asks_for_counts_and_the_first_page() {
        var s = AppState(width: 120, height: 40)
        #expect(s.restore(from: SessionSnapshot()) == [.loadCounts, .loadPage(filter: .all, offset: 0, limit: 200)])
        #expect(s.list.requestedOffset == 0)
    }

    @Test func nearing_the_end_of_the_window_asks_for_the_page_around_the_selection() {
        var s = Fixture.state(total: 100_000)
        #expect(s.list.rows.count == 200)
        _ = reduce(&s, .keyPressed(.end))  // out of the window at once
        #expect(s.selection == 99_999)
        #expect(s.list.requestedOffset == 99_800)
        #expect(s.selectedSummary == nil)
        var t = Fixture.state(total: 100_000)
        t.selection = 158
        #expect(reduce(&t, .keyPressed(.character("j"))) == [])
        #expect(reduce(&t, .keyPressed(.character("j"))) == [.loadPage(filter: .all, offset: 60, limit: 200)])
        // A second step while that page is on its way does not ask again.
        #expect(reduce(&t, .keyPressed(.character("j"))) == [])
        #expect(t.list.requestedOffset == 60)
    }

    @Test func a_page_in_flight_is_not_asked_for_twice() {
        var s = Fixture.state(total: 100_000)
        _ = reduce(&s, .keyPressed(.end))
        #expect(reduce(&s, .keyPressed(.end)) == [])
    }

    @Test func paging_through_a_hundred_thousand_rows_keeps_at_most_one_page_loaded() {
        var s = Fixture.state(width: 120, height: 40, total: 100_000)
        var requests = 0
        for _ in 0..<3000 {
            for effect in reduce(&s, .keyPressed(.pageDown)) {
                guard case .loadPage(let filter, let offset, let limit) = effect else { continue }
                requests += 1
                let rows = (offset..<min(offset + limit, 100_000)).map { Fixture.summary($0) }
                _ = reduce(&s, .pageLoaded(filter: filter, offset: offset, rows: rows, total: 100_000))
            }
            #expect(s.list.rows.count <= ListWindow.pageSize)
            if s.selection == 99_999 { break }
        }
        #expect(s.selection == 99_999)
        #expect(s.selectedSummary?.key == "k99999")
        // One page per (page size / 2 − margin) rows: re-centred, never all of them.
        #expect(requests > 100 && requests <= 100_000 / (ListWindow.pageSize / 2 - ListWindow.margin))
    }

    @Test func a_page_for_a_view_already_left_is_ignored() {
        var s = Fixture.state(total: 50)
        _ = reduce(&s, .keyPressed(.character("v")))
        let before = s
        #expect(reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: Fixture.summaries(0..<5), total: 5)) == [])
        #expect(s == before)
    }

    @Test func a_short_page_does_not_make_the_reducer_ask_again_and_again() {
        var s = Fixture.state(total: 1000)
        s.selection = 500
        _ = s.requestPageIfNeeded()
        // The store says 1000 rows but returns only 10 (rows were deleted meanwhile).
        #expect(reduce(&s, .pageLoaded(filter: .all, offset: 400, rows: Fixture.summaries(400..<410), total: 1000)) == [])
    }

    @Test func the_selection_stays_visible_while_scrolling_and_after_a_resize() {
        var s = Fixture.state(width: 120, height: 40, total: 50)
        for _ in 0..<45 { _ = reduce(&s, .keyPressed(.down)) }
        #expect(s.selection == 45)
        #expect(s.listScroll <= 45 && 45 < s.listScroll + s.listHeight)
        _ = reduce(&s, .resized(width: 60, height: 10))
        #expect(s.selection == 45)
        #expect(s.listScroll <= 45 && 45 < s.listScroll + s.listHeight)
    }

    @Test func an_empty_view_has_nothing_to_select_or_open() {
        var s = Fixture.state(total: 0)
        #expect(reduce(&s, .keyPressed(.down)) == [])
        #expect(reduce(&s, .keyPressed(.enter)) == [])
        #expect(reduce(&s, .keyPressed(.character("f"))) == [])
        #expect(s.selection == 0)
    }

    @Test func the_site_picker_lists_sites_and_enter_shows_one() {
        var s = Fixture.state()
        #expect(reduce(&s, .keyPressed(.character("S"))) == [.loadSites])
        #expect(reduce(&s, .keyPressed(.enter)) == [])  // nothing to choose yet
        _ = reduce(&s, .sitesLoaded([SiteCount(site: "人民网", count: 30), SiteCount(site: "新华网", count: 20)]))
        #expect(s.sitePicker == SitePicker(sites: [SiteCount(site: "人民网", count: 30), SiteCount(site: "新华网", count: 20)]))
        #expect(reduce(&s, .keyPressed(.character("j"))) == [])
        #expect(reduce(&s, .keyPressed(.character("j"))) == [])
        #expect(s.sitePicker?.selection == 1)
        #expect(reduce(&s, .keyPressed(.enter)) == [.loadPage(filter: .site("新华网"), offset: 0, limit: 200)])
        #expect(s.view == .site("新华网"))
        #expect(s.sitePicker == nil)
    }

    @Test func the_site_picker_closes_with_escape_or_q_and_quits_with_ctrl_c() {
        for key in [Key.escape, .character("q")] {
            var s = Fixture.state()
            _ = reduce(&s, .keyPressed(.character("S")))
            #expect(reduce(&s, .keyPressed(key)) == [])
            #expect(s.sitePicker == nil)
            #expect(s.view == .all)
        }
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("S")))
        #expect(reduce(&s, .keyPressed(.control("c"))).last == .quit)
    }

    @Test func the_site_picker_opens_on_the_site_being_shown() {
        var s = Fixture.state(view: .site("新华网"))
        _ = reduce(&s, .keyPressed(.character("S")))
        _ = reduce(&s, .sitesLoaded([SiteCount(site: "人民网", count: 30), SiteCount(site: "新华网", count: 20)]))
        #expect(s.sitePicker?.selection == 1)
    }

    @Test func help_scrolls_and_closes_with_escape_q_or_question_mark() {
        for key in [Key.escape, .character("q"), .character("?")] {
            var s = Fixture.state(width: 80, height: 12)
            _ = reduce(&s, .keyPressed(.character("?")))
            #expect(s.help == HelpState())
            _ = reduce(&s, .keyPressed(.character("j")))
            #expect(s.help == HelpState(scroll: 1))
            _ = reduce(&s, .keyPressed(.character("f")))  // not a help key: nothing toggles underneath
            #expect(s.marks(of: s.list.rows[0]).isFavorite == false)
            #expect(reduce(&s, .keyPressed(key)) == [])
            #expect(s.help == nil)
        }
    }

    @Test func store_errors_show_in_plain_words() {
        var s = Fixture.state()
        _ = reduce(&s, .storeFailed(message: "disk I/O error"))
        #expect(s.status == StatusMessage("存储出错 store error: disk I/O error", isError: true))
        _ = reduce(&s, .keyPressed(.down))
        #expect(s.status == nil)
    }

    @Test func mouse_wheel_scrolls_and_a_click_selects_the_row_under_it() {
        var s = Fixture.state(width: 120, height: 40)
        _ = reduce(&s, .mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(s.selection == 3)
        _ = reduce(&s, .mouse(MouseEvent(kind: .press, x: 5, y: 8)))
        #expect(s.selection == 7)  // content starts at row 1
        #expect(s.focus == .list)
        _ = reduce(&s, .mouse(MouseEvent(kind: .press, x: 60, y: 3)))
        #expect(s.focus == .article)
    }
}
