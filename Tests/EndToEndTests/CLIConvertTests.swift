import Foundation
import YueduTestSupport
import Testing
import YueduText

/// `yuedu show --convert` and `yuedu fmt --convert`: the text in another
/// script, laid out after conversion, equal to what Debian's `opencc` prints.
@Suite struct CLIConvertTests {
    private func opencc(_ text: String, _ name: String) throws -> String {
        try OpenCCCommand.convert(text, configuration: name)
    }

    @Test func show_json_converts_every_text_field_as_opencc_does_and_the_library_keeps_the_original() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let key = "https://www.example.cn/news/509d968b"
        let plain = try cli.run(["show", key, "--json"])
        let converted = try cli.run(["show", key, "--json", "--convert", "s2twp"])
        #expect(plain.status == 0 && converted.status == 0, "\(converted.stderr)")
        let before = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        let after = try #require(try JSONSerialization.jsonObject(with: Data(converted.stdout.utf8)) as? [String: Any])
        for field in ["title", "site", "source", "editor"] {
            let original = try #require(before[field] as? String)
            #expect(after[field] as? String == (try opencc(original, "s2twp")), "\(field)")
        }
        let paragraphs = try #require(before["paragraphs"] as? [String])
        #expect(after["paragraphs"] as? [String] == (try opencc(paragraphs.joined(separator: "\n"), "s2twp"))
            .components(separatedBy: "\n"))
        #expect(after["title"] as? String != before["title"] as? String)
        let relatedBefore = try #require(before["related"] as? [[String: Any]])
        let relatedAfter = try #require(after["related"] as? [[String: Any]])
        #expect(relatedAfter.map { $0["title"] as? String }
                == (try relatedBefore.map { try opencc($0["title"] as? String ?? "", "s2twp") }))
        #expect(relatedAfter.map { $0["target"] as? String } == relatedBefore.map { $0["target"] as? String })
        // The store still holds the text as imported.
        #expect(try cli.run(["show", key, "--json"]).stdout == plain.stdout)
    }

    @Test func show_lays_out_the_converted_text_within_the_width() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["show", "https://www.example.cn/news/509d968b", "--width", "30", "--convert", "s2t"])
        #expect(result.status == 0, "\(result.stderr)")
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 30 })
        #expect(lines.contains { $0.hasPrefix("四川古藺縣") })
        #expect(!result.stdout.contains("古蔺县"))
    }

    @Test func fmt_converts_joined_paragraphs_then_wraps_the_longer_text() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        // 互联网 is split across two input lines: one phrase once the lines are joined.
        let input = "我们的服务器需要互联\n网和算法软件。\n\n软件和信息\n"
        let result = try cli.run(["fmt", "--width", "10", "--convert", "s2twp"], stdin: input, library: false)
        #expect(result.status == 0, "\(result.stderr)")
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        let blocks = result.stdout.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: "") }
        #expect(blocks == ["我們的伺服器需要網際網路和演算法軟體。", "軟體和資訊"])
        let rows = result.stdout.split(separator: "\n").map(String.init)
        #expect(rows.allSatisfy { TextWidth.of($0) <= 10 })
        #expect(rows.count == 4 + 1, "19 wide characters in rows of 5, then one row: \(rows)")
    }

    @Test func an_unknown_conversion_is_refused_naming_the_valid_ones() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["fmt", "--convert", "s2x"], stdin: "文字\n", library: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains("s2x"))
        for name in ["none", "s2t", "t2s", "s2tw", "s2twp", "s2hk", "tw2sp", "t2tw", "t2hk"] {
            #expect(result.stderr.contains("- \(name)\n"), "\(name) in \(result.stderr)")
        }
        #expect(result.stdout.isEmpty)
    }
}
