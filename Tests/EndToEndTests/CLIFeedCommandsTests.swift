import Foundation
import Testing
import YueduModel
import YueduStore
import YueduTestSupport

/// `yuedu feed add|list|remove|set|import-opml|export-opml`: the real
/// binary on a temporary library, feeds served from loopback.
@Suite struct CLIFeedCommandsTests {
    static let rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>环球 &amp; 科技</title><link>https://news.example.cn/</link>
        <item><title>第一篇</title><link>https://news.example.cn/1</link><guid>1</guid><description>摘要。</description></item>
        <item><title>第二篇</title><link>https://news.example.cn/2</link><guid>2</guid><description>摘要。</description></item>
        </channel></rss>
        """

    /// `yuedu feed SUB --library <temporary library> ARGS…`.
    private func feed(_ cli: CLIRunner, _ arguments: [String], stdin: String? = nil) throws -> CLIRunner.Result {
        try cli.run(["feed", arguments[0], "--library", cli.libraryPath] + arguments.dropFirst(), stdin: stdin,
                    environment: CLIWebPageTests.direct, library: false)
    }

    @Test func adding_a_feed_url_stores_it_with_its_title_and_adding_it_again_is_an_error() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: ["/rss.xml": .text(Self.rss, contentType: "application/rss+xml")])
        let url = server.url("/rss.xml").absoluteString
        let added = try feed(cli, ["add", url])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "added feed 1: 环球 & 科技 <\(url)> (RSS, 2 entries; `yuedu update` fetches them)\n")
        let again = try feed(cli, ["add", "--name", "别名", url])
        #expect(again.status == 1)
        #expect(again.stderr == "\(url): the library already follows this feed\n")
        #expect(server.requests().count == 1)  // the second add never fetched
        // Add stores no items: `update` does.
        let list = try feed(cli, ["list"])
        #expect(list.stdout == "1\t环球 & 科技\t0/0 unread\tnever updated\t\(url)\n")
    }

    @Test func adding_a_web_page_follows_the_feed_its_link_tag_or_link_header_names() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let page = """
            <!DOCTYPE html><html><head><title>首页</title>
            <link rel="alternate" type="application/rss+xml" title="RSS" href="feeds/rss.xml"></head>
            <body><p>正文</p></body></html>
            """
        let server = try LoopbackHTTPServer(routes: [
            "/site/index.html": .text(page),
            "/site/feeds/rss.xml": .text(Self.rss, contentType: "application/rss+xml"),
            "/other/": .body(Array("<html><body>hi</body></html>".utf8), headers: [
                ("Content-Type", "text/html"), ("Link", "</atom.xml>; rel=\"alternate\"; type=\"application/atom+xml\""),
            ]),
            "/atom.xml": .text("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>原子</title>
                <entry><id>e1</id><title>One</title><updated>2024-01-08T09:30:00Z</updated></entry></feed>
                """, contentType: "application/atom+xml"),
            "/nofeed.html": .text("<html><head><title>x</title></head><body>没有</body></html>"),
        ])
        let feedURL = server.url("/site/feeds/rss.xml").absoluteString
        let byTag = try feed(cli, ["add", "--fulltext", server.url("/site/index.html").absoluteString])
        #expect(byTag.status == 0, "\(byTag.stderr)")
        #expect(byTag.stdout.hasPrefix("found the feed \(feedURL) in the page's <link rel=\"alternate\">\nadded feed 1: 环球 & 科技 <\(feedURL)>"))
        let byHeader = try feed(cli, ["add", server.url("/other/").absoluteString])
        #expect(byHeader.status == 0, "\(byHeader.stderr)")
        #expect(byHeader.stdout.hasPrefix("found the feed \(server.url("/atom.xml").absoluteString) in the HTTP Link header\n"))
        let listed = try feed(cli, ["list", "--json"])
        let feeds = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(feeds.map { $0["url"] as? String } == [feedURL, server.url("/atom.xml").absoluteString])
        #expect(feeds.map { $0["fulltext"] as? Bool } == [true, false])
        #expect(feeds.map { $0["title"] as? String } == ["环球 & 科技", "原子"])
        // The page's feed is followed already: naming the page again is the same error.
        let again = try feed(cli, ["add", server.url("/site/index.html").absoluteString])
        #expect(again.status == 1 && again.stderr == "\(feedURL): the library already follows this feed\n")
        let none = try feed(cli, ["add", server.url("/nofeed.html").absoluteString])
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("\(server.url("/nofeed.html").absoluteString): a web page that names no feed"))
    }

    @Test func set_remove_and_list_name_a_feed_by_id_url_or_name_and_a_bad_one_is_an_error() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let opml = """
            <opml version="2.0"><body>
            <outline type="rss" text="甲" xmlUrl="http://127.0.0.1:9/a.xml"/>
            <outline type="rss" text="乙" xmlUrl="http://127.0.0.1:9/b.xml"/>
            </body></opml>
            """
        #expect(try feed(cli, ["import-opml", "-"], stdin: opml).status == 0)
        let named = try feed(cli, ["set", "2", "name", "新闻"])
        #expect(named.status == 0 && named.stdout == "feed 2: name = 新闻\n")
        #expect(try feed(cli, ["set", "新闻", "interval", "30"]).stdout == "feed 2: interval = 30 minutes\n")
        #expect(try feed(cli, ["set", "http://127.0.0.1:9/a.xml", "fulltext", "true"]).stdout == "feed 1: fulltext = true\n")
        let json = try feed(cli, ["list", "--json"])
        let feeds = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(feeds.map { $0["name"] as? String } == [nil, "新闻"])
        #expect(feeds.map { $0["interval_minutes"] as? Int } == [nil, 30])
        #expect(feeds.map { $0["fulltext"] as? Bool } == [true, false])
        #expect(Set(feeds[0].keys) == ["id", "name", "title", "url", "site_link", "unread", "total", "fulltext", "interval_minutes",
                                       "added_at", "last_attempt_at", "last_update", "last_status", "last_error"])
        let badValue = try feed(cli, ["set", "1", "interval", "soon"])
        #expect(badValue.status == 1 && badValue.stderr == "interval: soon is not a whole number of minutes above 0, or none\n")
        let badKey = try feed(cli, ["set", "1", "colour", "red"])
        #expect(badKey.status == 1 && badKey.stderr == "colour: not a feed setting; give fulltext, interval or name\n")
        let unknown = try feed(cli, ["remove", "丙"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "no feed has the id, URL or name \"丙\"; `yuedu feed list` shows them\n")
        let removed = try feed(cli, ["remove", "新闻"])
        #expect(removed.status == 0 && removed.stdout == "removed feed 2: 新闻 <http://127.0.0.1:9/b.xml>\n")
        #expect(try feed(cli, ["list"]).stdout == "1\t甲\t0/0 unread\tnever updated\thttp://127.0.0.1:9/a.xml\n")
    }

    @Test func opml_import_skips_duplicates_and_export_round_trips_through_it() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = try cli.file("subs.opml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0"><head><title>Inoreader</title></head><body>
            <outline text="科技" title="科技">
              <outline type="rss" text="Tom &amp; Jerry" title="Tom &amp; Jerry" xmlUrl="http://127.0.0.1:9/t.xml?a=1&amp;b=2"
                htmlUrl="http://127.0.0.1:9/"/>
              <outline type="rss" text="再来" xmlUrl="http://127.0.0.1:9/t.xml?a=1&amp;b=2"/>
            </outline>
            <outline type="rss" text="脚本" xmlUrl="exec:~/feed.sh"/>
            <outline type="rss" text="中文" xmlUrl="http://127.0.0.1:9/zh.xml"/>
            </body></opml>
            """)
        let first = try feed(cli, ["import-opml", path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "added 2 feeds, skipped 1 already followed, 1 not http(s); `yuedu update` fetches them\n")
        #expect(first.stderr == "\(path): exec:~/feed.sh: not an http or https feed; skipped\n")
        #expect(try feed(cli, ["import-opml", path]).stdout.hasPrefix("added 0 feeds, skipped 3 already followed"))
        let exported = try feed(cli, ["export-opml"])
        #expect(exported.status == 0)
        #expect(exported.stdout.contains(
            "<outline type=\"rss\" text=\"Tom &amp; Jerry\" title=\"Tom &amp; Jerry\" xmlUrl=\"http://127.0.0.1:9/t.xml?a=1&amp;b=2\" "
                + "htmlUrl=\"http://127.0.0.1:9/\"/>"))
        // Into a fresh library, through a file: the same feeds, names and order.
        let file = cli.directory.appendingPathComponent("out.opml").path
        #expect(try feed(cli, ["export-opml", file]).stdout == "")
        let other = try CLIRunner(); defer { other.cleanUp() }
        #expect(try feed(other, ["import-opml", file]).stdout.hasPrefix("added 2 feeds, skipped 0"))
        #expect(try feed(other, ["list"]).stdout == """
            1\tTom & Jerry\t0/0 unread\tnever updated\thttp://127.0.0.1:9/t.xml?a=1&b=2
            2\t中文\t0/0 unread\tnever updated\thttp://127.0.0.1:9/zh.xml

            """)
        let broken = try feed(cli, ["import-opml", "-"], stdin: "<rss/>")
        #expect(broken.status == 1 && broken.stderr == "<stdin>: not OPML: its root element is <rss>, not <opml>\n")
    }

    @Test func a_permanent_redirect_is_followed_to_where_it_ends_and_a_temporary_one_is_not() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/moved.xml": .redirect(to: "/rss.xml", status: 301),
            "/today.xml": .redirect(to: "/rss2.xml", status: 302),
            "/rss.xml": .text(Self.rss, contentType: "application/rss+xml"),
            "/rss2.xml": .text(Self.rss, contentType: "application/rss+xml"),
        ])
        #expect(try feed(cli, ["add", server.url("/moved.xml").absoluteString]).stdout.contains("<\(server.url("/rss.xml").absoluteString)>"))
        #expect(try feed(cli, ["add", server.url("/today.xml").absoluteString]).stdout.contains("<\(server.url("/today.xml").absoluteString)>"))
    }

    @Test func the_list_shows_counts_the_last_update_and_the_last_error_under_its_feed() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        // Given a library whose feed has two items, one read, and failed after a success
        // (with an escape sequence in its error, as a server may send: it never reaches the terminal)
        do {
            let store = try LibraryStore.open(LibraryLocation(path: cli.libraryPath, isExplicit: true))
            let record = try store.addFeed(url: "http://127.0.0.1:9/a.xml", name: nil, fulltext: false, addedAt: 0)
            let items = ["1", "2"].map { id in
                FeedItem(itemID: id, article: Article(
                    key: "http://127.0.0.1:9/\(id)", url: "http://127.0.0.1:9/\(id)", site: "甲", title: "标题\(id)",
                    published: PublishedDate(year: 2026, month: 12, day: 1), paragraphs: ["正文。"], source: "", editor: "",
                    language: .zh))
            }
            _ = try store.storeFeedItems(feedID: record.id, items, importedAt: 1_764_698_400)
            try store.setRead(key: "http://127.0.0.1:9/1", true)
            try store.recordFeedAttempt(feedID: record.id, FeedAttempt(at: 1_764_698_400, status: 200, title: "甲报"))
            try store.recordFeedAttempt(feedID: record.id, FeedAttempt(at: 1_764_702_000, status: 503, error: "HTTP 503\u{1b}[31m"))
        }
        let list = try feed(cli, ["list"])
        #expect(list.stdout == """
            1\t甲报\t1/2 unread\tupdated 2025-12-02T18:00:00Z\thttp://127.0.0.1:9/a.xml
            \terror at 2025-12-02T19:00:00Z: HTTP 503

            """)
        let json = try feed(cli, ["list", "--json"])
        let feeds = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(feeds.first?["last_status"] as? Int == 503)
        #expect(feeds.first?["unread"] as? Int == 1 && feeds.first?["total"] as? Int == 2)
        #expect(feeds.first?["last_update"] as? String == "2025-12-02T18:00:00Z")
    }
}
