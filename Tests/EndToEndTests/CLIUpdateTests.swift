import Foundation
import Testing
import YueduStore
import YueduTestSupport

/// `yuedu update`: the real binary against real HTTP servers on loopback;
/// the feeds are added and read back through the store the binary writes.
@Suite struct CLIUpdateTests {
    static let direct = CLIWebPageTests.direct

    /// An RSS 2.0 feed whose items are (guid, title, link).
    static func rss(_ title: String, _ items: [(String, String, String)], ttl: Int? = nil) -> String {
        let entries = items.map { id, title, link in
            "<item><guid isPermaLink=\"false\">\(id)</guid><title>\(title)</title><link>\(link)</link>"
                + "<pubDate>Mon, 08 Jan 2024 09:30:00 +0800</pubDate><description>\(title)的摘要。</description></item>"
        }.joined()
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
            + "<link>https://news.example.cn/</link>\(ttl.map { "<ttl>\($0)</ttl>" } ?? "")\(entries)</channel></rss>"
    }

    static func feedRoute(_ text: String) -> FixtureRoute { .text(text, contentType: "application/rss+xml; charset=utf-8") }

    /// Feeds added straight through the store, the way `yuedu feed add` leaves them.
    static func add(_ urls: [URL], to cli: CLIRunner, fulltext: Bool = false) throws -> [FeedRecord] {
        let store = try LibraryStore.open(path: cli.libraryPath)
        return try urls.map { try store.addFeed(url: $0.absoluteString, name: nil, fulltext: fulltext, addedAt: LibraryStore.now()) }
    }

    static func feeds(in cli: CLIRunner) throws -> [FeedSummary] { try LibraryStore.open(path: cli.libraryPath).feeds() }

    static func update(_ cli: CLIRunner, _ arguments: [String] = []) throws -> CLIRunner.Result {
        try cli.run(["update", "--timeout", "2"] + arguments, environment: direct)
    }

    @Test func a_first_update_stores_every_feed_and_a_second_echoes_the_validators_and_gets_304s() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let etag = "W/\"a-1 \u{7248}\""  // a weak tag with a space and a non-ASCII byte: sent back byte for byte
        let modified = "Mon, 08 Jan 2024 01:30:00 GMT"
        let server = try LoopbackHTTPServer(routes: [
            "/a.xml": Self.feedRoute(Self.rss("甲", [("a1", "第一条", "https://news.example.cn/a/1"), ("a2", "第二条", "https://news.example.cn/a/2")]))
                .validated(etag: etag),
            "/b.xml": Self.feedRoute(Self.rss("乙", [("b1", "乙一", "https://news.example.cn/b/1")])).validated(lastModified: modified),
            "/c.xml": Self.feedRoute(Self.rss("丙", [("c1", "丙一", "https://news.example.cn/c/1")])).gzipped()
                .validated(etag: "\"c\"", lastModified: modified),
        ])
        let added = try Self.add([server.url("/a.xml"), server.url("/b.xml"), server.url("/c.xml")], to: cli)

