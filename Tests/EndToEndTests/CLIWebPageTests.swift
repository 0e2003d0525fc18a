import Foundation
import Testing
import YueduTestSupport

/// `yuedu add`, `yuedu extract` and `yuedu import` of HTML, the real binary
/// against a real HTTP server on loopback.
@Suite struct CLIWebPageTests {
    /// Loopback is never sent through a proxy the environment may name.
    static let direct = ["no_proxy": "*"]

    /// A page as Chinese news sites write one; `extra` goes into the body.
    static func page(title: String = "长江流域今年首场春汛平稳通过", date: String = "2024-03-18 09:30", extra: String = "",
                     paragraph: String = "本报武汉3月18日电，记者从长江水利委员会获悉，今年长江流域首场春汛已于近日平稳通过，沿线各地防汛工作有序开展。")
        -> String {
        """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>\(title)_新闻中心</title></head>
        <body><div class="article"><h1>\(title)</h1><div class="info"><span>\(date)</span> 来源：长江日报</div>
        <p>\(paragraph)</p>
        <p>据介绍，受持续降雨影响，长江中游部分支流水位一度上涨，有关部门提前部署，科学调度水库群，确保了沿江群众安全。</p>
        <p>专家表示，今年春汛来得较往年偏早，但整体可控。下一步将继续加强监测预警，做好主汛期各项准备工作。</p>
        \(extra)<p>责任编辑：王小明</p></div>
        <div class="related"><h3>相关阅读</h3><ul><li><a href="/news/2.html">湖北多地开展春季防汛演练</a> 03-15</li>
        <li><a href="/news/3.html">三峡水库下泄流量加大</a> 03-12</li></ul></div></body></html>
        """
    }

