import Foundation
import Testing
@testable import YueduApp
import YueduCore
import YueduFetch
import YueduModel
import YueduStore
import YueduTestSupport

/// Feeds in the reader against a real temporary library and a real HTTP
/// server on loopback: the runner's answers to `.loadFeeds` and
/// `.updateFeeds`, the background update and its cancel, and the whole
/// event loop updating with `R` while keys keep working.
@Suite struct ReaderFeedRunnerTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    let client = HTTPClient(environment: [:])  // loopback never goes through a proxy

    /// An RSS 2.0 feed; item `n` is dated 2024-03-n 09:00 +08:00.
    static func rss(_ title: String, items: [(id: String, title: String, day: Int)]) -> FixtureRoute {
        let body = items.map { item in
            "<item><guid>\(item.id)</guid><title>\(item.title)</title><link>https://example.cn/\(item.id)</link>"
                + "<pubDate>\(String(format: "%02d", item.day)) Mar 2024 09:00:00 +0800</pubDate>"
                + "<description>\(item.title)的摘要。</description></item>"
        }.joined()
        return .text("<rss version=\"2.0\"><channel><title>\(title)</title><link>https://example.cn/</link>\(body)</channel></rss>",
                     contentType: "application/rss+xml; charset=utf-8")
    }

    static let people = rss("人民网 时政", items: [("p1", "长江流域今年首场春汛平稳通过", 1), ("p2", "汉江水位回落至警戒线以下", 2)])

    @Test func load_feeds_answers_each_feeds_name_counts_error_and_local_update_time() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let store = try library.open()
        let a = try store.addFeed(url: "http://127.0.0.1:9/a.xml", name: "要闻", fulltext: false, addedAt: 1)
        let b = try store.addFeed(url: "http://127.0.0.1:9/b.xml", name: nil, fulltext: false, addedAt: 1)
        var article = sampleArticle(1)
        article.url = "https://example.cn/1"
        _ = try store.storeFeedItems(feedID: a.id, [FeedItem(itemID: "1", article: article),
                                                    FeedItem(itemID: "2", article: sampleArticle(2))], importedAt: 2)
        try store.setRead(key: "a2", true)
        try store.recordFeedAttempt(feedID: a.id, FeedAttempt(at: 1_764_700_800, status: 200))  // 2025-12-02 18:40 UTC
        try store.recordFeedAttempt(feedID: b.id, FeedAttempt(at: 1_764_700_900, status: 404, error: "HTTP 404"))
        let runner = EffectRunner(store: store)
        let local = EffectRunner.localDate(1_764_700_800, timeZone: .current)
        #expect(runner.perform(.loadFeeds) == .feedsLoaded([
            FeedRow(id: a.id, name: "要闻", unread: 1, total: 2, lastError: nil, lastUpdate: local),
            FeedRow(id: b.id, name: "http://127.0.0.1:9/b.xml", unread: 0, total: 0, lastError: "HTTP 404", lastUpdate: nil),
        ]))
        // The time is the reader's own: 18:40 UTC is 02:40 the next day in Beijing.
        let beijing = try #require(TimeZone(secondsFromGMT: 8 * 3600))
        #expect(try runner.feedRows(timeZone: beijing)[0].lastUpdate?.displayString == "2025-12-03 02:40")
    }

    @Test func update_feeds_stores_new_items_reports_progress_in_order_and_keeps_a_failure_on_its_feed() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: [
            "/people.xml": Self.people,
            "/slow.xml": Self.rss("澎湃新闻", items: [("s1", "洞庭湖区启动春季水质监测", 3)]).delayed(by: 0.5),
            "/gone.xml": .text("no", status: 404),
        ])
        let store = try library.open()
        for path in ["/people.xml", "/slow.xml", "/gone.xml"] {
            _ = try store.addFeed(url: server.url(path).absoluteString, name: nil, fulltext: false, addedAt: 1)
        }
        let runner = EffectRunner(store: store)
        let progress = Progress()
        let answer = runner.updateFeeds(client: client, progress: { progress.append($0, $1) })
        #expect(answer == .feedsUpdated(FeedUpdateSummary(feeds: 3, updated: 2, failed: 1, newItems: 3)))
        #expect(progress.seen == [[1, 3], [2, 3], [3, 3]])
        // The items are in the library, in their feed's view, newest first.
        let feeds = try runner.feedRows()
        #expect(feeds.map(\.name) == ["人民网 时政", "澎湃新闻", server.url("/gone.xml").absoluteString])
        #expect(feeds.map(\.unread) == [2, 1, 0] && feeds.map(\.total) == [2, 1, 0])
        #expect(feeds[2].lastError?.contains("404") == true && feeds[0].lastError == nil && feeds[0].lastUpdate != nil)
        guard case .pageLoaded(_, _, let rows, let total)? = runner.perform(.loadPage(filter: .feed(feeds[0].id), offset: 0, limit: 50))
        else { Issue.record("no page"); return }
        #expect(total == 2 && rows.map(\.title) == ["汉江水位回落至警戒线以下", "长江流域今年首场春汛平稳通过"])
        // A second update finds nothing new.
        #expect(runner.updateFeeds(client: client) == .feedsUpdated(FeedUpdateSummary(feeds: 3, updated: 2, failed: 1, newItems: 0)))
    }

    @Test func a_library_with_no_feeds_updates_at_once_with_nothing_to_say_but_that() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        #expect(EffectRunner(store: try library.open()).updateFeeds(client: client) == .feedsUpdated(FeedUpdateSummary(feeds: 0)))
    }

    @Test func the_background_update_hands_over_the_latest_progress_then_its_end_and_runs_once_at_a_time() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: [
            "/people.xml": Self.people, "/slow.xml": Self.rss("慢", items: [("s1", "慢的一条", 3)]).delayed(by: 1.0),
        ])
        let store = try library.open()
        for path in ["/people.xml", "/slow.xml"] { _ = try store.addFeed(url: server.url(path).absoluteString, name: nil, fulltext: false, addedAt: 1) }
        let runner = EffectRunner(store: store)
        let updates = BackgroundFeedUpdate { cancellation, progress in
            runner.updateFeeds(client: client, cancellation: cancellation, progress: progress)
        }
        #expect(updates.start())
        #expect(!updates.start(), "a second update waits for the first")
        let first = try wait(for: updates, seconds: 5) { $0.contains(.feedUpdateProgressed(done: 1, total: 2)) }
        #expect(first == [.feedUpdateProgressed(done: 1, total: 2)], "the fast feed, while the slow one waits")
        #expect(updates.isBusy)
        let rest = try wait(for: updates, seconds: 10) { $0.contains { if case .feedsUpdated = $0 { true } else { false } } }
        #expect(rest == [.feedUpdateProgressed(done: 2, total: 2),
                         .feedsUpdated(FeedUpdateSummary(feeds: 2, updated: 2, newItems: 3))])
        #expect(!updates.isBusy && updates.collect().isEmpty)
        #expect(updates.start(), "once it is over, R starts another")
        _ = try wait(for: updates, seconds: 10) { $0.contains { if case .feedsUpdated = $0 { true } else { false } } }
    }

    @Test func a_cancelled_update_stops_between_two_feeds_and_the_cancel_waits_no_longer_than_its_bound() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: [
            "/one.xml": Self.rss("一", items: [("o1", "第一条", 1)]).delayed(by: 1.0),
            "/two.xml": Self.rss("二", items: [("t1", "第二条", 2)]).delayed(by: 1.0),
        ])
        let store = try library.open()
        for path in ["/one.xml", "/two.xml"] { _ = try store.addFeed(url: server.url(path).absoluteString, name: nil, fulltext: false, addedAt: 1) }
        let runner = EffectRunner(store: store)
        let updates = BackgroundFeedUpdate { cancellation, progress in
            runner.updateFeeds(client: client, cancellation: cancellation, progress: progress)
        }
        updates.start()
        Thread.sleep(forTimeInterval: 0.2)  // both transfers under way
        let cancelledAt = Date()
        updates.cancel(waitingAtMost: 0.3)
        #expect(Date().timeIntervalSince(cancelledAt) < 0.8, "the bound, not the feeds, decides")
        // The cancel ended both transfers: nothing is stored, and the update parked at its first feed's end.
        Thread.sleep(forTimeInterval: 2.0)
        #expect(try store.count(.all) == 0)
        #expect(updates.collect() == [.feedUpdateProgressed(done: 1, total: 2)])
        #expect(try store.feeds().allSatisfy { $0.feed.lastAttemptAt == nil }, "a cancel is no failure of a feed")
        #expect(!updates.start(), "nothing starts after a quit")
        #expect(try library.open().checkHealth().isHealthy, "what it stored is whole, index included")
    }

    @Test func stopping_an_update_ends_its_transfers_at_once_keeps_what_it_stored_and_R_can_start_again() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: ["/people.xml": Self.people, "/stall.xml": .stall])
        let store = try library.open()
        for path in ["/people.xml", "/stall.xml"] { _ = try store.addFeed(url: server.url(path).absoluteString, name: nil, fulltext: false, addedAt: 1) }
        let runner = EffectRunner(store: store)
        let updates = BackgroundFeedUpdate { cancellation, progress in
            runner.updateFeeds(client: client, cancellation: cancellation, progress: progress)
        }
        #expect(updates.start())
        _ = try wait(for: updates, seconds: 5) { $0.contains(.feedUpdateProgressed(done: 1, total: 2)) }
        let stoppedAt = Date()
        updates.stop()
        let answers = try wait(for: updates, seconds: 5) { $0.contains { if case .feedsUpdated = $0 { true } else { false } } }
        #expect(Date().timeIntervalSince(stoppedAt) < 1, "the stalled transfer ended at the stop, not at its 30 s timeout")
        #expect(answers.last == .feedsUpdated(FeedUpdateSummary(feeds: 2, updated: 1, cancelled: 1, newItems: 2)))
        let feeds = try store.feeds()
        #expect(feeds.map(\.total) == [2, 0])
        #expect(feeds[1].feed.lastAttemptAt == nil && feeds[1].feed.lastError == nil, "a cancel is no failure of the feed")
        #expect(updates.start(), "R starts another")
        updates.stop()
        _ = try wait(for: updates, seconds: 5) { $0.contains { if case .feedsUpdated = $0 { true } else { false } } }
    }

    @Test func a_stopped_update_starts_no_feed_it_had_not_started() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: ["/stall.xml": .stall, "/people.xml": Self.people])
        let store = try library.open()
        for path in ["/stall.xml", "/people.xml"] { _ = try store.addFeed(url: server.url(path).absoluteString, name: nil, fulltext: false, addedAt: 1) }
        let cancellation = FetchCancellation()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { cancellation.cancel() }
        // One at a time: the stalled feed holds the only slot until the cancel.
        let answer = EffectRunner(store: store).updateFeeds(client: client, settings: FeedUpdateSettings(width: 1), cancellation: cancellation)
        #expect(answer == .feedsUpdated(FeedUpdateSummary(feeds: 2, cancelled: 2)))
        #expect(server.requests(path: "/people.xml").isEmpty)
        #expect(try store.feeds().allSatisfy { $0.feed.lastAttemptAt == nil })
    }

    @MainActor
    @Test func the_event_loop_updates_on_R_answers_keys_meanwhile_and_shows_the_new_items_and_the_picker() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: [
            "/people.xml": Self.people,
            "/slow.xml": Self.rss("澎湃新闻", items: [("s1", "洞庭湖区启动春季水质监测", 3)]).delayed(by: 1.5),
            "/gone.xml": .text("no", status: 404),
        ])
        let store = try library.open()
        for path in ["/people.xml", "/slow.xml", "/gone.xml"] {
            _ = try store.addFeed(url: server.url(path).absoluteString, name: nil, fulltext: false, addedAt: 1)
        }
        let terminal = ScriptedTerminal(width: 100, height: 24, script: [
            .idle, .key("R"),
            .idleUntil(seconds: 5) { $0.last?.contains("更新 updating 2/3") == true },
            // The slow feed is still on its way: help opens and closes.
            .key("?"), .idleUntil(seconds: 1) { $0.contains { $0.contains("帮助 Help") } }, .key(.escape),
            .idleUntil(seconds: 10) { $0.last?.contains("更新完成 3 feeds: 3 new items, 1 failed (F shows why)") == true },
            .key("F"), .idleUntil(seconds: 2) { $0.contains { $0.contains("订阅 Feeds") } },
            .key(.enter), .idleUntil(seconds: 2) { $0.first?.contains("订阅 人民网 时政 2") == true },
        ])
        ReaderRuntime(store: store, terminal: terminal, theme: .monochrome, fetchClient: client).run(startupMessage: nil)
        #expect(terminal.errors.isEmpty, "\(terminal.errors)")
        let frames = terminal.frames.map(\.lines)
        // Help was drawn while the status line still counted feeds.
        #expect(frames.contains { $0.contains { $0.contains("帮助 Help") } && $0.last?.hasPrefix("更新 updating 2/3") == true })
        // After the update, all three items are in the list (newest first), without a restart.
        let done = try #require(frames.first { $0.last?.hasPrefix("更新完成") == true })
        let rows = done.joined(separator: "\n")
        #expect(rows.contains("洞庭湖区启动") && rows.contains("汉江水位回落") && rows.contains("长江流域今年"), "\(done)")
        #expect(try #require(rows.range(of: "洞庭湖区")).lowerBound < rows.range(of: "汉江水位")!.lowerBound)
        // The picker: unread/total per feed, the failing one marked, the first one's update time below.
        let picker = try #require(frames.first { $0.contains { $0.contains("订阅 Feeds") } && !$0.contains { $0.contains("加载中") } })
            .joined(separator: "\n")
        #expect(picker.contains("人民网 时政") && picker.contains("2/2") && picker.contains("澎湃新闻") && picker.contains("1/1"))
        #expect(picker.contains("! " + server.url("/gone.xml").absoluteString.prefix(20)))
        #expect(picker.contains("更新于 updated "))
        // Enter showed the first feed's two articles.
        #expect(try store.count(.feed(try #require(try store.feeds().first?.feed.id))) == 2)
    }

    private func wait(for updates: BackgroundFeedUpdate, seconds: Double, until done: ([Action]) -> Bool) throws -> [Action] {
        var answers: [Action] = []
        let end = Date().addingTimeInterval(seconds)
        while !done(answers), Date() < end {
            answers += updates.collect()
            usleep(10_000)
        }
        try #require(done(answers), "answers: \(answers)")
        return answers
    }
}

/// (done, total) pairs as the update reports them, from its thread.
private final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var pairs: [[Int]] = []
    func append(_ done: Int, _ total: Int) { lock.lock(); pairs.append([done, total]); lock.unlock() }
    var seen: [[Int]] { lock.lock(); defer { lock.unlock() }; return pairs }
}
