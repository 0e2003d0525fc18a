import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
import YueduTestSupport

/// Hostile article text imported through JSON Lines and read in the real
/// reader, whose terminal output is recorded byte for byte by `script`
/// (running inside tmux, so keys still arrive): no control sequence from the
/// text may reach the terminal, and the reader must stay responsive.
@Suite(.serialized) struct HostileTextTests {
    /// Every kind of terminal control a web page could smuggle in.
    static let payloads = [
        "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}",                 // OSC 52: write the clipboard (BEL)
        "\u{1B}]52;c;ZWNobyBwd25lZA==\u{1B}\\",               // OSC 52 ended by ST
        "\u{1B}]8;;https://evil.example/\u{1B}\\链接\u{1B}]8;;\u{1B}\\",  // OSC 8 hyperlink
        "\u{1B}]0;窗口标题\u{07}", "\u{1B}]2;window title\u{07}",  // window title
        "\u{1B}P+q544e\u{1B}\\", "\u{1B}Pq#0;2;0;0;0#1~~@@\u{1B}\\",  // DCS: XTGETTCAP, sixel
        "\u{1B}_apc\u{1B}\\", "\u{1B}^pm\u{1B}\\", "\u{1B}Xsos\u{1B}\\",
        "\u{1B}[2J\u{1B}[H", "\u{1B}[31;1;5m红", "\u{1B}[?1049l", "\u{1B}[6n", "\u{1B}[21t", "\u{1B}c", "\u{1B}[>c",
        "\u{9B}31m", "\u{9D}0;c1 title\u{9C}", "\u{90}c1 dcs\u{9C}", "\u{85}\u{8D}\u{8E}\u{8F}",  // C1 as UTF-8
        "\u{202E}override\u{202C}", "\u{2066}isolate\u{2069}", "\u{200F}\u{200E}\u{061C}",           // bidi
        "\u{0}nul", "\u{7}bell", "\u{8}\u{8}back", "\r\rreturn", "\u{7F}del", "\u{B}\u{C}vt ff", "\u{1B}",
    ]
    static let hostile = payloads.joined(separator: "中文")

