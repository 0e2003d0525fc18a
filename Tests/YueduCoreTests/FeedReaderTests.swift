import Testing
@testable import YueduCore
import YueduModel

/// Feeds in the reader, as the reducer sees them: `F` and its picker, a
/// feed's list view, and `R`'s background update from start to summary.
@Suite struct FeedReaderTests {
    init() { _ = TestLocale.ready }

    static let feeds = [
        FeedRow(id: 1, name: "人民网 时政", unread: 3, total: 20, lastUpdate: PublishedDate(year: 2026, month: 12, day: 2, hour: 18, minute: 40)),
        FeedRow(id: 4, name: "新华网", unread: 0, total: 0, lastError: "the server answered HTTP 404"),
        FeedRow(id: 7, name: "澎湃新闻", unread: 12, total: 12),
    ]

    @Test func F_loads_the_feeds_into_a_picker_and_enter_shows_that_feed_newest_first() {
        var s = Fixture.state()
        #expect(reduce(&s, .keyPressed(.character("F"))) == [.loadFeeds])
        #expect(s.feedPicker == FeedPicker() && s.keyContext == .feedPicker)
        #expect(reduce(&s, .feedsLoaded(Self.feeds)) == [])
        #expect(s.feedPicker == FeedPicker(feeds: Self.feeds, selection: 0))
        _ = reduce(&s, .keyPressed(.character("j")))
        _ = reduce(&s, .keyPressed(.character("j")))
        #expect(reduce(&s, .keyPressed(.enter)) == [.loadPage(filter: .feed(7), offset: 0, limit: ListWindow.pageSize)])
        #expect(s.overlay == nil && s.view == .feed(id: 7, name: "澎湃新闻") && s.view.title == "订阅 澎湃新闻")
        // The feed's page is the one the list takes; an answer for another view is not.
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: Fixture.summaries(0..<5), total: 5))
        #expect(!s.list.isLoaded)
        _ = reduce(&s, .pageLoaded(filter: .feed(7), offset: 0, rows: Fixture.summaries(0..<12), total: 12))
        #expect(s.list.total == 12 && s.selectedSummary?.key == "k0")
        // v leaves the feed for all, as it leaves a site.
        #expect(reduce(&s, .keyPressed(.character("v"))) == [.loadPage(filter: .all, offset: 0, limit: ListWindow.pageSize)])
    }

    @Test func the_picker_opens_on_the_feed_the_list_shows_and_esc_closes_it() {
        var s = Fixture.state(view: .feed(id: 4, name: "新华网"))
        _ = reduce(&s, .keyPressed(.character("F")))
        _ = reduce(&s, .feedsLoaded(Self.feeds))
        #expect(s.feedPicker?.selection == 1 && s.feedPicker?.selectedFeed?.lastError == "the server answered HTTP 404")
        #expect(reduce(&s, .keyPressed(.escape)) == [])
        #expect(s.overlay == nil && s.view == .feed(id: 4, name: "新华网"))
        // An answer for a picker already closed opens nothing.
        _ = reduce(&s, .feedsLoaded(Self.feeds))
        #expect(s.overlay == nil)
    }

    @Test func enter_in_a_picker_without_feeds_does_nothing() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("F")))
        #expect(reduce(&s, .keyPressed(.enter)) == [])  // still loading
        _ = reduce(&s, .feedsLoaded([]))
        #expect(reduce(&s, .keyPressed(.enter)) == [])
        #expect(s.feedPicker == FeedPicker(feeds: [], selection: 0) && s.view == .all)
    }

    @Test func R_starts_one_update_keys_keep_working_and_a_second_R_only_says_so() {
        var s = Fixture.state()
        #expect(reduce(&s, .keyPressed(.character("R"))) == [.updateFeeds])
        #expect(s.feedUpdate == FeedUpdateRun() && s.feedUpdate?.label == "更新 updating feeds… Esc 取消 cancel" && s.status == nil)
        #expect(reduce(&s, .keyPressed(.character("R"))) == [])
        #expect(s.status == StatusMessage("正在更新 already updating feeds (starting)"))
        _ = reduce(&s, .feedUpdateProgressed(done: 12, total: 40))
        #expect(s.feedUpdate == FeedUpdateRun(done: 12, total: 40) && s.feedUpdate?.label == "更新 updating 12/40… Esc 取消 cancel")
        // The reader answers keys meanwhile, and they do not end the update.
        _ = reduce(&s, .keyPressed(.character("j")))
        #expect(s.selection == 1 && s.feedUpdate != nil)
        #expect(reduce(&s, .keyPressed(.enter)) == [.openArticle(key: "k1")])
        #expect(reduce(&s, .keyPressed(.character("R"))) == [])
        #expect(s.status == StatusMessage("正在更新 already updating feeds (12/40)"))
        // R in the picker is the same R.
        _ = reduce(&s, .keyPressed(.character("F")))
        #expect(reduce(&s, .keyPressed(.character("R"))) == [])
        #expect(s.feedPicker != nil && s.status?.text.hasPrefix("正在更新") == true)
    }

    @Test func esc_cancels_a_running_update_once_and_its_answer_says_how_far_it_got() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("R")))
        _ = reduce(&s, .feedUpdateProgressed(done: 12, total: 40))
        #expect(reduce(&s, .keyPressed(.escape)) == [.cancelFeedUpdate])
        #expect(s.feedUpdate == FeedUpdateRun(done: 12, total: 40, cancelling: true))
        #expect(s.feedUpdate?.label == "更新 updating 12/40, 取消中 cancelling…")
        // Until its answer comes: a second Esc asks nothing more, progress keeps the cancel, R waits.
        #expect(reduce(&s, .keyPressed(.escape)) == [])
        _ = reduce(&s, .feedUpdateProgressed(done: 13, total: 40))
        #expect(s.feedUpdate == FeedUpdateRun(done: 13, total: 40, cancelling: true))
        #expect(reduce(&s, .keyPressed(.character("R"))) == [])
        let summary = FeedUpdateSummary(feeds: 40, updated: 10, notModified: 3, cancelled: 27, newItems: 30)
        #expect(reduce(&s, .feedsUpdated(summary)) == [.loadCounts, .loadPage(filter: .all, offset: 0, limit: ListWindow.pageSize)])
        #expect(s.feedUpdate == nil)
        #expect(s.status == StatusMessage("已取消更新 update cancelled after 13 of 40 feeds: 30 new items, 3 not modified"))
        #expect(reduce(&s, .keyPressed(.character("R"))) == [.updateFeeds])
    }

    @Test func esc_cancels_a_page_fetch_before_the_update_and_leaves_a_search_before_either() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("R")))
        s.fetch = PendingFetch(url: "https://example.cn/x")
        #expect(reduce(&s, .keyPressed(.escape)) == [.cancelFetch(url: "https://example.cn/x")])
        #expect(s.feedUpdate?.cancelling == false)
        s.view = .search("长江")
        #expect(reduce(&s, .keyPressed(.escape)) == [.loadPage(filter: .all, offset: 0, limit: ListWindow.pageSize)])
        #expect(s.view == .all && s.feedUpdate?.cancelling == false)
        #expect(reduce(&s, .keyPressed(.escape)) == [.cancelFeedUpdate])
    }

    @Test func the_end_of_an_update_says_what_came_and_reloads_the_list_keeping_the_selected_article() {
        var s = Fixture.state(total: 50)
        _ = reduce(&s, .keyPressed(.character("R")))
        for _ in 0..<3 { _ = reduce(&s, .keyPressed(.character("j"))) }
        #expect(s.selectedSummary?.key == "k3")
        let summary = FeedUpdateSummary(feeds: 40, updated: 5, notModified: 33, failed: 2, newItems: 12)
        #expect(reduce(&s, .feedsUpdated(summary)) == [.loadCounts, .loadPage(filter: .all, offset: 0, limit: ListWindow.pageSize)])
        #expect(s.feedUpdate == nil)
        #expect(s.status == StatusMessage("更新完成 40 feeds: 12 new items, 33 not modified, 2 failed (F shows why)", isError: true))
        // Twelve new items above it: the selection follows k3 down to row 15.
        let rows = (100..<112).map { Fixture.summary($0) } + Fixture.summaries(0..<50)
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: rows, total: 62))
        #expect(s.list.total == 62 && s.selection == 15 && s.selectedSummary?.key == "k3")
        // A late answer from an update already over changes nothing.
        let before = s
        #expect(reduce(&s, .feedUpdateProgressed(done: 40, total: 40)) == [])
        #expect(reduce(&s, .feedsUpdated(summary)) == [])
        #expect(s == before)
    }

    @Test func an_update_ending_with_the_picker_open_reloads_its_counts_and_keeps_its_feed() {
        var s = Fixture.state(view: .feed(id: 7, name: "澎湃新闻"))
        _ = reduce(&s, .keyPressed(.character("F")))
        _ = reduce(&s, .feedsLoaded(Self.feeds))
        #expect(reduce(&s, .keyPressed(.character("R"))) == [.updateFeeds])
        _ = reduce(&s, .keyPressed(.character("k")))  // on 新华网 now
        let effects = reduce(&s, .feedsUpdated(FeedUpdateSummary(feeds: 3, updated: 3, newItems: 1)))
        #expect(effects == [.loadCounts, .loadPage(filter: .feed(7), offset: 0, limit: ListWindow.pageSize), .loadFeeds])
        #expect(s.status == StatusMessage("更新完成 3 feeds: 1 new item"))
        // A new feed sorted in before it: the selection stays on 新华网.
        let reloaded = [FeedRow(id: 0, name: "中国新闻网", unread: 1, total: 1)] + Self.feeds
        _ = reduce(&s, .feedsLoaded(reloaded))
        #expect(s.feedPicker?.selectedFeed?.id == 4)
    }

    @Test func an_update_the_library_stopped_says_why_and_shows_what_it_stored() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("R")))
        #expect(reduce(&s, .feedUpdateFailed(message: "disk I/O error")) == [.loadCounts, .loadPage(filter: .all, offset: 0, limit: ListWindow.pageSize)])
        #expect(s.feedUpdate == nil)
        #expect(s.status == StatusMessage("更新失败 feed update failed: disk I/O error", isError: true))
        #expect(reduce(&s, .keyPressed(.character("R"))) == [.updateFeeds])  // and R starts again
    }

    @Test(arguments: [
        (FeedUpdateSummary(feeds: 0), StatusMessage("没有订阅 no feeds: add one with yuedu feed add URL")),
        (FeedUpdateSummary(feeds: 1, updated: 1), StatusMessage("更新完成 1 feed: 0 new items")),
        (FeedUpdateSummary(feeds: 9, updated: 2, notModified: 3, skipped: 4, newItems: 1),
         StatusMessage("更新完成 9 feeds: 1 new item, 3 not modified, 4 skipped")),
        (FeedUpdateSummary(feeds: 2, failed: 2), StatusMessage("更新完成 2 feeds: 0 new items, 2 failed (F shows why)", isError: true)),
        (FeedUpdateSummary(feeds: 3, updated: 1, failed: 1, cancelled: 1, newItems: 2),
         StatusMessage("已取消更新 update cancelled after 2 of 3 feeds: 2 new items, 1 failed (F shows why)", isError: true)),
    ])
    func the_summary_names_new_items_first_and_leaves_out_what_did_not_happen(_ summary: FeedUpdateSummary, _ message: StatusMessage) {
        #expect(AppState.statusMessage(for: summary) == message)
    }

    @Test func a_feed_view_is_saved_with_the_session_and_restored_from_its_feed() {
        let s = Fixture.state(view: .feed(id: 7, name: "澎湃新闻"))
        let snapshot = s.snapshot
        #expect(snapshot.view == .feed(id: 7, name: "澎湃新闻"))
        var restored = AppState(width: 120, height: 40)
        #expect(restored.restore(from: snapshot).contains(.loadPage(filter: .feed(7), offset: 0, limit: ListWindow.pageSize)))
        #expect(restored.view.title == "订阅 澎湃新闻")
    }

    @Test func quitting_while_an_update_runs_saves_and_quits_as_ever() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("R")))
        #expect(reduce(&s, .keyPressed(.character("q"))) == [.saveSession(s.snapshot), .quit])
    }
}