    /// Runs the binary with raw byte capture: a String would hide invalid UTF-8 from the scanner.
    static func runRaw(_ cli: CLIRunner, _ arguments: [String], stdin: String = "/dev/null")
        throws -> (status: Int32, stdout: [UInt8], stderr: [UInt8])
    {
        let out = cli.directory.appendingPathComponent("raw-\(UUID().uuidString).out").path
        let err = out.replacingOccurrences(of: ".out", with: ".err")
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "YUEDU_LIBRARY")
        env.merge(direct) { $1 }
        let pid = try Spawn.spawn([CLIRunner.binary.path] + arguments, environment: env, stdin: .file(stdin),
                                  stdout: .file(out), stderr: .file(err))
        let status = Spawn.exitCode(Spawn.wait(for: pid))
        return (status, Array(try Data(contentsOf: URL(fileURLWithPath: out))), Array(try Data(contentsOf: URL(fileURLWithPath: err))))
    }

    @Test func add_stores_a_gzipped_page_behind_a_redirect_chain_and_adding_it_again_changes_nothing() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/go": .redirect(to: "/via", status: 301), "/via": .redirect(to: "/news/1.html", status: 302),
            "/news/1.html": .text(Self.page()).gzipped(),
        ])
        let first = try cli.run(["add", server.url("/go").absoluteString], environment: Self.direct)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "new 1, updated 0, unchanged 0, failed 0\n")
        #expect(first.stderr == "")
        let key = server.url("/news/1.html").absoluteString
        let shown = try cli.run(["show", key, "--json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any], "\(shown.stderr)")
        #expect(detail["title"] as? String == "长江流域今年首场春汛平稳通过")
        #expect(detail["published"] as? String == "2024-03-18T09:30+08:00")
        #expect((detail["paragraphs"] as? [String])?.first?.hasPrefix("本报武汉3月18日电") == true)
        #expect((detail["related"] as? [[String: Any]])?.first?["url"] as? String == server.url("/news/2.html").absoluteString)

        let again = try cli.run(["add", server.url("/go").absoluteString], environment: Self.direct)
        #expect(again.status == 0 && again.stdout == "new 0, updated 0, unchanged 1, failed 0\n", "\(again.stderr)")
    }

    @Test func add_reports_each_failed_url_by_name_stores_the_good_one_and_exits_1() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/good.html": .text(Self.page()),
            "/gone": .text("no such page", status: 404), "/broken": .text("oops", status: 500),
            "/loop-a": .redirect(to: "/loop-b"), "/loop-b": .redirect(to: "/loop-a"),
            "/stall": .stall, "/huge": .filler(count: 21 << 20),
        ])
        let paths = ["/gone", "/broken", "/loop-a", "/stall", "/huge", "/good.html"]
        let urls = paths.map { server.url($0).absoluteString }
        let start = Date()
        let result = try cli.run(["add", "--timeout", "3"] + urls + ["ftp://files.example/x"], environment: Self.direct)
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 1)
        #expect(result.stdout == "new 1, updated 0, unchanged 0, failed 6\n", "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(urls[0]): the server answered HTTP 404"), "\(lines)")
        #expect(lines.contains("\(urls[1]): the server answered HTTP 500"))
        #expect(lines.contains("\(urls[2]): redirect loop (this URL was already visited)"))
        #expect(lines.contains { $0.hasPrefix("\(urls[3]): timed out after") }, "\(lines)")
        #expect(lines.contains("\(urls[4]): larger than the limit of 20 MB"))
        #expect(lines.contains("ftp://files.example/x: the ftp: scheme is not fetched (only http and https)"))
        #expect(lines.count == 6, "\(lines)")
        #expect(seconds < 20, "the stall is cut at --timeout, fetched alongside the others")
        #expect(try cli.run(["list", "--json"]).stdout.contains("长江流域今年首场春汛平稳通过"))
    }

    @Test func add_reads_urls_from_standard_input_skipping_blank_lines_and_comments() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: [
            "/1.html": .text(Self.page(title: "第一篇新闻标题在这里")), "/2.html": .text(Self.page(title: "第二篇新闻标题在这里")),
        ])
        let input = "# today\n\(server.url("/1.html").absoluteString)\n\n  \(server.url("/2.html").absoluteString)  \n"
        let result = try cli.run(["add", "-"], stdin: input, environment: Self.direct)
        #expect(result.status == 0 && result.stdout == "new 2, updated 0, unchanged 0, failed 0\n", "\(result.stderr)")
        #expect(server.requests().count == 2)
    }

    @Test func extract_json_prints_every_field_of_a_fetched_page_and_stores_nothing() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: ["/p.html": .text(Self.page()).gzipped()])
        let result = try cli.run(["extract", "--json", server.url("/p.html").absoluteString], environment: Self.direct,
                                 library: false)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["title", "url", "site", "published", "author", "source", "editor", "views", "lang",
                                     "encoding", "paragraphs", "related"])
        #expect(object["url"] as? String == server.url("/p.html").absoluteString)
        #expect(object["published"] as? String == "2024-03-18T09:30+08:00")
        #expect(object["encoding"] as? String == "UTF-8" && object["lang"] as? String == "zh-CN")
        #expect(object["site"] is NSNull && object["views"] is NSNull)
        let related = try #require(object["related"] as? [[String: Any]])
        #expect(related.map { $0["title"] as? String } == ["湖北多地开展春季防汛演练", "三峡水库下泄流量加大"])
        #expect(Set(related[0].keys) == ["title", "url", "source", "date", "excerpt"])
        #expect(result.stdout.hasSuffix("}\n") && result.stdout.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: cli.libraryPath))
    }

    @Test func extract_reads_a_saved_page_from_standard_input_with_the_url_it_came_from() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["extract", "--json", "--url", "https://news.example.cn/a/1.html", "-"], stdin: Self.page(),
                                 library: false)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["url"] as? String == "https://news.example.cn/a/1.html")
        let related = try #require(object["related"] as? [[String: Any]])
        #expect(related.first?["url"] as? String == "https://news.example.cn/news/2.html")  // resolved against --url
        let text = try cli.run(["extract", "-"], stdin: Self.page(), library: false)
        #expect(text.stdout.hasPrefix("title: 长江流域今年首场春汛平稳通过\nurl: \nsite: \npublished: 2024-03-18T09:30+08:00\n"),
                "\(text.stdout.prefix(300))")
        let refused = try cli.run(["extract", "--url", "https://a.example/", "http://b.example/"], library: false)
        #expect(refused.status != 0 && refused.stderr.contains("--url is for a saved page"), "\(refused.stderr)")
    }

    @Test func extract_fails_naming_the_url_or_file_and_exits_1() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let server = try LoopbackHTTPServer(routes: ["/gone": .text("x", status: 404), "/stall": .stall])
        let gone = try cli.run(["extract", server.url("/gone").absoluteString], environment: Self.direct, library: false)
        #expect(gone.status == 1 && gone.stdout == "")
        #expect(gone.stderr == "\(server.url("/gone").absoluteString): the server answered HTTP 404\n")
        let stalled = try cli.run(["extract", "--timeout", "1", server.url("/stall").absoluteString],
                                  environment: Self.direct, library: false)
        #expect(stalled.status == 1 && stalled.stderr.hasPrefix("\(server.url("/stall").absoluteString): timed out after"),
                "\(stalled.stderr)")
        let text = try cli.file("notes.txt", "just some words\n")
        let plain = try cli.run(["extract", text], environment: Self.direct, library: false)
        #expect(plain.status == 1 && plain.stderr == "\(text): not an HTML page (it does not start with an HTML tag)\n")
    }

    @Test func nul_bytes_in_a_page_are_dropped_and_the_text_around_them_kept() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        var bytes = Array(Self.page(paragraph: "本报武汉3月18日电，记者从长江水利委员会获悉，今年长江流域首场春汛NULHERE已于近日平稳通过，沿线防汛工作有序开展。").utf8)
        let marker = Array("NULHERE".utf8)
        let at = try #require((0...(bytes.count - marker.count)).first { Array(bytes[$0..<$0 + marker.count]) == marker })
        bytes.replaceSubrange(at..<at + marker.count, with: [0, 0, 0])
        let server = try LoopbackHTTPServer(routes: ["/nul.html": .body(bytes, headers: [("Content-Type", "text/html; charset=utf-8")])])
        let url = server.url("/nul.html").absoluteString
        let extracted = try Self.runRaw(cli, ["extract", "--json", url])
        #expect(extracted.status == 0, "\(String(decoding: extracted.stderr, as: UTF8.self))")
        #expect(!extracted.stdout.contains(0))
        #expect(String(decoding: extracted.stdout, as: UTF8.self).contains("今年长江流域首场春汛已于近日平稳通过"))
        let added = try cli.run(["add", url], environment: Self.direct)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try cli.run(["show", url, "--json"]).stdout.contains("今年长江流域首场春汛已于近日平稳通过"))
    }

    @Test func hostile_html_reaches_neither_stdout_nor_stderr_as_escape_sequences_scripts_or_styles() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let esc = "\u{1B}"
        let title = "标题\(esc)]0;pwned\u{07}里有\(esc)[31m红色\(esc)[0m与\u{9B}2J控制"
        let extra = """
            <script>document.write("SCRIPTTEXT")</script><style>.x{color:STYLETEXT}</style>
            <p>正文里藏着\(esc)]52;c;ZWNobyBvd25lZA==\u{07}剪贴板写入、\(esc)P1$qm\(esc)\\设备控制和\u{202E}反向文字，这些都不能到达终端。</p>
            <noscript>NOSCRIPTTEXT</noscript>
            """
        let page = Self.page(title: title, extra: extra)
        let server = try LoopbackHTTPServer(routes: [
            "/evil.html": .text(page),
            "/evil-redirect": .redirect(to: "http://[\(esc)]2;owned\u{07}]/"),
        ])
        let url = server.url("/evil.html").absoluteString
        let file = try cli.file("evil.html", page)
        var outputs: [(String, [UInt8])] = []
        for arguments in [["extract", url], ["extract", "--json", url], ["extract", file],
                          ["extract", server.url("/evil-redirect").absoluteString],
                          ["add", "--library", cli.libraryPath, url, server.url("/evil-redirect").absoluteString],
                          ["import", "--library", cli.libraryPath, "--url", "https://a.example/evil", file],
                          ["list", "--library", cli.libraryPath], ["show", "--library", cli.libraryPath, url]] {
            let result = try Self.runRaw(cli, arguments)
            outputs.append((arguments.joined(separator: " ") + " (stdout)", result.stdout))
            outputs.append((arguments.joined(separator: " ") + " (stderr)", result.stderr))
        }
        for (name, bytes) in outputs {
            let scan = HostileOutputScanner(bytes)
            #expect(scan.problems.isEmpty && scan.escapeSequences == 0, "\(name): \(scan.problems.prefix(5))")
            let text = String(decoding: bytes, as: UTF8.self)
            // The sanitizer drops the escape and control bytes; the printable rest of a sequence stays as text.
            for leaked in ["SCRIPTTEXT", "STYLETEXT", "NOSCRIPTTEXT"] {
                #expect(!text.contains(leaked), "\(name) printed \(leaked)")
            }
        }
        let shown = String(decoding: outputs.first { $0.0.hasPrefix("show") }!.1, as: UTF8.self)
        #expect(shown.contains("剪贴板写入") && shown.contains("红色"), "\(shown)")
    }

    @Test func import_takes_a_saved_page_with_url_and_refuses_url_with_several_files() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let file = try cli.file("saved", Self.page())
        let result = try cli.run(["import", "--url", "https://news.example.cn/2024/0318/a.html", file])
        #expect(result.status == 0 && result.stdout == "new 1, updated 0, unchanged 0, failed 0\n", "\(result.stderr)")
        let listed = try cli.run(["list", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == ["https://news.example.cn/2024/0318/a.html"])
        #expect(rows.first?["site"] as? String == "news.example.cn")

        let other = try cli.file("other.html", Self.page(title: "另一篇新闻的标题文字"))
        let refused = try cli.run(["import", "--url", "https://a.example/1", file, other])
        #expect(refused.status != 0 && refused.stderr.contains("--url names where one saved page came from"), "\(refused.stderr)")
    }
}