    static func jsonLine(_ object: [String: Any]) throws -> Data {
        var data = try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    static func article(id: String, title: String, published: String, body: [String],
                        related: [[String: String]] = [], site: String = "测试网", by: String = "编辑") -> [String: Any] {
        ["id": id, "title": title, "site": site, "published": published, "body": body,
         "source": by, "editor": by, "related": related]
    }

    /// The hostile library as one JSON Lines file, plus lines whose bytes are
    /// not UTF-8 at all (raw C1 and invalid sequences).
    static func writeCorpus(to path: String) throws {
        var out = Data()
        let related = (1...8).map { ["title": "相关\($0)" + hostile, "source": hostile, "date": "09-26", "excerpt": hostile] }
        out += try jsonLine(article(id: "a", title: "恶意标题" + hostile, published: "2024-09-05T10:00+08:00",
                                    body: Array(repeating: "恶意正文" + hostile, count: 40), related: related,
                                    site: "恶意站" + hostile, by: hostile))
        out += try jsonLine(article(id: "b", title: "五万字标题" + String(repeating: "很长的标题文字\u{1B}]0;x\u{7}", count: 50_000 / 12),
                                    published: "2024-09-04T10:00+08:00", body: ["五万字标题的正文。"]))
        // 10 MB in one paragraph: CJK prose with escapes sprinkled through it.
        let chunk = String(repeating: "十兆段落的内容，", count: 40) + hostile
        let big = "十兆段落开始" + String(repeating: chunk, count: 10_000_000 / chunk.utf8.count + 1)
        out += try jsonLine(article(id: "c", title: "十兆段落", published: "2024-09-03T10:00+08:00", body: [big, "结尾段。"]))
        let many = (0..<100_000).map { ["title": "相关阅读第\($0)条\u{1B}[31m", "source": "来源", "date": "2024-01-01", "excerpt": "摘要\u{9B}2J"] }
        out += try jsonLine(article(id: "d", title: "十万相关", published: "2024-09-02T10:00+08:00", body: ["十万条相关阅读。"], related: many))
        // Raw bytes that are not UTF-8: 8-bit C1 CSI, a lone continuation, an overlong NUL.
        var raw = Data(#"{"id":"e","title":"坏字节"#.utf8)
        raw += Data([0x9B, 0x33, 0x31, 0x6D, 0x80, 0xC0, 0x80, 0xFF, 0xFE])
        raw += Data(#"","site":"测试网","published":"2024-09-01T10:00+08:00","body":["坏字节正文"#.utf8)
        raw += Data([0x9D, 0x30, 0x3B, 0x78, 0x07])
        raw += Data(#""],"source":"甲","editor":"乙","related":[]}"#.utf8) + Data([0x0A])
        out += raw
        try out.write(to: URL(fileURLWithPath: path))
    }

    @Test func hostile_text_never_reaches_the_terminal_as_a_control_sequence_and_the_reader_stays_responsive() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let corpus = cli.directory.appendingPathComponent("hostile.jsonl").path
        try Self.writeCorpus(to: corpus)
        let imported = try cli.run(["import", corpus])
        #expect(!imported.stderr.contains("Fatal error"))
        let keys = try ReaderEndToEndTests.listed(cli).compactMap { $0["title"] as? String }
        // Four articles are valid JSON; the raw-byte line is imported or refused by line, never half.
        #expect(keys.count >= 4, "\(imported.stdout) \(imported.stderr)")
        // Nothing was cut on the way in: the 10 MB paragraph and the 100,000 related items are whole.
        let stored = try LibraryInspector.articles(cli.libraryPath)
        #expect(stored.values.contains { $0.body.utf8.count > 9_900_000 }, "\(stored.values.map { $0.body.utf8.count })")
        #expect(stored.values.contains { $0.relatedCount == 100_000 })

        let log = cli.directory.appendingPathComponent("terminal.log").path
        let reader = [CLIRunner.binary.path, "--library", cli.libraryPath].map(TmuxSession.shellQuote).joined(separator: " ")
        let session = try TmuxSession(width: 100, height: 30, command: ["script", "-q", "-f", "-e", "-O", log, "-c", reader],
                                      environment: ["TERM": "screen-256color"])
        defer { session.closeKillingDescendants() }
        try session.waitFor(text: "全部 All", timeout: 20)

        // Open each article from the list, read down, visit its related pane.
        var latencies: [String: Double] = [:]
        // Each article: a marker seen on opening, and one seen at its bottom (`G`).
        let visits = [(0, "恶意标题", "恶意正文"), (1, "五万字标题很长", "五万字标题的正文"),
                      (2, "十兆段落开始", "结尾段"), (3, "十万条相关阅读", "十万条相关阅读")]
        for (index, marker, bottom) in visits {
            // No Esc here: Esc followed at once by a key reads as Alt+key.
            try session.type("hhhg")
            if index > 0 { try session.type(String(repeating: "j", count: index)) }
            let started = Date()
            try session.send("Enter")
            // Loading 10 MB takes seconds in a debug build on a busy machine; only its first rows are laid out here.
            try session.waitFor(text: marker, timeout: 90)
            latencies[marker] = Date().timeIntervalSince(started)
            try session.send("Space")
            try session.send("Space")
            let scrolled = Date()
            try session.type("G")
            // The 10 MB paragraph opens with its first rows; G reaches its
            // end once the whole layout, made off the UI thread, arrives.
            try session.waitFor(text: bottom, timeout: index == 2 ? 120 : 10)
            latencies["G " + bottom] = Date().timeIntervalSince(scrolled)
            try session.send("Tab")
            try session.type("jjjG")
            try session.send("Tab")
        }
        // Still answering keys: the help overlay opens and closes promptly.
        let asked = Date()
        try session.type("?")
        try session.waitFor(text: "帮助", timeout: 5)
        let helpLatency = Date().timeIntervalSince(asked)
        try session.send("Escape")
        usleep(300_000)  // let Esc stand alone, not as Alt+q
        try session.type("q")
        #expect(try session.waitForExit(timeout: 10) == 0)

        // The plain-text commands print the same titles and bodies: to a terminal, usually.
        var printed = 0
        for command in [["list"], ["list", "--unread"], ["stats"]] {
            let result = try cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let scan = HostileOutputScanner(Array(result.stdout.utf8))
            #expect(scan.problems.isEmpty, "\(command): \(scan.problems.prefix(5))")
            printed += 1
        }
        for row in try ReaderEndToEndTests.listed(cli) {
            let key = try #require(row["key"] as? String)
            let result = try cli.run(["show", key, "--width", "60"])
            #expect(result.status == 0, "show \(key): \(result.stderr.prefix(300))")
            let scan = HostileOutputScanner(Array(result.stdout.utf8))
            #expect(scan.problems.isEmpty, "show \(key): \(scan.problems.prefix(5))")
            printed += 1
        }
        #expect(printed == 7)

        let bytes = [UInt8](try #require(FileBytes.of(log)))
        let scan = HostileOutputScanner(bytes)
        #expect(scan.problems.isEmpty, "\(scan.problems.count) problems:\n\(scan.problems.prefix(10).joined(separator: "\n"))")
        #expect(scan.escapeSequences > 100, "the recording holds the reader's own drawing")
        #expect(helpLatency < 5)
        print("HOSTILE: \(bytes.count) terminal bytes, \(scan.escapeSequences) escape sequences, \(scan.problems.count) foreign; "
              + "open latency \(latencies.map { "\($0.key) \(String(format: "%.2f", $0.value)) s" }.sorted()); "
              + "help after \(String(format: "%.2f", helpLatency)) s")
    }

    /// Import errors quote what the file held: that quote must not carry the file's escapes.
    @Test func import_errors_quote_hostile_field_values_without_control_sequences() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        var lines = Data()
        for (field, value) in [("published", Self.hostile), ("views", Self.hostile), ("lang", "\u{1B}]0;x\u{7}")] {
            var object = Self.article(id: field, title: "坏字段", published: "2024-09-05T10:00+08:00", body: ["正文"])
            object[field] = value
            if field == "lang" { object["lang"] = ["\u{1B}]0;x\u{7}"] }
            lines += try Self.jsonLine(object)
        }
        lines += Data("{\"id\": \"\u{1B}]52;c;eA==\u{7}\n".utf8)  // a line cut short, escapes raw in it
        let path = cli.directory.appendingPathComponent("bad\u{1B}]0;name\u{7}.jsonl").path
        try lines.write(to: URL(fileURLWithPath: path))
        let result = try cli.run(["import", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("failed 4"), "\(result.stdout)")
        for output in [result.stdout, result.stderr] {
            let scan = HostileOutputScanner(Array(output.utf8))
            #expect(scan.problems.isEmpty, "\(scan.problems.prefix(5))")
        }
        #expect(result.stderr.components(separatedBy: "\n").filter { $0.contains("bad") }.count == 4, "\(result.stderr)")
    }

    /// The scanner must see what it is for, or an empty problem list means nothing.
    @Test func the_scanner_flags_every_kind_of_smuggled_control() {
        for payload in Self.payloads where payload.unicodeScalars.contains(where: { $0.value == 0x1B || (0x80...0x9F).contains($0.value) || $0.value == 0 || $0.value == 7 || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
            let scan = HostileOutputScanner(Array(payload.utf8))
            // ESC [ 2J, ESC [ H and ESC [ 31;1;5m are also what ncurses draws with: only the others are foreign.
            if ["\u{1B}[2J\u{1B}[H", "\u{1B}[31;1;5m红", "\u{1B}[?1049l"].contains(payload) { continue }
            #expect(!scan.problems.isEmpty, "not flagged: \(payload.debugDescription)")
        }
        #expect(!HostileOutputScanner([0x9B, 0x33, 0x31, 0x6D]).problems.isEmpty)
        #expect(HostileOutputScanner(Array("\u{1B}[1;24r\u{1B}[?1049h\u{1B}[39;49m\u{1B}(B中文".utf8)).problems.isEmpty)
    }
}
