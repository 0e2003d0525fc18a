import Testing
import YueduConfig
@testable import YueduCore
import YueduModel

@Suite struct ConfigFileTests {
    func load(_ text: String) -> ConfigFile.Loaded { ConfigFile.parse(text, file: "/home/u/.config/yuedu/config.toml") }

    @Test func an_empty_file_gives_the_defaults_and_no_problems() {
        let loaded = load("")
        #expect(loaded.preferences == .standard)
        #expect(loaded.problems.isEmpty)
    }

    @Test func the_printed_default_file_parses_back_to_the_defaults() {
        let text = DefaultConfigText.make()
        let loaded = load(text)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.preferences == .standard)
        // Every configurable action is listed, so the file documents them all.
        for command in Command.configurable { #expect(text.contains("\n\(command.configName) = "), "\(command)") }
    }

    @Test func a_non_default_file_prints_and_parses_back_to_itself() {
        var p = Preferences()
        p.theme = .light; p.markRead = .atEnd; p.firstLineIndent = false; p.asciiPunctuation = true; p.mouse = false
        p.conversion = .s2hk
        p.layout = LayoutPreferences(listPercent: 35, relatedPercent: 20, related: .below)
        #expect(load(DefaultConfigText.make(p)).preferences == p)
    }

    @Test func convert_names_an_opencc_conversion_and_a_wrong_name_lists_the_valid_ones() {
        #expect(load("convert = \"s2twp\"").preferences.conversion == .s2twp)
        let loaded = load("theme = \"light\"\nconvert = \"s2x\"\n")
        #expect(loaded.preferences.conversion == .none)
        #expect(loaded.preferences.theme == .light)
        #expect(loaded.problems.map(\.description) == [
            "/home/u/.config/yuedu/config.toml:2: convert must be one of \"none\", \"s2t\", \"t2s\", \"s2tw\", \"tw2s\", "
                + "\"s2twp\", \"tw2sp\", \"s2hk\", \"hk2s\", \"t2tw\", \"tw2t\", \"t2hk\", \"hk2t\", not \"s2x\""])
    }

    @Test func valid_settings_are_read() {
        let loaded = load("""
        # comment
        theme = "monochrome"   # trailing comment
        mark_read = 'end'
        first_line_indent = false
        ascii_punctuation = true

        [layout]
        list_width = 25
        related_size = 40
        related = "below"

        [keys]
        quit = "x"
        move_down = ["J", "Down", "^N"]
        """)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        let p = loaded.preferences
        #expect(p.theme == .monochrome)
        #expect(p.markRead == .atEnd)
        #expect(!p.firstLineIndent)
        #expect(p.asciiPunctuation)
        #expect(p.layout == LayoutPreferences(listPercent: 25, relatedPercent: 40, related: .below))
        #expect(p.keyMap.command(for: .character("x"), in: .list) == .quit)
        #expect(p.keyMap.command(for: .character("q"), in: .list) == nil)
        #expect(p.keyMap.command(for: .control("c"), in: .article) == nil)
        #expect(p.keyMap.command(for: .character("J"), in: .article) == .moveDown)
        #expect(p.keyMap.command(for: .control("n"), in: .help) == .moveDown)
        #expect(p.keyMap.command(for: .character("j"), in: .list) == nil)
        // Overlays keep their own close keys.
        #expect(p.keyMap.command(for: .character("q"), in: .help) == .close)
    }

    @Test func a_syntax_error_names_file_and_line_and_keeps_every_default() {
        let loaded = load("theme = \"light\"\n[keys]\nquit = \"x\n")
        #expect(loaded.preferences == .standard)
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems[0].line == 3)
        #expect(loaded.problems[0].description.hasPrefix("/home/u/.config/yuedu/config.toml:3: "))
        #expect(loaded.problems[0].message.contains("no closing \""))
    }

    @Test(arguments: [
        ("theme = light", 1, "expected true, false"),
        ("[layout\n", 1, "expected ]"),
        ("\n\nkeys.quit = \"x\"", 3, "dotted keys"),
        ("theme = \"light\"\ntheme = \"default\"", 2, "set twice"),
        ("x = [\"a\"", 1, "same line"),
        ("x = \"\\q\"", 1, "unknown escape"),
        ("= 3", 1, "expected a name"),
        ("a = 1 2", 1, "after the value"),
    ])
    func each_syntax_error_is_located_and_explained(_ text: String, line: Int, phrase: String) {
        let loaded = load(text)
        #expect(loaded.problems.map(\.line) == [line])
        #expect(loaded.problems.first?.message.contains(phrase) == true, "\(loaded.problems)")
        #expect(loaded.preferences == .standard)
    }

    @Test func unknown_settings_tables_and_actions_are_reported_and_the_rest_applies() {
        let loaded = load("""
        colour = "red"
        theme = "light"
        [layout]
        sidebar = 3
        [fonts]
        size = 12
        [keys]
        teleport = "t"
        quit = "x"
        """)
        #expect(loaded.preferences.theme == .light)
        #expect(loaded.preferences.keyMap.command(for: .character("x"), in: .list) == .quit)
        #expect(loaded.problems.map(\.line) == [1, 4, 6, 8])
        #expect(loaded.problems[0].message == "unknown setting \"colour\"")
        #expect(loaded.problems[1].message == "unknown setting \"layout.sidebar\"")
        #expect(loaded.problems[2].message.hasPrefix("unknown table [fonts]"))
        #expect(loaded.problems[3].message.hasPrefix("unknown action \"teleport\""))
    }

    @Test func bad_values_are_reported_and_keep_their_default() {
        let loaded = load("""
        theme = "solarized"
        mark_read = true
        first_line_indent = "yes"
        [layout]
        list_width = 90
        related = "left"
        [keys]
        quit = "Hyper-Q"
        help = 5
        """)
        #expect(loaded.preferences == .standard)
        #expect(loaded.problems.map(\.line) == [1, 2, 3, 5, 6, 8, 9])
        #expect(loaded.problems[0].message == "theme must be one of \"default\", \"light\", \"monochrome\", not \"solarized\"")
        #expect(loaded.problems[3].message.contains("from 10 to 60, not 90"))
        #expect(loaded.problems[5].message.contains("unknown key \"Hyper-Q\""))
    }

    @Test func a_key_taken_from_a_default_binding_is_reported_and_moves() {
        let loaded = load("[keys]\nsearch = \"j\"\n")
        let map = loaded.preferences.keyMap
        #expect(map.command(for: .character("j"), in: .list) == .search)
        #expect(map.command(for: .down, in: .list) == .moveDown)
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems[0].line == 2)
        #expect(loaded.problems[0].message.contains("was the key of move_down"))
        #expect(map.ambiguousKeys.isEmpty)
    }

    @Test func two_actions_given_one_key_is_a_conflict_the_first_keeps() {
        let loaded = load("[keys]\nhelp = \"x\"\nquit = [\"x\", \"Q\"]\n")
        let map = loaded.preferences.keyMap
        #expect(map.command(for: .character("x"), in: .list) == .help)
        #expect(map.command(for: .character("Q"), in: .list) == .quit)
        #expect(loaded.problems.map(\.line) == [3])
        #expect(loaded.problems[0].message == "\"x\" is already bound to help; quit does not get it")
        #expect(map.ambiguousKeys.isEmpty)
    }

    @Test func swapping_two_keys_is_no_conflict() {
        let loaded = load("[keys]\nmove_down = \"k\"\nmove_up = \"j\"\n")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.preferences.keyMap.command(for: .character("k"), in: .article) == .moveDown)
        #expect(loaded.preferences.keyMap.command(for: .character("j"), in: .article) == .moveUp)
    }

    @Test func keys_in_different_places_do_not_conflict() {
        // ^D deletes in the search prompt and pages in the panes: both stay.
        let loaded = load("[keys]\nhalf_page_down = \"^D\"\n")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.preferences.keyMap.command(for: .control("d"), in: .prompt) == .deleteForward)
    }

    @Test func a_rebound_key_changes_the_status_hint_and_the_help() {
        let map = load("[keys]\nquit = \"x\"\n").preferences.keyMap
        #expect(HelpContent.hints(.list, map).contains("x quit"))
        #expect(!HelpContent.hints(.list, map).contains("q quit"))
        #expect(HelpContent.lines(map).contains { $0.keys == "x" && $0.help.contains("quit") })
    }

    @Test(arguments: [
        ("j", Key.character("j")), ("Space", .character(" ")), (" ", .character(" ")), ("^D", .control("d")),
        ("C-d", .control("d")), ("Ctrl-F", .control("f")), ("Down", .down), ("↓", .down), ("PgDn", .pageDown),
        ("PageUp", .pageUp), ("S-Tab", .backTab), ("Esc", .escape), ("BS", .backspace), ("F5", .function(5)),
        ("Enter", .enter), ("?", .character("?")), ("中", .character("中")),
    ])
    func key_names_are_read(_ name: String, key: Key) {
        #expect(Key(configName: name) == key)
    }

    @Test func every_key_the_table_uses_prints_a_name_that_reads_back() {
        for binding in KeyMap.standard.bindings {
            for key in binding.keys { #expect(Key(configName: key.configName) == key, "\(key)") }
        }
        #expect(Key(configName: "") == nil)
        #expect(Key(configName: "^1") == nil)
        #expect(Key(configName: "F13") == nil)
    }

    @Test func a_custom_binding_drives_the_reducer() {
        var s = AppState(width: 120, height: 40)
        _ = s.restore(from: SessionSnapshot(view: .all))
        let rows = (0..<3).map { n in
            ArticleSummary(id: Int64(n + 1), key: "k\(n)", title: "标题\(n)", site: "人民网",
                           published: PublishedDate(year: 2024, month: 9, day: 26, hour: 9, minute: 30), views: nil,
                           source: "人民网", editor: "编辑", isRead: false, isFavorite: false)
        }
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: rows, total: rows.count))
        s.preferences = load("[keys]\nmove_down = \"n\"\n").preferences
        let before = s.selection
        _ = reduce(&s, .keyPressed(.character("n")))
        #expect(s.selection == before + 1)
        _ = reduce(&s, .keyPressed(.character("j")))
        #expect(s.selection == before + 1)
    }
}
