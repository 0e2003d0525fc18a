import Testing
import YueduConfig
import YueduCore

/// Files from Windows and old Mac editors read as their authors meant, and
/// the subset reads what it accepts exactly as TOML 1.0 does.
@Suite struct LineEndAndTOMLSubsetTests {
    func load(_ text: String) -> ConfigFile.Loaded { ConfigFile.parse(text, file: "config.toml") }

    static let settings = ["theme = \"light\"", "mouse = false", "[layout]", "list_width = 25", "# a comment", "[keys]",
                           "quit = [\"x\", \"Q\"]"]

    @Test(arguments: ["\r\n", "\r", "\n"])
    func every_setting_is_read_whatever_the_line_ends(_ end: String) {
        let loaded = load(Self.settings.joined(separator: end) + end)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.preferences.theme == .light)
        #expect(!loaded.preferences.mouse)
        #expect(loaded.preferences.layout.listPercent == 25)
        #expect(loaded.preferences.keyMap.command(for: .character("Q"), in: .list) == .quit)
    }

    @Test(arguments: ["\r\n", "\r"])
    func a_problem_in_a_crlf_or_cr_file_names_the_right_line(_ end: String) {
        let loaded = load(["mouse = false", "", "theme = \"neon\""].joined(separator: end))
        #expect(loaded.problems.map(\.line) == [3])
        #expect(!loaded.preferences.mouse)
    }

    @Test func a_message_quoting_the_users_text_escapes_control_characters() {
        let syntax = load("mouse = false \u{1B}[31m\u{7}\n").problems
        #expect(syntax.map(\.description) == [
            #"config.toml:1: unexpected "\u001B[31m\u0007" after the value; using the defaults"#,
        ])
        let value = load("theme = \"neon\\r\\n\\u001B]0;pwned\\u0007\"").problems
        #expect(value.map(\.message) == [
            #"theme must be one of "default", "light", "monochrome", not "neon\r\n\u001B]0;pwned\u0007""#,
        ])
        let key = load("[keys]\nquit = \"\\u0085\"").problems
        #expect(key.first?.message.contains(#"unknown key "\u0085""#) == true, "\(key)")
        for problem in syntax + value + key {
            #expect(!problem.description.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
        let file = ConfigProblem(file: "/tmp/a\nb.toml", line: 2, message: "x")
        #expect(file.description == #"/tmp/a\nb.toml:2: x"#)
    }

    /// The status row has room for the line and the message, not for a deep
    /// path: the brief form names the file alone, the full one keeps it all.
    @Test func the_brief_form_names_the_file_without_its_directories() {
        let deep = ConfigProblem(file: "/check/work/main/.build/tmp/yuedu-cli-78E8/config.toml", line: 2, message: "theme must be one of")
        #expect(deep.brief == "config.toml:2: theme must be one of")
        #expect(deep.description == "/check/work/main/.build/tmp/yuedu-cli-78E8/config.toml:2: theme must be one of")
        #expect(ConfigProblem(file: "config.toml", line: nil, message: "is not UTF-8").brief == "config.toml: is not UTF-8")
    }

    @Test(arguments: [
        ("a = 0", 0), ("a = -0", 0), ("a = +17", 17), ("a = 1_000", 1000), ("a = -9_223_372_036_854_775_808", Int.min),
    ])
    func decimal_integers_read_as_toml_reads_them(_ text: String, value: Int) throws {
        let entries = try TOMLSubset.parse(text).get()
        #expect(entries.map(\.value) == [.integer(value)])
    }

    @Test(arguments: [
        ("a = 007", "not a decimal integer"), ("a = 1__0", "not a decimal integer"), ("a = 1_", "not a decimal integer"),
        ("a = _1", "expected true, false"), ("a = 1.5", "not a decimal integer"), ("a = 0x10", "not a decimal integer"),
        ("a = 1979-05-27", "not a decimal integer"), ("a = 9223372036854775808", "not a decimal integer"),
        ("a = \"x\u{1}y\"", "control character (\\u0001) in a string"), ("a = 'x\u{7F}'", "control character (\\u007F)"),
        ("a = 1 # bell \u{7}", "control character (\\u0007) in a comment"),
        ("\"a\" = 1", "quoted keys are not supported"), ("a = \"\"\"x\"\"\"", "multi-line strings"),
        ("[[a]]", "arrays of tables"), ("a = 1\n[a]", "names a key already set"), ("a = truex", "expected true, false"),
    ])
    func what_toml_refuses_or_the_subset_leaves_out_is_an_error(_ text: String, phrase: String) {
        guard case .failure(let error) = TOMLSubset.parse(text) else {
            Issue.record("\(text.debugDescription) was accepted")
            return
        }
        #expect(error.message.contains(phrase), "\(error.message)")
    }

    @Test func strings_are_read_by_scalars_so_a_combining_mark_cannot_hide_a_quote() throws {
        // "\u{301}" after the opening quote is one Character with it in Swift.
        let entries = try TOMLSubset.parse("a = \"\u{301}x\"\nb = 'é\u{301}'").get()
        #expect(entries.map(\.value) == [.string("\u{301}x"), .string("é\u{301}")])
        #expect(try TOMLSubset.parse("a = \"tab\there\" # ok\tstill").get().map(\.value) == [.string("tab\there")])
    }

    @Test func quoting_for_the_default_file_reads_back_exactly() throws {
        let text = "a\"b\\c\n\t\u{1B}\u{85}中"
        let entries = try TOMLSubset.parse("a = " + TOMLSubset.quote(text)).get()
        #expect(entries.map(\.value) == [.string(text)])
    }
}
