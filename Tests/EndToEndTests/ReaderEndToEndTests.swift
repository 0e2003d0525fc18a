import Foundation
import Testing
import YueduTestSupport

/// The real binary in tmux, read back with capture-pane: open the sample
/// library, read, follow related links, go back and forward, favourite, quit,
/// and find everything again after a relaunch.
@Suite(.serialized) struct ReaderEndToEndTests {
    static let referenceTitle = "四川古蔺县实施“四大工程”助推城乡教育一体化发展"
    /// The reference page's related item 1, which the sample library holds.
    static let relatedTitle = "山东安丘市"

    /// A library filled with the sample through the real import command.
    static func sampleLibrary() throws -> CLIRunner {
        let cli = try CLIRunner()
        let data = BuiltProducts.repositoryRoot.appendingPathComponent("Data")
        let result = try cli.run(["import", data.appendingPathComponent("pages").path,
                                  data.appendingPathComponent("articles.jsonl").path])
        #expect(result.status == 0, "import failed: \(result.stderr)")
        return cli
    }

    /// Keys and list rows of the library, newest first, as `yuedu list --json` prints them.
    static func listed(_ cli: CLIRunner, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try cli.run(["list", "--json"] + extra)
        #expect(result.status == 0, "list failed: \(result.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
    }

    static func launch(_ cli: CLIRunner, width: Int, height: Int) throws -> TmuxSession {
        try TmuxSession(width: width, height: height, command: [CLIRunner.binary.path, "--library", cli.libraryPath],
                        environment: ["TERM": "screen-256color"])
    }

    /// A capture can catch tmux mid-repaint (or showing the old frame cut to a
    /// new size): wait until the screen settles into a sound frame, and fail
    /// with the last screen and its problems if it never does.
    static func waitForSoundFrame(_ session: TmuxSession) throws {
        let (width, height) = (session.width, session.height)
        var problems: [String] = []
        do {
            try session.waitFor(timeout: 5, "a sound \(width)×\(height) frame") { screen in
                problems = ScreenGrid(screen).frameProblems(width: width, height: height)
                return screen.count == height && problems.isEmpty
            }
        } catch {
            Issue.record("\(problems)\n\(error)")
        }
    }

    /// Moves the list selection down to `index` and opens that article.
    static func open(index: Int, in session: TmuxSession, expecting text: String) throws {
        if index > 0 { try session.type(String(repeating: "j", count: index)) }
        try session.send("Enter")
        try session.waitFor(text: text)
    }

