import Foundation
import GRDB
import Testing
import YueduModel
import YueduStore
import YueduTestSupport

/// An upgrade that rebuilds the index shows how far it has come on a
/// terminal (the real binary on a pty, through util-linux `script`, which
/// keeps every byte the terminal was sent) and prints nothing extra to a
/// pipe; `doctor` shows its rebuild and checks the same way.
@Suite struct UpgradeProgressTests {
    static let count = 3000

    /// `count` articles, then the index marked as built by another fold,
    /// the state a yuedu with a new fold finds: its first open rebuilds.
    private static func staleLibrary(_ cli: CLIRunner) throws {
        let store = try LibraryStore.open(LibraryLocation(path: cli.libraryPath, isExplicit: true))
        _ = try store.upsert((0..<count).map { i in
            Article(key: "k\(i)", url: nil, site: "进度网", title: "进度测试 \(i)",
                    published: PublishedDate(year: 2024, month: 1, day: 1 + i % 28), views: nil,
                    paragraphs: ["第\(i)段：教育新闻。"], source: "来源", editor: "编辑", language: .zh)
        }, importedAt: 1)
        try makeStale(cli)
    }

    private static func makeStale(_ cli: CLIRunner) throws {
        try DatabaseQueue(path: cli.libraryPath).write { db in
            try db.execute(sql: "UPDATE search_meta SET value = 'an older fold' WHERE name = 'fold'")
        }
    }

    /// Everything the terminal received while `yuedu ARGS` ran on a pty.
    private static func onTerminal(_ cli: CLIRunner, _ arguments: [String]) throws -> String {
        let log = cli.directory.appendingPathComponent("typescript-\(UUID().uuidString)").path
        let command = ([CLIRunner.binary.path] + arguments).map(TmuxSession.shellQuote).joined(separator: " ")
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        let result = try Spawn.run(["script", "-q", "-e", "-c", command, log], environment: environment,
                                   stdin: .file("/dev/null"))
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOfFile: log, encoding: .utf8)
    }

    @Test func a_command_on_a_terminal_shows_the_rebuild_and_a_pipe_gets_none_of_it() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try Self.staleLibrary(cli)
        // On a terminal: the rebuild counted up to every article, the line then erased, then the output
        let terminal = try Self.onTerminal(cli, ["stats", "--library", cli.libraryPath])
        #expect(terminal.contains("yuedu: rebuilding the search index: \(Self.count) of \(Self.count) articles (100%)"), "\(terminal)")
        let erased = try #require(terminal.range(of: "\r\u{1B}[K", options: .backwards))
        let output = try #require(terminal.range(of: "articles       \(Self.count)"))
        #expect(erased.upperBound <= output.lowerBound, "\(terminal)")
        // Through pipes: the same command, nothing on standard error
        try Self.makeStale(cli)
        let piped = try cli.run(["stats"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "\(piped.stderr)")
        #expect(piped.stdout.contains("articles       \(Self.count)"))
        // And the library was rebuilt either way
        #expect(try cli.run(["search", "进度测试 2999"]).stdout.contains("进度测试 2999"))
    }

    @Test func doctor_shows_its_rebuild_and_its_checks_on_a_terminal_only() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try Self.staleLibrary(cli)
        let terminal = try Self.onTerminal(cli, ["doctor", "--rebuild", "--library", cli.libraryPath])
        for line in ["yuedu: rebuilding the search index: \(Self.count) of \(Self.count) articles (100%)",
                     "yuedu: counting related items: \(Self.count) of \(Self.count) articles (100%)",
                     "yuedu: checking the library: 4 of 4 checks",
                     "ok       related-item counts match a count from scratch"] {
            #expect(terminal.contains(line), "\(line) in \(terminal)")
        }
        let piped = try cli.run(["doctor", "--rebuild"])
        #expect(piped.status == 0, "\(piped.stdout)")
        #expect(piped.stderr.isEmpty, "\(piped.stderr)")
        #expect(piped.stdout.contains("rebuilt the search index"))
    }

    @Test func the_reader_shows_the_rebuild_before_its_first_screen() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try Self.staleLibrary(cli)
        // The reader in tmux, inside `script` so that every byte it sent is kept
        let log = cli.directory.appendingPathComponent("reader.typescript").path
        let reader = [CLIRunner.binary.path, "--library", cli.libraryPath].map(TmuxSession.shellQuote).joined(separator: " ")
        let session = try TmuxSession(width: 100, height: 30,
                                      command: ["script", "-q", "-e", "-c", reader, log],
                                      environment: ["LC_ALL": "C.UTF-8"])
        defer { session.close() }
        _ = try session.waitFor(text: "进度测试", timeout: 30)
        try session.send("q")
        _ = try session.waitForExit()
        let sent = try String(contentsOfFile: log, encoding: .utf8)
        let progress = try #require(sent.range(of: "yuedu: rebuilding the search index: \(Self.count) of \(Self.count) articles (100%)"),
                                    "\(sent.prefix(2000))")
        let firstScreen = try #require(sent.range(of: "进度测试"))
        #expect(progress.upperBound <= firstScreen.lowerBound)
    }
}
