import Foundation
import Testing
import YueduTestSupport

/// What the reader leaves in and does to the terminal: suspension, colours.
@Suite(.serialized) struct TerminalHygieneTests {
    /// The reader's own pid: the pane runs `sh -c 'env … yuedu …; echo $?'`.
    static func readerPID(_ session: TmuxSession) throws -> String {
        let shell = try session.tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Spawn.run(["pgrep", "-P", shell]).stdout.split(separator: "\n")
        return try #require(children.first.map(String.init))
    }

    @Test func ctrl_z_suspends_the_reader_and_a_continue_redraws_it() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary()
        defer { cli.cleanUp() }
        let session = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
        defer { session.close() }
        try session.waitFor(text: "全部 All")
        let pid = try Self.readerPID(session)
        try session.send("C-z")
        // Suspended: ncurses left the alternate screen, so the frame is gone.
        try session.waitFor("the frame to go") { !$0.contains { $0.contains("全部 All") } }
        let state = try Spawn.run(["ps", "-o", "stat=", "-p", pid]).stdout
        #expect(state.hasPrefix("T"), "process state: \(state)")
        // Continue the pane's whole process group, as a shell's `fg` would.
        let group = try session.tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Spawn.run(["kill", "-CONT", "--", "-" + group])
        try session.waitFor(text: "全部 All")
        try ReaderEndToEndTests.waitForSoundFrame(session)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    /// SGR parameters that set a colour: 30–38, 40–48, 90–97, 100–107.
    static func usesColour(_ styled: String) -> Bool {
        let pattern = try! NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
        let range = NSRange(styled.startIndex..., in: styled)
        for match in pattern.matches(in: styled, range: range) {
            let parameters = (styled as NSString).substring(with: match.range(at: 1)).split(separator: ";").compactMap { Int($0) }
            if parameters.contains(where: { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }) {
                return true
            }
        }
        return false
    }

    @Test func no_color_draws_without_colour_codes_while_the_default_theme_has_them() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary()
        defer { cli.cleanUp() }
        for noColor in [false, true] {
            let session = try TmuxSession(width: 100, height: 30,
                                          command: [CLIRunner.binary.path, "--library", cli.libraryPath],
                                          environment: ["TERM": "screen-256color"].merging(noColor ? ["NO_COLOR": "1"] : [:]) { a, _ in a })
            defer { session.close() }
            try session.waitFor(text: "全部 All")
            try session.send("Enter")
            try session.waitFor(text: "相关阅读")
            let styled = try session.captureWithStyles()
            #expect(Self.usesColour(styled) == !noColor, "NO_COLOR=\(noColor):\n\(styled)")
            // Monochrome still marks the selection, by reverse video (SGR 7).
            #expect(styled.range(of: "\u{1B}\\[([0-9;]*;)?7(;[0-9;]*)?m", options: .regularExpression) != nil)
        }
    }
}
