import Foundation
import Testing
import YueduTestSupport

/// The reader in tmux with a configuration file: custom keys, the
/// monochrome theme, errors on the status line, links to the browser and
/// the clipboard.
@Suite(.serialized) struct ComfortEndToEndTests {
    static func launch(_ cli: CLIRunner, config: String, width: Int = 120, height: Int = 40,
                       environment: [String: String] = [:]) throws -> TmuxSession {
        let path = try cli.file("config.toml", config)
        var env = ["TERM": "screen-256color"]
        for (k, v) in environment { env[k] = v }
        return try TmuxSession(width: width, height: height,
                               command: [CLIRunner.binary.path, "--library", cli.libraryPath, "--config", path],
                               environment: env)
    }

    /// SGR parameters that set a colour (30–37, 38;…, 40–47, 48;…, 90–97, 100–107).
    static func colourCodes(_ styled: String) -> [String] {
        var found: [String] = []
        var rest = Substring(styled)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { $0.isLetter }) else { break }
            if rest[end] == "m" {
                for p in rest[..<end].split(separator: ";").compactMap({ Int($0) })
                where (30...38).contains(p) || (40...48).contains(p) || (90...97).contains(p) || (100...107).contains(p) {
                    found.append(String(p))
                }
            }
            rest = rest[end...]
        }
        return found
    }

    @Test func a_custom_binding_and_the_monochrome_theme_from_the_config_file() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let rows = try ReaderEndToEndTests.listed(cli)
        let second = try #require(rows[1]["title"] as? String)

        // The default theme draws in colour, so the check below can fail.
        let coloured = try Self.launch(cli, config: "")
        try coloured.waitFor(text: "全部 All")
        #expect(!Self.colourCodes(try coloured.captureWithStyles()).isEmpty)
        try coloured.type("q")
        #expect(try coloured.waitForExit() == 0)
        coloured.close()

        let session = try Self.launch(cli, config: """
            theme = "monochrome"
            [keys]
            quit = "x"
            move_down = "J"
            """)
        defer { session.close() }
        try session.waitFor(text: "全部 All")
        try ReaderEndToEndTests.waitForSoundFrame(session)
        #expect(Self.colourCodes(try session.captureWithStyles()) == [])
        #expect(try session.capture().last?.contains("x quit") == true)
        #expect(try session.capture().last?.contains("J move") == true)

        // j is no longer bound; J moves down; Enter opens the second row.
        try session.type("jJ")
        try session.send("Enter")
        try session.waitFor(text: String(second.prefix(8)))
        #expect(Self.colourCodes(try session.captureWithStyles()) == [])

        // q no longer quits (the reader still draws); x does.
        try session.type("q")
        usleep(300_000)
        #expect(try session.exitStatus() == nil)
        try session.type("x")
        #expect(try session.waitForExit() == 0)
    }

    @Test func a_broken_config_file_is_named_on_the_status_line_and_the_reader_runs_anyway() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let session = try Self.launch(cli, config: "mark_read = \"end\"\ntheme = \"neon\"\n")
        defer { session.close() }
        let screen = try session.waitFor(text: "config.toml:2: theme must be one of")
        #expect(screen.last?.contains("配置 config: ") == true)
        try session.type("j")
        try session.waitFor("the hints again") { $0.last?.contains("q quit") == true }
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    /// Opens the first list row whose article has a URL; returns the URL.
    static func openArticleWithURL(_ cli: CLIRunner, _ session: TmuxSession) throws -> String {
        let rows = try ReaderEndToEndTests.listed(cli)
        for (index, row) in rows.enumerated() {
            guard let key = row["key"] as? String else { continue }
            let shown = try cli.run(["show", key, "--json"]).stdout
            let object = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any]
            guard let url = object?["url"] as? String, url.hasPrefix("http") else { continue }
            try session.waitFor(text: "全部 All")
            try ReaderEndToEndTests.open(index: index, in: session, expecting: String((row["title"] as? String ?? "").prefix(6)))
            return url
        }
        throw SpawnError("no article with a URL in the sample")
    }

    @Test func o_hands_the_url_to_the_browser_and_the_screen_stays_intact() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let record = cli.directory.appendingPathComponent("browser-args").path
        // A "browser" that records its arguments and writes to both streams,
        // which must not reach the screen.
        let browser = try cli.file("browser.sh", "#!/bin/sh\necho \"$@\" > \(TmuxSession.shellQuote(record))\necho NOISE-OUT\necho NOISE-ERR >&2\n")
        chmod(browser, 0o755)
        let session = try Self.launch(cli, config: "", environment: ["BROWSER": browser])
        defer { session.close() }
        let url = try Self.openArticleWithURL(cli, session)
        try session.type("o")
        try session.waitFor(text: "opening")
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: record), Date() < deadline { usleep(20_000) }
        #expect(try String(contentsOfFile: record, encoding: .utf8) == url + "\n")
        usleep(200_000)
        let screen = try session.capture()
        #expect(!screen.joined().contains("NOISE"))
        try ReaderEndToEndTests.waitForSoundFrame(session)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func a_missing_browser_is_reported_on_the_status_line() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let session = try Self.launch(cli, config: "", environment: ["BROWSER": "no-such-browser-yuedu"])
        defer { session.close() }
        _ = try Self.openArticleWithURL(cli, session)
        try session.type("o")
        try session.waitFor(text: "no-such-browser-yuedu not found")
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func y_copies_the_url_with_osc_52() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let session = try Self.launch(cli, config: "")
        defer { session.close() }
        try session.tmux(["set-option", "-s", "set-clipboard", "on"])
        let url = try Self.openArticleWithURL(cli, session)
        try session.type("y")
        try session.waitFor(text: "copied")
        var buffer = ""
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            buffer = (try? session.tmux(["show-buffer"])) ?? ""
            if !buffer.isEmpty { break }
            usleep(20_000)
        }
        #expect(buffer == url)
        try ReaderEndToEndTests.waitForSoundFrame(session)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    /// What an xterm sends for a mouse event (X10 encoding, which ncurses
    /// asks for on this TERM): ESC [ M, then button, column and row, each
    /// plus 32 (cells counted from 1).
    static func mouseBytes(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + [32 + button, 33 + x, 33 + y].map { String(UnicodeScalar(UInt8($0))) }.joined()
    }

    static func mouse(_ session: TmuxSession, button: Int, x: Int, y: Int) throws {
        try session.type(mouseBytes(button: button, x: x, y: y))
    }

    /// A left click: press and release, as a terminal sends it (ncurses
    /// ignores a press while it believes the button is still down).
    static func clickBytes(x: Int, y: Int) -> String {
        mouseBytes(button: 0, x: x, y: y) + mouseBytes(button: 3, x: x, y: y)
    }

    /// A click sent as two writes, press then release, as a terminal sends them.
    static func click(_ session: TmuxSession, x: Int, y: Int) throws {
        try mouse(session, button: 0, x: x, y: y)
        try mouse(session, button: 3, x: x, y: y)
    }

    /// The reader on the sample library with its list on screen, and the
    /// title of the list's third row.
    static func launchOnTheList(_ cli: CLIRunner) throws -> (session: TmuxSession, third: String) {
        let rows = try ReaderEndToEndTests.listed(cli)
        let third = try #require(rows[2]["title"] as? String)
        let session = try launch(cli, config: "")
        try session.waitFor(text: "全部 All")
        return (session, third)
    }

    static func waitForArticle(titled title: String, in session: TmuxSession) throws {
        try session.waitFor("\(title.prefix(6)) in the article pane") { screen in
            screen.prefix(3).contains { $0.contains("│ " + title.prefix(6)) }
        }
    }

    /// Two clicks that reach the reader in one read, as they do when it is
    /// busy: ncurses parses them as one run and holds both presses, and the
    /// reader must take both (it once took the newest alone, so a double
    /// click on a loaded machine selected without opening).
    @Test func two_clicks_read_at_once_both_count() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let (session, third) = try Self.launchOnTheList(cli)
        defer { session.close() }
        try session.type(Self.clickBytes(x: 5, y: 3) + Self.clickBytes(x: 5, y: 3))
        try Self.waitForArticle(titled: third, in: session)
        try ReaderEndToEndTests.waitForSoundFrame(session)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func the_mouse_selects_opens_scrolls_and_follows_related_items() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let rows = try ReaderEndToEndTests.listed(cli)
        let (session, third) = try Self.launchOnTheList(cli)
        defer { session.close() }

        // A press on the third row selects it; a second press opens it.
        try Self.click(session, x: 5, y: 3)
        try Self.click(session, x: 5, y: 3)
        try Self.waitForArticle(titled: third, in: session)

        // Open the reference article, then press its first related item.
        let index = try #require(rows.firstIndex { ($0["title"] as? String) == ReaderEndToEndTests.referenceTitle })
        try session.send("Tab", "Tab")  // back to the list (article → related → list)
        try ReaderEndToEndTests.open(index: index - 2, in: session, expecting: "夯实项目建设")
        // The wheel over the article scrolls it: its title leaves the top, and comes back.
        try session.waitFor("the reference title at the article pane's top") { $0[1].contains("│ 四川古蔺县") }
        try Self.mouse(session, button: 65, x: 70, y: 5)
        try session.waitFor("the article scrolled down") { !$0[1].contains("│ 四川古蔺县") }
        try Self.mouse(session, button: 64, x: 70, y: 5)
        try session.waitFor("the article scrolled back") { $0[1].contains("│ 四川古蔺县") }

        // A click on the first related item opens it.
        let screen = try session.capture()
        let header = try #require(screen.firstIndex { $0.contains("相关阅读 Related") })
        try Self.click(session, x: 70, y: header + 1)
        try session.waitFor("the related article's title at the article pane's top") { $0[1].contains("│ 山东安丘市") }
        try ReaderEndToEndTests.waitForSoundFrame(session)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func a_vt100_gets_ascii_borders_and_an_8_colour_terminal_no_bright_colours() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let vt100 = try Self.launch(cli, config: "", width: 100, height: 30, environment: ["TERM": "vt100"])
        let screen = try vt100.waitFor(text: "全部 All")
        #expect(screen[0].hasPrefix("+- 全部 All"))
        #expect(!screen.joined().contains("─") && !screen.joined().contains("│"))
        try vt100.type("q")
        #expect(try vt100.waitForExit() == 0)
        vt100.close()

        let eight = try Self.launch(cli, config: "", width: 100, height: 30, environment: ["TERM": "screen"])
        defer { eight.close() }
        try eight.waitFor(text: "全部 All")
        let codes = Self.colourCodes(try eight.captureWithStyles())
        #expect(codes.contains("36"), "cyan titles")
        #expect(!codes.contains("90") && !codes.contains("38"), "no bright black on 8 colours: \(Set(codes))")
        #expect(try eight.capture()[0].hasPrefix("┌─ 全部 All"))
        try eight.type("q")
        #expect(try eight.waitForExit() == 0)
    }
}
