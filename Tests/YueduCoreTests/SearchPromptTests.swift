import Testing
@testable import YueduCore
import YueduModel

@Suite struct SearchPromptTests {
    init() { _ = TestLocale.ready }

    func typing(_ text: String, into s: inout AppState) {
        for c in text { #expect(reduce(&s, .keyPressed(.character(c))) == []) }
    }

    @Test func backspace_removes_one_whole_grapheme() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("发展👍🏽é", into: &s)
        #expect(s.prompt?.query == "发展👍🏽é")
        _ = reduce(&s, .keyPressed(.backspace))
        #expect(s.prompt?.query == "发展👍🏽")
        _ = reduce(&s, .keyPressed(.backspace))
        #expect(s.prompt?.query == "发展")
    }

    @Test func the_cursor_column_counts_wide_characters_as_two_cells() {
        var p = SearchPrompt()
        for c in "中a文" { p.insert(c) }
        #expect(p.cursorColumn == 5)
        p.moveLeft()
        #expect(p.cursorColumn == 3)
        p.moveHome()
        #expect(p.cursorColumn == 0)
        p.moveRight()
        #expect(p.cursorColumn == 2)
    }

    @Test func typing_in_the_middle_inserts_at_the_cursor() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("教育", into: &s)
        _ = reduce(&s, .keyPressed(.left))
        typing("体", into: &s)
        #expect(s.prompt?.query == "教体育")
        #expect(s.prompt?.cursor == 2)
        _ = reduce(&s, .keyPressed(.control("a")))
        _ = reduce(&s, .keyPressed(.delete))
        #expect(s.prompt?.query == "体育")
        _ = reduce(&s, .keyPressed(.control("e")))
        #expect(s.prompt?.cursor == 2)
        _ = reduce(&s, .keyPressed(.control("u")))
        #expect(s.prompt?.query == "")
    }

    @Test func prompt_keys_are_typed_not_obeyed() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("q jfv?", into: &s)
        #expect(s.prompt?.query == "q jfv?")
        #expect(s.marks(of: s.list.rows[0]).isFavorite == false)
        #expect(s.view == .all)
    }

    @Test func escape_closes_the_prompt_without_searching() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("教育", into: &s)
        #expect(reduce(&s, .keyPressed(.escape)) == [])
        #expect(s.prompt == nil)
        #expect(s.view == .all)
        #expect(s.searchHistory == [])
    }

    @Test func an_empty_query_searches_nothing() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("  ", into: &s)
        #expect(reduce(&s, .keyPressed(.enter)) == [])
        #expect(s.prompt == nil)
        #expect(s.view == .all)
    }

    @Test func hostile_queries_are_passed_on_as_text() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("\") OR (NEAR(%_*", into: &s)
        #expect(reduce(&s, .keyPressed(.enter)) == [.search(query: "\") OR (NEAR(%_*", limit: 500, firstPage: s.searchFirstPage, ticket: 1)])
    }

    @Test func results_replace_the_list_and_escape_returns_to_the_previous_view() {
        var s = Fixture.state(view: .unread)
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("教育", into: &s)
        #expect(reduce(&s, .keyPressed(.enter)) == [.search(query: "教育", limit: 500, firstPage: s.searchFirstPage, ticket: 1)])
        #expect(s.view == .search("教育"))
        #expect(s.viewBeforeSearch == .unread)
        // A stale answer for another query is ignored.
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "教", hits: [], isComplete: true))
        #expect(s.list.isLoaded == false)
        let hits = Fixture.summaries(0..<3).map { SearchHit(summary: $0, snippet: "教育", titleMatches: [], snippetMatches: [0..<2]) }
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "教育", hits: hits, isComplete: true))
        #expect(s.list.total == 3 && s.list.rows.map(\.key) == ["k0", "k1", "k2"])
        #expect(s.status == StatusMessage("3 条结果 results"))
        // A second search from the results still returns to unread.
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("体育", into: &s)
        _ = reduce(&s, .keyPressed(.enter))
        #expect(s.viewBeforeSearch == .unread)
        // 体育 is still searching: Esc cancels it on the way out.
        #expect(reduce(&s, .keyPressed(.escape)) == [.cancelSearch(ticket: 2), .loadPage(filter: .unread, offset: 0, limit: 200)])
        #expect(s.view == .unread)
        #expect(s.searchHits == [])
    }

    @Test func up_and_down_browse_search_history_and_come_back_to_the_draft() {
        var s = Fixture.state()
        for q in ["教育", "体育", "教育"] {
            _ = reduce(&s, .keyPressed(.character("/")))
            typing(q, into: &s)
            _ = reduce(&s, .keyPressed(.enter))
        }
        #expect(s.searchHistory == ["体育", "教育"])  // a repeat moves to the end
        _ = reduce(&s, .keyPressed(.character("/")))
        typing("经", into: &s)
        _ = reduce(&s, .keyPressed(.up))
        #expect(s.prompt?.query == "教育")
        _ = reduce(&s, .keyPressed(.up))
        #expect(s.prompt?.query == "体育")
        _ = reduce(&s, .keyPressed(.up))
        #expect(s.prompt?.query == "体育")
        _ = reduce(&s, .keyPressed(.down))
        #expect(s.prompt?.query == "教育")
        _ = reduce(&s, .keyPressed(.down))
        #expect(s.prompt?.query == "经")
    }

    @Test func search_history_keeps_the_newest_fifty() {
        var s = Fixture.state()
        for n in 0..<60 {
            _ = reduce(&s, .keyPressed(.character("/")))
            typing("q\(n)", into: &s)
            _ = reduce(&s, .keyPressed(.enter))
        }
        #expect(s.searchHistory.count == AppState.searchHistoryLimit)
        #expect(s.searchHistory.first == "q10" && s.searchHistory.last == "q59")
    }

    @Test func ctrl_c_in_the_prompt_quits() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        #expect(reduce(&s, .keyPressed(.control("c"))).last == .quit)
    }
}
