import Foundation
import Testing
import YueduTestSupport

/// The real reader in tmux fetching pages from a real HTTP server on
/// loopback: a related item not in the library, a stalled page cancelled by
/// Esc while the reader keeps answering keys, and `a` with a typed URL.
@Suite(.serialized) struct ReaderFetchTests {
    static let ownerTitle = "长江流域今年首场春汛平稳通过"
    static let ownerText = "本报武汉3月18日电"
    static let relatedText = "本报宜昌3月15日电，湖北多地近日开展春季防汛演练，检验应急队伍快速反应能力。"
    static let addedText = "本报重庆3月10日电，嘉陵江沿线今年首次开展跨省联合巡河，守护一江碧水。"

    /// Owner page (its related items: /news/2.html, served; /news/3.html, stalled) and two more.
    static func server() throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer(routes: [
            "/news/1.html": .text(CLIWebPageTests.page()),
            "/news/2.html": .text(CLIWebPageTests.page(title: "湖北多地开展春季防汛演练", date: "2024-03-15 10:00",
                                                       paragraph: relatedText)),
            "/news/3.html": .stall,
            "/a.html": .text(CLIWebPageTests.page(title: "汉江水位回落至警戒线以下", date: "2024-03-17 08:00")),
            "/b.html": .text(CLIWebPageTests.page(title: "洞庭湖区启动春季水质监测", date: "2024-03-16 08:00")),
            "/c.html": .text(CLIWebPageTests.page(title: "嘉陵江开展跨省联合巡河", date: "2024-03-10 08:00",
                                                  paragraph: addedText)),
        ])
    }

    /// A library holding the owner page and /a.html, /b.html, added by the real `yuedu add`.
    static func library(_ server: LoopbackHTTPServer) throws -> CLIRunner {
        let cli = try CLIRunner()
        let urls = ["/news/1.html", "/a.html", "/b.html"].map { server.url($0).absoluteString }
        let added = try cli.run(["add"] + urls, environment: CLIWebPageTests.direct)
        #expect(added.status == 0, "add failed: \(added.stderr)")
        return cli
    }

    static func launch(_ cli: CLIRunner) throws -> TmuxSession {
        try TmuxSession(width: 120, height: 40, command: [CLIRunner.binary.path, "--library", cli.libraryPath],
                        environment: ["TERM": "screen-256color", "no_proxy": "*"])
    }

    /// The owner article open, its related pane showing.
    static func openOwner(_ session: TmuxSession) throws {
        try session.waitFor(text: "全部 All")
        try session.send("Enter")
        try session.waitFor(text: ownerText)
        try session.waitFor(text: "三峡水库下泄流量加大")
    }

    /// The list row drawn in reverse video (the selection while the list has
    /// focus), without its styles: each row's list column is the text up to
    /// the second `│`, where the article pane begins.
    static func selectedRow(_ session: TmuxSession) throws -> String? {
        let reverse = try NSRegularExpression(pattern: "\u{1B}\\[([0-9]+;)*7(;[0-9]+)*m")
        let sgr = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*m")
        for line in try session.captureWithStyles().split(separator: "\n").map(String.init) {
            let parts = line.split(separator: "│", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2 else { continue }
            let column = String(parts[1])
            let range = NSRange(column.startIndex..., in: column)
            guard reverse.firstMatch(in: column, range: range) != nil else { continue }
            return sgr.stringByReplacingMatches(in: column, range: range, withTemplate: "")
        }
        return nil
    }

    static func articleCount(_ cli: CLIRunner) throws -> Int {
        let listed = try cli.run(["list", "--json"])
        return ((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]) ?? []).count
    }

    @Test func enter_on_a_related_item_not_in_the_library_fetches_it_opens_it_and_the_item_then_resolves() throws {
        let server = try Self.server()
        let cli = try Self.library(server); defer { cli.cleanUp() }
        let session = try Self.launch(cli); defer { session.close() }
        try Self.openOwner(session)

        try session.type("1")
        let screen = try session.waitFor(text: String(Self.relatedText.prefix(12)))
        #expect(screen.last?.contains("已取回 fetched " + server.url("/news/2.html").absoluteString) == true, "\(screen)")
        #expect(server.requests().contains { $0.path == "/news/2.html" })
        // Back on the owner, item 1 names the fetched article.
        try session.type("H")
        try session.waitFor(text: Self.ownerText)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
        #expect(try Self.articleCount(cli) == 4)
        let shown = try cli.run(["show", server.url("/news/1.html").absoluteString, "--json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let related = try #require(detail["related"] as? [[String: Any]])
        #expect(related.first?["target"] as? String == server.url("/news/2.html").absoluteString, "\(related)")
        #expect(related.last?["target"] is NSNull)
    }

    @Test func esc_cancels_a_stalled_fetch_and_the_reader_answers_keys_meanwhile() throws {
        let server = try Self.server()
        let cli = try Self.library(server); defer { cli.cleanUp() }
        let session = try Self.launch(cli); defer { session.close() }
        try Self.openOwner(session)
        let stalled = server.url("/news/3.html").absoluteString

        try session.type("2")
        try session.waitFor(text: "取回 fetching \(stalled)… Esc 取消 cancel")
        // The list moves while the page stalls: two panes left, then down twice.
        try session.type("hh")
        try session.waitFor("the list focused, the owner selected") { _ in
            (try? Self.selectedRow(session))??.contains(Self.ownerTitle) == true
        }
        try session.type("jj")
        try session.waitFor("the selection two rows down") { _ in
            (try? Self.selectedRow(session))??.contains("洞庭湖区启动春季水质监测") == true
        }
        #expect(try session.capture().last?.contains("取回 fetching \(stalled)") == true, "the fetch is still shown")

        try session.send("Escape")
        try session.waitFor(text: "已取消 cancelled fetching \(stalled)")
        // The reader still answers, and the stalled page never lands.
        try session.type("k")
        try session.waitFor("the selection one row up") { _ in
            (try? Self.selectedRow(session))??.contains("汉江水位回落至警戒线以下") == true
        }
        try session.type("q")
        #expect(try session.waitForExit() == 0)
        #expect(try Self.articleCount(cli) == 3)
    }

    @Test func a_and_a_typed_url_add_the_page_and_open_it_and_other_schemes_are_refused() throws {
        let server = try Self.server()
        let cli = try Self.library(server); defer { cli.cleanUp() }
        let session = try Self.launch(cli); defer { session.close() }
        try session.waitFor(text: "全部 All")

        try session.type("a")
        try session.waitFor(text: "网址 URL:")
        try session.type("ftp://files.example/x")
        try session.send("Enter")
        try session.waitFor(text: "only http and https URLs are fetched, not: ftp://files.example/x")

        try session.type("a")
        try session.waitFor(text: "网址 URL:")
        try session.type(server.url("/c.html").absoluteString)
        try session.send("Enter")
        try session.waitFor(text: String(Self.addedText.prefix(12)))
        try session.waitFor(text: "嘉陵江开展跨省联合巡河")

        // Esc closes the prompt without fetching.
        try session.type("a")
        try session.waitFor(text: "网址 URL:")
        try session.type("http://127.0.0.1:9/never")
        try session.send("Escape")
        try session.waitFor("the prompt closed") { !($0.last ?? "").contains("网址 URL:") }
        try session.type("q")
        #expect(try session.waitForExit() == 0)
        #expect(try Self.articleCount(cli) == 4)
        #expect(!server.requests().contains { $0.path == "/never" })
    }
}
