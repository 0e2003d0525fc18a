import Foundation
import Testing

@Suite struct DocsAndConfigCLITests {
    @Test func the_printed_default_configuration_checks_clean() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let printed = try cli.run(["config", "--print-default"], library: false)
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("theme = \"default\"") && printed.stdout.contains("quit = [\"q\", \"^C\"]"))
        let path = try cli.file("config.toml", printed.stdout)
        let checked = try cli.run(["config", "--config", path], library: false)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout == "\(path): ok\n")
    }

    @Test func a_broken_configuration_is_reported_with_file_and_line() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = try cli.file("config.toml", "theme = \"monochrome\"\n\n[keys]\nquit = \"x\"\nfly = \"f\"\n")
        let checked = try cli.run(["config", "--config", path], library: false)
        #expect(checked.status == 1)
        #expect(checked.stderr == "\(path):5: unknown action \"fly\" in [keys] (see `yuedu config --print-default` for the names)\n")
    }

    @Test(arguments: ["\r\n", "\r"])
    func a_windows_or_old_mac_file_checks_clean_and_a_problem_in_it_prints_on_one_line(_ end: String) throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let clean = try cli.file("clean.toml", ["theme = \"light\"", "mouse = false", "[layout]", "list_width = 25", ""]
            .joined(separator: end))
        let checked = try cli.run(["config", "--config", clean], library: false)
        #expect(checked.status == 0 && checked.stdout == "\(clean): ok\n", "\(checked.stderr)")
        let broken = try cli.file("broken.toml", ["mouse = false", "theme = \"neon\\r\\u001B[2J\"", ""].joined(separator: end))
        let reported = try cli.run(["config", "--config", broken], library: false)
        #expect(reported.status == 1)
        #expect(reported.stderr == #"\#(broken):2: theme must be one of "default", "light", "monochrome", not "neon\r\u001B[2J""# + "\n")
    }

    @Test func the_default_place_follows_xdg_config_home() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let dir = cli.directory.appendingPathComponent("yuedu")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "theme = 3\n".write(to: dir.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let checked = try cli.run(["config"], environment: ["XDG_CONFIG_HOME": cli.directory.path], library: false)
        #expect(checked.stderr.hasPrefix(dir.appendingPathComponent("config.toml").path + ":1: theme must be one of"))
    }

    @Test func with_no_file_the_check_says_the_defaults_are_used() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let checked = try cli.run(["config"], environment: ["XDG_CONFIG_HOME": cli.directory.path], library: false)
        #expect(checked.status == 0)
        #expect(checked.stdout == cli.directory.path + "/yuedu/config.toml: no file; the reader uses the defaults\n")
    }

    @Test func version_prints_a_version_number() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["--version"], library: false)
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completion_scripts_know_every_subcommand(_ shell: String) throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["--generate-completion-script", shell], library: false)
        #expect(result.status == 0)
        for command in ["export", "config", "import", "show", "keys"] { #expect(result.stdout.contains(command), "\(shell) \(command)") }
        if shell == "bash" { #expect(result.stdout.contains("complete -o filenames -F _yuedu yuedu")) }
        if shell == "zsh" { #expect(result.stdout.hasPrefix("#compdef yuedu")) }
        if shell == "fish" { #expect(result.stdout.contains("complete -c 'yuedu'")) }
    }

    @Test func the_committed_manual_page_is_what_yuedu_man_writes_now() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let generated = try cli.run(["man"], library: false)
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try String(contentsOf: BuiltProducts.repositoryRoot.appendingPathComponent("Documentation/yuedu.1"), encoding: .utf8)
        #expect(generated.stdout == committed, "regenerate with: .build/debug/yuedu man > Documentation/yuedu.1")
        // Every visible subcommand and the reader's keys are in it.
        for command in ["read", "import", "export", "config", "list", "show", "fmt"] {
            #expect(committed.contains(".SS yuedu \(command)\n"), "\(command)")
        }
        #expect(committed.contains(".SH KEYS") && committed.contains(".B q ^C"))
        #expect(!committed.contains(".SS yuedu man"))
    }
}
