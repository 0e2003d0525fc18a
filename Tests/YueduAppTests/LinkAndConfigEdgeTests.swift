import Foundation
import YueduTestSupport
import Testing
import YueduApp
import YueduCore

@Suite struct BrowserCommandTests {
    @Test(arguments: [
        ([String: String](), ["xdg-open", "https://a.example/x"]),
        (["BROWSER": ""], ["xdg-open", "https://a.example/x"]),
        (["BROWSER": "firefox"], ["firefox", "https://a.example/x"]),
        (["BROWSER": "firefox --new-tab"], ["firefox", "--new-tab", "https://a.example/x"]),
        (["BROWSER": "w3m:lynx"], ["w3m", "https://a.example/x"]),
        (["BROWSER": "open -u %s --now"], ["open", "-u", "https://a.example/x", "--now"]),
    ])
    func the_browser_command_follows_the_browser_convention(_ environment: [String: String], _ expected: [String]) {
        #expect(BrowserLauncher.command(for: "https://a.example/x", environment: environment) == expected)
    }

    @Test func a_url_with_shell_syntax_stays_one_argument() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-browser"); defer { scratch.remove() }
        let dir = scratch.url
        let record = dir.appendingPathComponent("args").path
        let script = dir.appendingPathComponent("browser.sh").path
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$1\" > '\(record)'\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let url = "https://a.example/?q=$(touch \(dir.path)/pwned);x=`id`&y='z'"
        try BrowserLauncher.open(url, environment: ["BROWSER": script])
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: record), Date() < deadline { usleep(10_000) }
        usleep(50_000)
        #expect(try String(contentsOfFile: record, encoding: .utf8) == "1\n" + url + "\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("pwned").path))
    }

    @Test func a_missing_browser_is_an_error_that_names_it() {
        #expect(throws: BrowserLauncher.Failure.self) {
            try BrowserLauncher.open("https://a.example/", environment: ["BROWSER": "no-such-browser-yuedu-test"])
        }
    }
}

@Suite struct ClipboardTests {
    @Test func osc_52_carries_the_text_base64_encoded_and_ends_with_bel() {
        #expect(Clipboard.osc52("https://例子.cn/a") == "\u{1B}]52;c;" + Data("https://例子.cn/a".utf8).base64EncodedString() + "\u{07}")
        // Nothing of the text appears raw, so it cannot end the sequence early.
        let hostile = "\u{07}\u{1B}]0;title\u{07}"
        #expect(!Clipboard.osc52(hostile).dropFirst(7).dropLast().contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }
}

@Suite struct ConfigLoaderTests {
    @Test func the_path_follows_xdg_then_home() {
        #expect(ConfigLoader.path(explicit: "/x.toml", environment: ["XDG_CONFIG_HOME": "/c"]) == "/x.toml")
        #expect(ConfigLoader.path(explicit: nil, environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/yuedu/config.toml")
        // A relative XDG_CONFIG_HOME is invalid by the spec: ignored.
        #expect(ConfigLoader.path(explicit: nil, environment: ["XDG_CONFIG_HOME": "c", "HOME": "/h"]) == "/h/.config/yuedu/config.toml")
    }

    @Test func a_missing_default_file_is_silent_and_a_missing_named_file_is_a_problem() {
        let env = ["HOME": "/nonexistent-yuedu-home"]
        #expect(ConfigLoader.load(explicit: nil, environment: env).problems.isEmpty)
        let named = ConfigLoader.load(explicit: "/nonexistent-yuedu.toml", environment: env)
        #expect(named.preferences == .standard)
        #expect(named.problems.map(\.description) == ["/nonexistent-yuedu.toml: no such file; using the defaults"])
    }

    @Test func a_file_that_is_not_utf8_is_reported_and_a_bom_is_accepted() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-config"); defer { scratch.remove() }
        let path = scratch.path + "/config.toml"
        try Data([0x74, 0x68, 0x65, 0x6D, 0x65, 0x20, 0x3D, 0x20, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
        #expect(ConfigLoader.load(explicit: path).problems.first?.message == "is not UTF-8; using the defaults")
        try Data("\u{FEFF}theme = \"light\"\n".utf8).write(to: URL(fileURLWithPath: path))
        let loaded = ConfigLoader.load(explicit: path)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.preferences.theme == .light)
    }
}
