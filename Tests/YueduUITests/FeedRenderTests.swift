import Testing
@testable import YueduCore
import YueduModel
@testable import YueduUI

/// The feed picker and the update's status line as rows of text (and the
/// styles that carry meaning: the selection, a failing feed's mark).
@Suite struct FeedRenderTests {
    init() { _ = TestLocale.ready }

    static let feeds = [
        FeedRow(id: 1, name: "人民网 时政", unread: 3, total: 20,
                lastUpdate: PublishedDate(year: 2026, month: 12, day: 2, hour: 18, minute: 40, utcOffsetMinutes: 480)),
        FeedRow(id: 4, name: "新华网", unread: 0, total: 0, lastError: "HTTP 404 from http://127.0.0.1:8080/xinhua.xml"),
        FeedRow(id: 7, name: "澎湃新闻 The Paper, a name far too long for its row", unread: 12, total: 120),
    ]

    /// The mixed list at `width`×`height` with the picker open on `selection`.
    static func picker(width: Int, height: Int, feeds: [FeedRow]? = feeds, selection: Int = 0) -> AppState {
        var s = Scene.list(width: width, height: height)
        _ = reduce(&s, .keyPressed(.character("F")))
        if let feeds { _ = reduce(&s, .feedsLoaded(feeds)) }
        for _ in 0..<selection { _ = reduce(&s, .keyPressed(.character("j"))) }
        return s
    }

    @Test func the_picker_lists_unread_and_total_marks_a_failing_feed_and_tells_when_the_selected_one_updated() {
        let lines = render(Self.picker(width: 50, height: 9)).lines
        // The list pane's borders show either side of the box.
        #expect(Array(lines[1...6]) == [
            "│┌─ 订阅 Feeds · R 更新 update ─────────────────┐│",
            "││  人民网 时政                             3/20││",
            "││! 新华网                                   0/0││",
            "││  澎湃新闻 The Paper, a name far too l… 12/120││",
            "││更新于 updated 2026-12-02 18:40               ││",
            "│└──────────────────────────────────────────────┘│",
        ])
    }

    @Test func on_a_failing_feed_the_last_line_is_its_error_and_the_mark_is_red_when_not_selected() {
        let buffer = render(Self.picker(width: 50, height: 9, selection: 1))
        #expect(buffer.lines[3] == "││! 新华网                                   0/0││")
        #expect(buffer.lines[5] == "││错误 error: HTTP 404 from http://127.0.0.1:80…││")
        #expect(buffer[2, 3].style == Theme.default.selection)
        #expect(buffer[2, 5].style == Theme.default.statusError)
        // Another feed selected: the mark keeps the error style, the row does not.
        let other = render(Self.picker(width: 50, height: 9, selection: 2))
        #expect(other[2, 3].style == Theme.default.statusError && other[4, 3].style == Theme.default.row)
        #expect(other[4, 4].style == Theme.default.selection)
    }

    @Test func more_feeds_than_rows_scroll_to_keep_the_selection_in_view() {
        let many = (0..<30).map { FeedRow(id: Int64($0), name: "订阅\($0)", unread: 0, total: $0) }
        let lines = render(Self.picker(width: 40, height: 8, feeds: many, selection: 9)).lines
        // Six rows for the box: three feeds and the detail line.
        #expect(Array(lines[0...6]) == [
            "┌┌─ 订阅 Feeds · R 更新 update ───────┐┐",
            "││  订阅7                          0/7││",
            "││  订阅8                          0/8││",
            "││  订阅9                          0/9││",
            "││未更新 never updated                ││",
            "│└────────────────────────────────────┘│",
            "└─[列表] 文章  相关 ───────────────────┘",
        ])
    }

    @Test func the_picker_says_when_it_is_loading_and_when_there_are_no_feeds() {
        #expect(render(Self.picker(width: 50, height: 9, feeds: nil)).lines[3].contains("加载中 loading…"))
        #expect(render(Self.picker(width: 50, height: 9, feeds: [])).lines[3]
                == "││（无订阅）no feeds: yuedu feed add URL        ││")
    }

    @Test func the_status_line_shows_the_update_until_it_ends_and_then_its_summary() {
        var s = Scene.list(width: 60, height: 8)
        _ = reduce(&s, .keyPressed(.character("R")))
        #expect(render(s).lines[7] == "更新 updating feeds… Esc 取消 cancel" + String(repeating: " ", count: 24))
        _ = reduce(&s, .feedUpdateProgressed(done: 12, total: 40))
        _ = reduce(&s, .keyPressed(.character("j")))  // a key clears messages, not the progress
        #expect(render(s).lines[7].hasPrefix("更新 updating 12/40… Esc 取消 cancel  "))
        _ = reduce(&s, .keyPressed(.character("R")))
        #expect(render(s).lines[7].hasPrefix("正在更新 already updating feeds (12/40)"))
        _ = reduce(&s, .feedsUpdated(FeedUpdateSummary(feeds: 40, updated: 38, failed: 2, newItems: 12)))
        let done = render(s)
        #expect(done.lines[7] == "更新完成 40 feeds: 12 new items, 2 failed (F shows why)     ")
        #expect(done[0, 7].style == Theme.default.statusError)
        _ = reduce(&s, .keyPressed(.character("k")))
        #expect(render(s).lines[7].hasPrefix("j/k move"))
    }

    @Test func a_feed_view_names_its_feed_in_the_list_header() {
        var s = Scene.list(width: 60, height: 8)
        _ = reduce(&s, .keyPressed(.character("F")))
        _ = reduce(&s, .feedsLoaded(Self.feeds))
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .pageLoaded(filter: .feed(1), offset: 0, rows: Array(Scene.mixedRows.prefix(3)), total: 3))
        #expect(render(s).lines[0].hasPrefix("┌─ 订阅 人民网 时政 3 · 全部 5 · 未读 2 · 收藏 2 "))
    }
}
