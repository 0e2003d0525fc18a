import Foundation
import Testing
import YueduTestSupport

/// `yuedu feed preview`: the real binary on files, standard input and a real
/// HTTP server on loopback.
@Suite struct CLIFeedPreviewTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("YueduFeedsTests/Fixtures")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    @Test func preview_of_a_file_prints_the_feed_and_its_entries_as_text() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["feed", "preview", "--url", "https://blog.example.com/feed.xml", Self.fixture("rss2.xml")], library: false)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(Array(lines.prefix(6)) == ["title: 科技 & 生活 & 更多", "link: https://blog.example.com/", "lang: zh-cn", "format: RSS",
                                           "encoding: UTF-8", "entries: 3"])
        #expect(Array(lines[7...25]) == [
            "---", "id: post-1", "title: Tom & Jerry\u{2019}s 新番", "link: https://blog.example.com/posts/1.html",
            "published: 2024-01-08T09:30:00+08:00", "updated: ", "author: 王小明",
            "enclosure: https://blog.example.com/audio/1.mp3 (audio/mpeg)", "",
            "summary:", "摘要第一段。", "", "摘要第二段。", "", "content:", "正文第一段，链接。", "", "正文第二段。", "",
        ])
    }

    @Test func preview_json_from_standard_input_has_every_field() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["feed", "preview", "--json", "-"], stdin: try String(contentsOfFile: Self.fixture("rss2.xml"), encoding: .utf8),
                                 library: false)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["format", "title", "link", "lang", "encoding", "entries"])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(Set(entries[0].keys) == ["id", "id_source", "title", "link", "published", "updated", "author", "summary", "content",
                                         "enclosures"])
        #expect(entries[0]["link"] is NSNull)  // relative, and no --url to resolve it against
        #expect(entries.map { $0["id_source"] as? String } == ["guid", "link", "content-hash"])
        #expect(entries[1]["published"] as? String == "2024-01-09T10:00:00+08:00")
    }

    @Test func a_lying_declaration_is_noted_on_stderr_and_the_text_is_right() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = Self.fixture("big5-declared-gb2312.xml")
        let result = try cli.run(["feed", "preview", path], library: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("行政院今天召開記者會") && result.stdout.contains("encoding: Big5-HKSCS"))
        #expect(result.stderr.hasPrefix("\(path): the XML declaration says gb2312"))
    }

    @Test func errors_name_the_source_and_exit_1() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let page = cli.directory.appendingPathComponent("page.html")
        try "<html><body>hi</body></html>".write(to: page, atomically: true, encoding: .utf8)
        let notFeed = try cli.run(["feed", "preview", page.path], library: false)
        #expect(notFeed.status == 1 && notFeed.stdout == "")
        #expect(notFeed.stderr == "\(page.path): a web page, not a feed (its root element is <html>)\n")
        let missing = try cli.run(["feed", "preview", "/nonexistent/feed.xml"], library: false)
        #expect(missing.status == 1 && missing.stderr.hasPrefix("/nonexistent/feed.xml: cannot read"))
    }

    @Test func a_truncated_feed_prints_what_parsed_and_fails() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let full = try String(contentsOfFile: Self.fixture("rss2.xml"), encoding: .utf8)
        let cut = String(full[..<full.range(of: "<title>既无")!.lowerBound])
        let result = try cli.run(["feed", "preview", "-"], stdin: cut, library: false)
        #expect(result.status == 1)
        #expect(result.stdout.contains("title: 没有 GUID 的条目"))
        #expect(result.stderr.hasPrefix("-: the feed breaks off: XML error at line"))
    }

    @Test func a_100_MB_feed_is_refused_without_reading_it() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let big = cli.directory.appendingPathComponent("big.xml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: Data("<rss>".utf8)))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 100_000_000)  // sparse: no 100 MB written
        try handle.close()
        let start = Date()
        let result = try cli.run(["feed", "preview", big.path], library: false)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.status == 1)
        #expect(result.stderr == "\(big.path): 95.4 MB is over the 16.0 MB a feed may be: refused unparsed\n")
    }

    @Test func terminal_escapes_in_a_feed_never_reach_stdout() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let feed = cli.directory.appendingPathComponent("evil.xml")
        try ("<rss><channel><title>A\u{1B}]0;owned\u{07}B</title><item><title>&#x1b;[2J清屏</title><guid>\u{1B}[31mred</guid>"
             + "<description>&lt;p&gt;\u{9B}31m段落&lt;/p&gt;</description></item></channel></rss>").write(to: feed, atomically: true, encoding: .utf8)
        for arguments in [["feed", "preview", feed.path], ["feed", "preview", "--json", feed.path]] {
            let result = try CLIWebPageTests.runRaw(cli, arguments)
            #expect(result.status == 0)
            #expect(!result.stdout.contains(0x1B) && !result.stdout.contains(0x07))
            #expect(!String(decoding: result.stdout, as: UTF8.self).unicodeScalars.contains { $0.value == 0x9B })
            #expect(String(decoding: result.stdout, as: UTF8.self).contains("清屏"))
        }
    }

    @Test func preview_of_a_url_fetches_through_loopback_with_the_http_charset() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let gbk = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("gb2312-label-gbk-bytes.xml")))
        // The same bytes told apart only by HTTP: the declaration says gb2312, the header gbk.
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Loop</title><link href="/"/>
            <entry><id>e1</id><title>One</title><link href="posts/1"/><updated>2024-01-08T09:30:00Z</updated></entry></feed>
            """
        let server = try LoopbackHTTPServer(routes: [
            "/gbk.xml": .body(gbk, headers: [("Content-Type", "application/rss+xml; charset=gbk")]).gzipped(),
            "/atom/feed": .text(atom, contentType: "application/atom+xml"),
            "/gone": .text("no", status: 404),
            "/page": .text("<html><body>x</body></html>"),
            "/huge": .filler(count: 17 << 20),
        ])
        let env = CLIWebPageTests.direct
        let gb = try cli.run(["feed", "preview", server.url("/gbk.xml").absoluteString], environment: env, library: false)
        #expect(gb.status == 0, "\(gb.stderr)")
        #expect(gb.stdout.contains("国务院总理朱镕基今天") && gb.stdout.contains("encoding: GB18030"))
        let atomResult = try cli.run(["feed", "preview", "--json", server.url("/atom/feed").absoluteString], environment: env, library: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(atomResult.stdout.utf8)) as? [String: Any], "\(atomResult.stderr)")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(object["link"] as? String == server.url("/").absoluteString)
        #expect(entries.first?["link"] as? String == server.url("/atom/posts/1").absoluteString)  // relative to the fetched URL
        let gone = try cli.run(["feed", "preview", server.url("/gone").absoluteString], environment: env, library: false)
        #expect(gone.status == 1 && gone.stderr == "\(server.url("/gone").absoluteString): the server answered HTTP 404\n")
        let page = try cli.run(["feed", "preview", server.url("/page").absoluteString], environment: env, library: false)
        #expect(page.status == 1 && page.stderr == "\(server.url("/page").absoluteString): a web page, not a feed (its root element is <html>)\n")
        let huge = try cli.run(["feed", "preview", server.url("/huge").absoluteString], environment: env, library: false)
        #expect(huge.status == 1 && huge.stderr.hasPrefix(server.url("/huge").absoluteString + ": "), "\(huge.stderr)")
        #expect(server.requests().count == 5)
    }
}