        let first = try Self.update(cli)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "updated 3, not modified 0, skipped 0, failed 0, new items 4\n")
        #expect(first.stderr == "")  // not a terminal: no progress bar
        let stored = try Self.feeds(in: cli)
        #expect(stored.map(\.feed.title) == ["甲", "乙", "丙"])
        #expect(stored.map(\.total) == [2, 1, 1])
        #expect(stored.map(\.feed.etag) == [etag, nil, "\"c\""])
        #expect(stored.allSatisfy { $0.feed.lastError == nil && $0.feed.lastStatus == 200 })
        let shown = try cli.run(["show", "https://news.example.cn/c/1", "--json"])  // the gzipped feed's item, decoded
        #expect(shown.stdout.contains("丙一的摘要"), "\(shown.stderr)")

        let second = try Self.update(cli)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "updated 0, not modified 3, skipped 0, failed 0, new items 0\n")
        #expect(server.requests(path: "/a.xml").last?.header("If-None-Match") == etag)
        #expect(server.requests(path: "/a.xml").last?.header("If-Modified-Since") == nil)
        #expect(server.requests(path: "/b.xml").last?.header("If-Modified-Since") == modified)
        #expect(server.requests(path: "/c.xml").last?.header("If-None-Match") == "\"c\"")
        let answers = server.responses()
        #expect(answers.filter { $0.status == 304 }.map(\.path).sorted() == ["/a.xml", "/b.xml", "/c.xml"])
        #expect(answers.count == 6)
        #expect(try Self.feeds(in: cli).map(\.total) == [2, 1, 1])
        _ = added
    }

    @Test func an_rss_ttl_keeps_the_feed_fresh_so_the_next_update_skips_it_and_it_still_holds_after_a_304() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/ttl.xml": Self.feedRoute(Self.rss("有时限", [("t1", "九十分钟", "https://news.example.cn/t/1")], ttl: 90))
                .validated(etag: "\"t\""),
            "/plain.xml": Self.feedRoute(Self.rss("无时限", [("p1", "随时", "https://news.example.cn/p/1")])).validated(etag: "\"p\""),
        ])
        _ = try Self.add([server.url("/ttl.xml"), server.url("/plain.xml")], to: cli)
        let before = LibraryStore.now()
        let first = try Self.update(cli)
        #expect(first.stdout == "updated 2, not modified 0, skipped 0, failed 0, new items 2\n", "\(first.stderr)")
        let stored = try Self.feeds(in: cli)
        let until = try #require(stored[0].feed.freshUntil)
        #expect(until >= before + 90 * 60 && until <= LibraryStore.now() + 90 * 60)
        #expect(stored[1].feed.freshUntil == nil, "no ttl, no cache headers: due at once")

        // Without --force the fresh feed is not asked; the other is, and answers 304.
        let second = try Self.update(cli)
        #expect(second.stdout == "updated 0, not modified 1, skipped 1, failed 0, new items 0\n", "\(second.stderr)")
        #expect(server.requests(path: "/ttl.xml").count == 1 && server.requests(path: "/plain.xml").count == 2)

        // Forced, the ttl feed answers 304: no body to read its <ttl> from, yet it stays fresh for 90 minutes.
        let forcedAt = LibraryStore.now()
        let forced = try Self.update(cli, ["--force"])
        #expect(forced.stdout == "updated 0, not modified 2, skipped 0, failed 0, new items 0\n", "\(forced.stderr)")
        let renewed = try #require(try Self.feeds(in: cli)[0].feed.freshUntil)
        #expect(renewed >= forcedAt + 90 * 60 && renewed <= LibraryStore.now() + 90 * 60)
        let third = try Self.update(cli)
        #expect(third.stdout == "updated 0, not modified 1, skipped 1, failed 0, new items 0\n", "\(third.stderr)")
        #expect(server.requests(path: "/ttl.xml").count == 2)
    }

    @Test func a_301_moves_the_feed_and_a_302_does_not() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/old.xml": .redirect(to: "/new.xml", status: 301),
            "/new.xml": Self.feedRoute(Self.rss("搬家了", [("n1", "新址", "https://news.example.cn/n/1")])),
            "/here.xml": .redirect(to: "/today.xml", status: 302),
            "/today.xml": Self.feedRoute(Self.rss("暂时", [("t1", "今天", "https://news.example.cn/t/1")])),
        ])
        _ = try Self.add([server.url("/old.xml"), server.url("/here.xml")], to: cli)
        let first = try Self.update(cli)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Self.feeds(in: cli).map(\.feed.url) == [server.url("/new.xml").absoluteString, server.url("/here.xml").absoluteString])

        _ = try Self.update(cli, ["--force"])
        #expect(server.requests(path: "/old.xml").count == 1)  // the second update went straight to the new home
        #expect(server.requests(path: "/new.xml").count == 2)
        #expect(server.requests(path: "/here.xml").count == 2)
    }

    @Test func a_429_backs_off_until_its_retry_after_and_force_fetches_it_anyway() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/busy.xml": .body(Array("slow down".utf8), status: 429, headers: [("Retry-After", "3600")]),
            "/fine.xml": Self.feedRoute(Self.rss("好", [("f1", "好一", "https://news.example.cn/f/1")])),
        ])
        _ = try Self.add([server.url("/busy.xml"), server.url("/fine.xml")], to: cli)
        let before = LibraryStore.now()
        let first = try Self.update(cli)
        #expect(first.status == 1)
        #expect(first.stdout == "updated 1, not modified 0, skipped 0, failed 1, new items 1\n")
        #expect(first.stderr.hasPrefix("\(server.url("/busy.xml").absoluteString): the server answered HTTP 429; backing off until "),
                "\(first.stderr)")
        let busy = try #require(try Self.feeds(in: cli).first?.feed)
        #expect(busy.lastStatus == 429 && busy.lastError?.contains("HTTP 429") == true)
        let until = try #require(busy.retryAfterUntil)
        #expect(until >= before + 3600 && until <= LibraryStore.now() + 3600)

        let second = try Self.update(cli, ["--json"])
        #expect(second.status == 0, "\(second.stderr)")  // nothing failed this time: the backing-off feed was not asked
        let object = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(object["skipped"] as? Int == 1 && object["failed"] as? Int == 0)
        let results = try #require(object["feeds"] as? [[String: Any]])
        #expect(results.first?["outcome"] as? String == "skipped")
        #expect(results.first?["skipped_until"] as? Int64 == until)
        #expect(server.requests(path: "/busy.xml").count == 1)
        // The failure stays on its feed until a success.
        #expect(try Self.feeds(in: cli).first?.feed.lastError?.contains("HTTP 429") == true)

        let forced = try Self.update(cli, ["--force"])
        #expect(forced.status == 1)
        #expect(server.requests(path: "/busy.xml").count == 2)
    }

    @Test func a_server_that_never_answers_times_out_while_the_others_finish_and_are_stored() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/stall.xml": .stall,
            "/one.xml": Self.feedRoute(Self.rss("一", [("o1", "一一", "https://news.example.cn/o/1")])),
            "/two.xml": Self.feedRoute(Self.rss("二", [("w1", "二一", "https://news.example.cn/w/1")])).delayed(by: 0.3),
        ])
        _ = try Self.add([server.url("/stall.xml"), server.url("/one.xml"), server.url("/two.xml")], to: cli)
        let start = Date()
        let result = try cli.run(["update", "--timeout", "1"], environment: Self.direct)
        #expect(Date().timeIntervalSince(start) < 6)
        #expect(result.status == 1)
        #expect(result.stdout == "updated 2, not modified 0, skipped 0, failed 1, new items 2\n")
        // The time is as measured ("1 s", "1.0 s"); the line names the feed's URL once.
        #expect(result.stderr.hasPrefix("\(server.url("/stall.xml").absoluteString): timed out after 1"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(" s\n") && result.stderr.split(separator: "\n").count == 1)
        let feeds = try Self.feeds(in: cli)
        #expect(feeds.map(\.total) == [0, 1, 1])
        #expect(feeds[0].feed.lastStatus == nil && feeds[0].feed.lastError?.hasPrefix("timed out after 1") == true)
        #expect(feeds[0].feed.lastAttemptAt != nil && feeds[0].feed.lastSuccessAt == nil)

        // Once it answers, its failure is gone.
        try server.setRoutes(["/stall.xml": Self.feedRoute(Self.rss("醒了", [("s1", "醒一", "https://news.example.cn/s/1")]))])
        let later = try Self.update(cli, ["--force", server.url("/stall.xml").absoluteString])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout == "updated 1, not modified 0, skipped 0, failed 0, new items 1\n")
        let woken = try #require(try Self.feeds(in: cli).first)
        #expect(woken.feed.lastError == nil && woken.feed.title == "醒了" && woken.total == 1)
    }

    @Test func an_interrupt_during_an_update_keeps_the_feeds_stored_and_a_sound_library() throws {
        // Given two feeds that answer at once and one that never answers
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/stall.xml": .stall,
            "/one.xml": Self.feedRoute(Self.rss("一", [("o1", "一一", "https://news.example.cn/o/1")])),
            "/two.xml": Self.feedRoute(Self.rss("二", [("w1", "二一", "https://news.example.cn/w/1"),
                                                       ("w2", "二二", "https://news.example.cn/w/2")])),
        ])
        _ = try Self.add([server.url("/stall.xml"), server.url("/one.xml"), server.url("/two.xml")], to: cli)
        // When an update is under way, the two stored and the third still waiting, and Ctrl-C arrives
        let update = try BackgroundProcess([CLIRunner.binary.path, "update", "--library", cli.libraryPath, "--timeout", "60"],
                                           environment: Self.direct)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, (try? Self.feeds(in: cli).map(\.total)) != [0, 1, 2] { usleep(50_000) }
        #expect(try Self.feeds(in: cli).map(\.total) == [0, 1, 2])
        #expect(server.requests(path: "/stall.xml").count == 1)
        kill(update.pid, SIGINT)
        // Then it stops at once, as interrupted
        #expect(update.wait() == 128 + SIGINT)
        // and what it stored is all there, the waiting feed as before, and the library sound
        let feeds = try Self.feeds(in: cli)
        #expect(feeds.map(\.total) == [0, 1, 2])
        #expect(feeds.map { $0.feed.lastSuccessAt != nil } == [false, true, true])
        #expect(feeds[0].feed.lastAttemptAt == nil)
        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        #expect(try cli.run(["search", "二二"]).stdout.contains("二二"))
        // and the next update fetches the one it never finished
        try server.setRoutes(["/stall.xml": Self.feedRoute(Self.rss("醒了", [("s1", "醒一", "https://news.example.cn/s/1")]))])
        let later = try Self.update(cli, [server.url("/stall.xml").absoluteString])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(try Self.feeds(in: cli).map(\.total) == [1, 1, 2])
    }

    @Test func a_fulltext_feed_stores_each_new_items_page_and_a_failing_page_keeps_its_summary() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer()
        let good = server.url("/news/1.html").absoluteString, missing = server.url("/news/2.html").absoluteString
        try server.setRoutes([
            "/full.xml": Self.feedRoute(Self.rss("全文", [("p1", "长江流域今年首场春汛平稳通过", good), ("p2", "找不到", missing)])),
            "/news/1.html": .text(CLIWebPageTests.page()),
        ])
        _ = try Self.add([server.url("/full.xml")], to: cli, fulltext: true)
        let result = try Self.update(cli)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "updated 1, not modified 0, skipped 0, failed 0, new items 2\n")
        #expect(result.stderr.contains("\(missing): the server answered HTTP 404; the feed's summary is kept"), "\(result.stderr)")
        let store = try LibraryStore.open(path: cli.libraryPath)
        let page = try #require(try store.detail(key: good))
        #expect(page.article.paragraphs.first?.hasPrefix("本报武汉3月18日电") == true)
        #expect(page.article.paragraphs.count == 3)
        #expect(try #require(try store.detail(key: missing)).article.paragraphs == ["找不到的摘要。"])

        // A second update fetches no page again: both items are known.
        _ = try Self.update(cli, ["--force"])
        #expect(server.requests(path: "/news/1.html").count == 1 && server.requests(path: "/news/2.html").count == 1)
        #expect(try #require(try store.detail(key: good)).article.paragraphs.count == 3)
    }

    @Test func a_truncated_feed_keeps_what_parsed_and_is_marked_failed() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let full = Self.rss("断了", [("x1", "完整的一条", "https://news.example.cn/x/1"), ("x2", "断掉的一条", "https://news.example.cn/x/2")])
        let cut = String(full[..<full.range(of: "<item><guid isPermaLink=\"false\">x2")!.lowerBound]) + "<it"
        let server = try LoopbackHTTPServer(routes: ["/cut.xml": Self.feedRoute(cut).validated(etag: "\"cut\"")])
        _ = try Self.add([server.url("/cut.xml")], to: cli)
        let result = try Self.update(cli)
        #expect(result.status == 1)
        #expect(result.stdout == "updated 0, not modified 0, skipped 0, failed 1, new items 1\n")
        #expect(result.stderr.hasPrefix("\(server.url("/cut.xml").absoluteString): the feed breaks off: "), "\(result.stderr)")
        let feed = try #require(try Self.feeds(in: cli).first)
        #expect(feed.total == 1 && feed.feed.lastError?.hasPrefix("the feed breaks off") == true)
        #expect(feed.feed.etag == nil)  // not kept: the next update must fetch it whole, not get a 304
    }

    @Test func an_unknown_feed_name_is_an_error_and_nothing_is_fetched() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try Self.update(cli, ["no-such-feed"])
        #expect(result.status == 1)
        #expect(result.stderr == "no-such-feed: no such feed (give its id, URL or name; see yuedu feed list)\n")
        let none = try Self.update(cli)
        #expect(none.status == 0 && none.stdout == "updated 0, not modified 0, skipped 0, failed 0, new items 0\n")
    }
}