    @Test func reading_following_links_history_and_favourites_survive_a_relaunch() throws {
        let cli = try Self.sampleLibrary()
        defer { cli.cleanUp() }
        let rows = try Self.listed(cli)
        let index = try #require(rows.firstIndex { ($0["title"] as? String) == Self.referenceTitle })
        let relatedKey = try #require(rows.first { ($0["title"] as? String)?.hasPrefix(Self.relatedTitle) == true }?["key"] as? String)

        let session = try Self.launch(cli, width: 120, height: 40)
        defer { session.close() }
        try session.waitFor(text: "全部 All")
        try Self.open(index: index, in: session, expecting: "夯实项目建设")

        // Related item 1 is in the library: its number opens it.
        try session.type("1")
        try session.waitFor(text: "构建教育发展共同体")
        var screen = try session.waitFor("the related article in the article pane") { screen in
            screen.dropFirst().prefix(3).contains { $0.contains("山东安丘市") && !$0.contains("2024-09-26│") }
        }
        // Back returns to the reference article, forward to the related one.
        try session.type("H")
        try session.waitFor(text: "夯实项目建设")
        try session.type("L")
        screen = try session.waitFor(text: "构建教育发展共同体")
        try session.type("f")
        try session.waitFor(text: "收藏 1")

        // Read on: scroll the article and remember its top row.
        try session.type("jjj")
        screen = try session.waitFor("scrolled") { $0.contains { $0.contains("%") } }
        let articleTop = screen[1].split(separator: "│").dropFirst().first.map(String.init) ?? ""
        // The favourites view: all → unread → favourites.
        try session.type("vv")
        try session.waitFor(text: "收藏 Favourites 1")
        usleep(600_000)  // an idle moment: the reader saves the position
        try session.type("q")
        #expect(try session.waitForExit() == 0)

        let favorites = try Self.listed(cli, ["--favorites"])
        #expect(favorites.map { $0["key"] as? String } == [relatedKey])
        let read = try Self.listed(cli).filter { $0["read"] as? Bool == true }.compactMap { $0["title"] as? String }
        #expect(Set(read).isSuperset(of: [Self.referenceTitle]))
        #expect(read.contains { $0.hasPrefix(Self.relatedTitle) })

        // Relaunch: the same view, the same article scrolled to the same row.
        let again = try Self.launch(cli, width: 120, height: 40)
        defer { again.close() }
        screen = try again.waitFor(text: "收藏 Favourites 1")
        screen = try again.waitFor("the last article at its position") { screen in
            screen.count > 1 && (screen[1].split(separator: "│").dropFirst().first.map(String.init) ?? "") == articleTop
        }
        #expect(!articleTop.isEmpty)
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 20), (200, 50)])
    func borders_stand_in_the_same_column_on_every_row(width: Int, height: Int) throws {
        let cli = try Self.sampleLibrary()
        defer { cli.cleanUp() }
        let rows = try Self.listed(cli)
        let index = try #require(rows.firstIndex { ($0["title"] as? String) == Self.referenceTitle })
        let session = try Self.launch(cli, width: width, height: height)
        defer { session.close() }
        try session.waitFor(text: "20")
        try Self.waitForSoundFrame(session)
        try Self.open(index: index, in: session, expecting: "夯实")
        try Self.waitForSoundFrame(session)
        try session.type("jjjjj")
        try session.send("Tab")
        try Self.waitForSoundFrame(session)
    }

    @Test func resizing_while_reading_keeps_borders_straight_and_the_article_open() throws {
        let cli = try Self.sampleLibrary()
        defer { cli.cleanUp() }
        let rows = try Self.listed(cli)
        let index = try #require(rows.firstIndex { ($0["title"] as? String) == Self.referenceTitle })
        let session = try Self.launch(cli, width: 120, height: 40)
        defer { session.close() }
        try session.waitFor(text: "全部 All")
        try Self.open(index: index, in: session, expecting: "夯实")
        for (width, height) in [(80, 24), (200, 50), (60, 20), (100, 30), (150, 45), (120, 40)] {
            try session.resize(width: width, height: height)
            try Self.waitForSoundFrame(session)
        }
        // Still reading the same article.
        try session.waitFor(text: "四川古蔺县")
        // Down to nothing and back: a notice, never a crash.
        try session.resize(width: 1, height: 1)
        usleep(200_000)
        try session.resize(width: 12, height: 4)
        try session.waitFor(text: "终端太小")
        try session.resize(width: 120, height: 40)
        try session.waitFor(text: "夯实")
        #expect(try session.exitStatus() == nil)
    }

    @Test func a_termination_signal_restores_the_terminal_and_keeps_the_favourite() throws {
        let cli = try Self.sampleLibrary()
        defer { cli.cleanUp() }
        let session = try Self.launch(cli, width: 100, height: 30)
        defer { session.close() }
        try session.waitFor(text: "全部 All")
        try session.send("Enter")
        try session.type("f")
        try session.waitFor(text: "收藏 1")
        let pid = try session.tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // The pane runs `sh -c 'env … yuedu …; echo $?'`: signal the reader, its child.
        let children = try Spawn.run(["pgrep", "-P", pid]).stdout.split(separator: "\n")
        for child in children { _ = try Spawn.run(["kill", "-TERM", String(child)]) }
        #expect(try session.waitForExit() == 0)
        #expect(try Self.listed(cli, ["--favorites"]).count == 1)
    }
}
