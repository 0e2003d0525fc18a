import Foundation
import Testing
import YueduStore
import YueduTestSupport

/// The real reader in tmux updating feeds with `R` from a real HTTP server
/// on loopback, feeds followed by the real `yuedu feed add`: progress on the
/// status line while a slow feed is out, keys answered meanwhile, the new
/// items in the list without a restart.
@Suite(.serialized) struct ReaderFeedUpdateTmuxTests {
    static let people = CLIUpdateTests.rss("人民网 时政", [
        ("p1", "长江流域今年首场春汛平稳通过", "https://news.example.cn/p/1"),
        ("p2", "汉江水位回落至警戒线以下", "https://news.example.cn/p/2"),
    ])
    static let paper = CLIUpdateTests.rss("澎湃新闻", [("s1", "洞庭湖区启动春季水质监测", "https://news.example.cn/s/1")])

    /// Two feeds followed by `yuedu feed add` (which fetches each once), then
    /// the second made slow: `seconds` before each answer from now on.
    static func subscribed(slowBy seconds: Double) throws -> (CLIRunner, LoopbackHTTPServer) {
        let routes = ["/people.xml": CLIUpdateTests.feedRoute(people), "/paper.xml": CLIUpdateTests.feedRoute(paper)]
        let server = try LoopbackHTTPServer(routes: routes)
        let cli = try CLIRunner()
        for path in ["/people.xml", "/paper.xml"] {
            let added = try cli.run(["feed", "add", "--library", cli.libraryPath, server.url(path).absoluteString],
                                    environment: CLIUpdateTests.direct, library: false)
            #expect(added.status == 0, "feed add failed: \(added.stderr)")
        }
        try server.setRoutes(routes.merging(["/paper.xml": CLIUpdateTests.feedRoute(paper).delayed(by: seconds)]) { _, new in new })
        return (cli, server)
    }

    static func launch(_ cli: CLIRunner) throws -> TmuxSession {
        try TmuxSession(width: 120, height: 30, command: [CLIRunner.binary.path, "--library", cli.libraryPath],
                        environment: ["TERM": "screen-256color", "no_proxy": "*"])
    }

    @Test func R_shows_progress_answers_keys_while_a_slow_feed_is_out_and_the_new_items_appear_in_the_list() throws {
        let (cli, server) = try Self.subscribed(slowBy: 6)
        defer { cli.cleanUp() }
        let session = try Self.launch(cli); defer { session.close() }
        try session.waitFor(text: "全部 All")
        #expect(try !session.capture().joined().contains("长江流域"), "nothing is stored before the update")

        try session.type("R")
        // The fast feed is stored and counted while the slow one is still out.
        try session.waitFor(text: "更新 updating 1/2")
        // The reader answers meanwhile: the feed picker opens with the counts stored so far, j moves in it.
        try session.type("F")
        let picker = try session.waitFor("the picker with the fast feed's counts") { lines in
            lines.contains { $0.contains("订阅 Feeds") } && lines.contains { $0.contains("人民网 时政") && $0.contains("2/2") }
        }
        #expect(picker.last?.contains("更新 updating 1/2") == true, "the slow feed is still out: \(picker)")
        #expect(picker.contains { $0.contains("更新于 updated ") }, "the fast feed, selected, has just updated: \(picker)")
        try session.type("j")
        try session.waitFor("the slow feed selected, never updated yet") { lines in
            lines.contains { $0.contains("未更新 never updated") } && lines.last?.contains("更新 updating 1/2") == true
        }
        try session.send("Escape")
        try session.waitFor("the picker closed") { !$0.contains { $0.contains("订阅 Feeds") } }

        // Once the slow feed answers, the summary shows and all three items are in the list.
        try session.waitFor(text: "更新完成 2 feeds: 3 new items", timeout: 15)
        for title in ["长江流域今年首场春汛平稳通过", "汉江水位回落至警戒线以下", "洞庭湖区启动春季水质监测"] {
            try session.waitFor(text: title)
        }
        try session.type("q")
        #expect(try session.waitForExit() == 0)
        #expect(server.requests(path: "/paper.xml").count == 2, "feed add once, R once")
        #expect(try CLIUpdateTests.feeds(in: cli).map(\.total) == [2, 1])
    }
}
