import Testing
@testable import YueduCore
import YueduModel

/// The search runs off the UI thread; the reducer knows it by its ticket.
/// These follow the effects, not the clock: a new query or Esc cancels the
/// running search, and answers of a search cancelled or replaced are dropped.
@Suite struct SearchTicketTests {
    init() { _ = TestLocale.ready }

    private func submit(_ query: String, _ s: inout AppState) -> [Effect] {
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in query { _ = reduce(&s, .keyPressed(.character(c))) }
        return reduce(&s, .keyPressed(.enter))
    }

    private func hits(_ range: Range<Int>) -> [SearchHit] {
        Fixture.summaries(range).map { SearchHit(summary: $0, snippet: "……", titleMatches: [], snippetMatches: []) }
    }

    private func results(_ ticket: Int, _ query: String, _ range: Range<Int>, complete: Bool) -> Action {
        .searchResultsLoaded(ticket: ticket, query: query, hits: hits(range), isComplete: complete)
    }

    @Test func a_new_query_cancels_the_running_one_and_its_late_results_are_ignored() {
        var s = Fixture.state()
        let page = s.searchFirstPage
        #expect(submit("发展", &s) == [.search(query: "发展", limit: 500, firstPage: page, ticket: 1)])
        #expect(s.runningSearch == RunningSearch(ticket: 1, query: "发展"))

        // B while A runs: A is cancelled first, then B starts under the next ticket.
        #expect(submit("教育", &s) == [.cancelSearch(ticket: 1), .search(query: "教育", limit: 500, firstPage: page, ticket: 2)])
        #expect(s.view == .search("教育") && s.viewBeforeSearch == .all)

        // A's answers, first page or whole, come late and change nothing.
        let before = s
        #expect(reduce(&s, results(1, "发展", 0..<page, complete: false)) == [])
        #expect(reduce(&s, results(1, "发展", 0..<30, complete: true)) == [])
        #expect(s == before)

        // B's first page shows while B still runs, then all of it.
        _ = reduce(&s, results(2, "教育", 0..<page, complete: false))
        #expect(s.list.rows.map(\.key) == (0..<page).map { "k\($0)" })
        #expect(s.runningSearch == RunningSearch(ticket: 2, query: "教育", shown: page))
        #expect(s.status == nil, "the status row says it is still searching")
        _ = reduce(&s, results(2, "教育", 0..<120, complete: true))
        #expect(s.list.total == 120 && s.searchHits.count == 120)
        #expect(s.runningSearch == nil)
        #expect(s.status == StatusMessage("120 条结果 results"))
    }

    @Test func the_first_page_can_be_moved_in_and_opened_and_the_rest_keeps_the_selection() {
        var s = Fixture.state()
        let page = s.searchFirstPage
        _ = submit("发展", &s)
        _ = reduce(&s, results(1, "发展", 0..<page, complete: false))
        #expect(reduce(&s, .keyPressed(.character("j"))) == [])
        #expect(reduce(&s, .keyPressed(.character("j"))) == [])
        #expect(reduce(&s, .keyPressed(.enter)) == [.openArticle(key: "k2")])
        _ = reduce(&s, results(1, "发展", 0..<80, complete: true))
        #expect(s.selection == 2 && s.selectedSummary?.key == "k2")
    }

    @Test func escape_during_a_search_cancels_it_and_leaves_the_search_view() {
        var s = Fixture.state(view: .unread)
        _ = submit("发展", &s)
        _ = reduce(&s, results(1, "发展", 0..<s.searchFirstPage, complete: false))
        #expect(reduce(&s, .keyPressed(.escape))
                == [.cancelSearch(ticket: 1), .loadPage(filter: .unread, offset: 0, limit: ListWindow.pageSize)])
        #expect(s.view == .unread && s.runningSearch == nil)
        #expect(s.status == StatusMessage("已取消搜索 search cancelled"))
        // Its last answer finds no search waiting for it.
        let before = s
        _ = reduce(&s, results(1, "发展", 0..<40, complete: true))
        #expect(s == before)
        // A finished search is left by Esc with nothing to cancel.
        _ = submit("教育", &s)
        _ = reduce(&s, results(2, "教育", 0..<3, complete: true))
        #expect(reduce(&s, .keyPressed(.escape)) == [.loadPage(filter: .unread, offset: 0, limit: ListWindow.pageSize)])
    }

    @Test func leaving_for_another_view_or_toggling_the_script_cancels_too() {
        var s = Fixture.state()
        _ = submit("发展", &s)
        #expect(reduce(&s, .keyPressed(.character("v"))).first == .cancelSearch(ticket: 1))
        #expect(s.runningSearch == nil)

        _ = submit("教育", &s)
        let page = s.searchFirstPage
        // `t` shows the results in another script: the search runs again under a new ticket.
        #expect(reduce(&s, .keyPressed(.character("t")))
                == [.cancelSearch(ticket: 2), .search(query: "教育", limit: 500, firstPage: page, ticket: 3)])
    }

    @Test func quitting_during_a_search_needs_no_cancel_the_runtime_stops_all_work() {
        var s = Fixture.state()
        _ = submit("发展", &s)
        #expect(reduce(&s, .keyPressed(.character("q"))).last == .quit)
    }
}
