import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
import YueduTestSupport

/// Signals end the reader cleanly (terminal modes as before, state kept,
/// exit 0); a C locale still shows CJK; library files are private; paths
/// with spaces and CJK work everywhere.
@Suite(.serialized) struct FaultSignalAndLocaleTests {
    /// The reader under `sh`, with the tty's settings recorded before and after.
    static func launchRecordingTTY(_ cli: CLIRunner, environment: [String: String] = ["TERM": "screen-256color"]) throws -> TmuxSession {
        let dir = cli.directory.path
        let reader = [CLIRunner.binary.path, "--library", cli.libraryPath].map(TmuxSession.shellQuote).joined(separator: " ")
        // The pane stays alive a moment after the reader: a dead pane shows
        // tmux's own notice, which hides the cursor the reader restored.
        let script = "stty -a > \(TmuxSession.shellQuote(dir + "/tty.before")); \(reader); s=$?; "
            + "stty -a > \(TmuxSession.shellQuote(dir + "/tty.after")); echo $s > \(TmuxSession.shellQuote(dir + "/reader.status")); "
            + "sleep 2; exit $s"
        return try TmuxSession(width: 100, height: 30, command: ["sh", "-c", script], environment: environment)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func a_termination_signal_restores_the_terminal_keeps_the_favourite_and_exits_0(signal: Int32) throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let session = try Self.launchRecordingTTY(cli)
        defer { session.closeKillingDescendants() }
        try session.waitFor(text: "全部 All")
        #expect(try session.tmux(["display-message", "-p", "-t", "t", "#{alternate_on}"]).hasPrefix("1"))
        try session.type("jjf")
        try session.waitFor(text: "收藏 1")
        let pid = try #require(session.readerPID())
        kill(pid, signal)
        let statusFile = cli.directory.path + "/reader.status"
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: statusFile) && Date() < deadline { usleep(20_000) }
        #expect((try? String(contentsOfFile: statusFile, encoding: .utf8)) == "0\n")
        // tmux parses the pane's last output on its own schedule: give it a moment.
        var flags = ""
        for _ in 0..<50 {
            flags = try session.tmux(["display-message", "-p", "-t", "t", "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if flags == "0 1 0" { break }
            usleep(40_000)
        }
        #expect(flags == "0 1 0", "alternate screen, cursor shown, mouse reporting: \(flags)")
        let before = try String(contentsOfFile: cli.directory.path + "/tty.before", encoding: .utf8)
        let after = try String(contentsOfFile: cli.directory.path + "/tty.after", encoding: .utf8)
        #expect(before == after, "tty modes changed:\n\(before)\n\(after)")
        #expect(try session.waitForExit() == 0)
        #expect(try ReaderEndToEndTests.listed(cli, ["--favorites"]).count == 1)
    }

    /// The terminal module falls back to C.UTF-8 when the locale has no UTF-8.
    @Test(arguments: [["LC_ALL": "C", "LANG": ""], ["LC_ALL": "", "LANG": "C"], ["LC_ALL": "POSIX", "LANG": ""], ["LC_ALL": "", "LANG": ""]])
    func a_c_locale_still_shows_chinese_in_a_sound_frame(environment: [String: String]) throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let session = try TmuxSession(width: 100, height: 30, command: [CLIRunner.binary.path, "--library", cli.libraryPath],
                                      environment: environment.merging(["TERM": "screen-256color", "LC_CTYPE": ""]) { a, _ in a })
        defer { session.closeKillingDescendants() }
        try session.waitFor(text: "全部 All")
        try session.waitFor(text: ReaderEndToEndTests.relatedTitle)
        try ReaderEndToEndTests.waitForSoundFrame(session)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func library_files_are_private_even_under_a_permissive_umask() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let xdg = cli.directory.appendingPathComponent("data").path
        let page = BuiltProducts.repositoryRoot.appendingPathComponent("Data/pages").path
        let command = ["umask 000;", "XDG_DATA_HOME=" + TmuxSession.shellQuote(xdg),
                       TmuxSession.shellQuote(CLIRunner.binary.path), "import", TmuxSession.shellQuote(page)].joined(separator: " ")
        #expect(try ShellRun.sh(command).status == 0)
        // The reader holds the library open: SQLite's -wal and -shm exist now.
        let session = try TmuxSession(width: 100, height: 30, command: ["sh", "-c", "umask 000; exec " + TmuxSession.shellQuote(CLIRunner.binary.path)],
                                      environment: ["TERM": "screen-256color", "XDG_DATA_HOME": xdg])
        defer { session.closeKillingDescendants() }
        try session.waitFor(text: "全部 All")
        let fm = FileManager.default
        #expect(try fm.attributesOfItem(atPath: xdg + "/yuedu")[.posixPermissions] as? Int == 0o700)
        var checked = 0
        for name in try fm.contentsOfDirectory(atPath: xdg + "/yuedu") {
            #expect(try fm.attributesOfItem(atPath: xdg + "/yuedu/" + name)[.posixPermissions] as? Int == 0o600, "\(name)")
            checked += 1
        }
        #expect(checked >= 2, "the library and SQLite's files beside it")
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func paths_with_spaces_and_cjk_work_for_the_library_and_for_imports() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let libraryDir = cli.directory.appendingPathComponent("我的 书库 (阅读)").path
        let inputDir = cli.directory.appendingPathComponent("文章 集/第 1 批").path
        try FileManager.default.createDirectory(atPath: libraryDir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: inputDir, withIntermediateDirectories: true)
        let library = libraryDir + "/图书馆 library's.sqlite"
        let data = BuiltProducts.repositoryRoot.appendingPathComponent("Data")
        try FileManager.default.copyItem(atPath: data.path + "/pages/000_509d968b07703b45.txt", toPath: inputDir + "/参考 页面.txt")
        try FileManager.default.copyItem(atPath: data.path + "/articles.jsonl", toPath: inputDir + "/文章 列表.jsonl")
        let imported = try cli.run(["import", inputDir + "/参考 页面.txt", cli.directory.path + "/文章 集", "--library", library], library: false)
        #expect(imported.status == 0, "\(imported.stderr)")
        let list = try cli.run(["list", "--json", "--library", library], library: false)
        #expect(list.stdout.contains(ReaderEndToEndTests.referenceTitle))
        let permissions = try FileManager.default.attributesOfItem(atPath: library)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let session = try TmuxSession(width: 100, height: 30, command: [CLIRunner.binary.path, "--library", library],
                                      environment: ["TERM": "screen-256color"])
        defer { session.closeKillingDescendants() }
        try session.waitFor(text: "全部 All")
        try session.type("q")
        #expect(try session.waitForExit() == 0)
        // An error about such a path names it exactly.
        let missing = cli.directory.appendingPathComponent("不存在 的/库.sqlite").path
        let refused = try cli.run(["list", "--library", missing], library: false)
        #expect(refused.status != 0 && refused.stderr.contains(missing))
    }
}
