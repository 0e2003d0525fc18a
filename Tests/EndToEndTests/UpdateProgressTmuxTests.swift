import Foundation
import Testing
import YueduTestSupport

/// `yuedu update` on a terminal: the progress bar is drawn on standard error
/// while feeds are outstanding and gone when the summary is printed.
@Suite struct UpdateProgressTmuxTests {
    @Test func on_a_terminal_the_progress_bar_counts_feeds_and_is_cleared_for_the_summary() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/fast.xml": CLIUpdateTests.feedRoute(CLIUpdateTests.rss("快", [("f1", "快讯", "https://news.example.cn/f/1")])),
            "/slow.xml": CLIUpdateTests.feedRoute(CLIUpdateTests.rss("慢", [("s1", "慢讯", "https://news.example.cn/s/1")]))
                .delayed(by: 2),
        ])
        _ = try CLIUpdateTests.add([server.url("/fast.xml"), server.url("/slow.xml")], to: cli)
        // A line before the binary: without one, the dead pane's last screen here lacked
        // the summary (the process printed it: `script` shows it), cause not found.
        let command = "echo started; exec \(TmuxSession.shellQuote(CLIRunner.binary.path)) update --library \(TmuxSession.shellQuote(cli.libraryPath))"
        let session = try TmuxSession(width: 100, height: 10, command: ["sh", "-c", command], environment: ["no_proxy": "*"])
        defer { session.close() }
        // The fast feed is stored and counted while the slow one is still out.
        try session.waitFor(text: "updating feeds [###############---------------] 1/2")
        #expect(try session.waitForExit() == 0)
        let screen = try session.capture()
        #expect(screen.contains("updated 2, not modified 0, skipped 0, failed 0, new items 2"), "\(screen)")
        #expect(!screen.contains { $0.contains("updating feeds") }, "\(screen)")
    }
}
