import Foundation
import Testing
import YueduText

/// `yuedu fmt`, the way anyone can check the text engine from outside.
@Suite struct FmtCommandTests {
    static let paragraphs = [
        "会议定于2024-01-08 09:30在北京举行，请准时参加。详情见https://example.com/articles/2024/01/08?id=12345，谢谢。",
        "一二三四五。六七八九十「引用」的内容，不能以标点开头。",
    ]

    @Test(arguments: [10, 20, 33])
    func rows_fit_the_width_keep_every_character_and_separate_paragraphs(width: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["fmt", "--width", "\(width)", "--lang", "zh"],
                                 stdin: Self.paragraphs.joined(separator: "\n\n") + "\n", library: false)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for row in rows { #expect(TextWidth.of(row) <= width, "\"\(row)\" is wider than \(width)") }
        let blocks = result.stdout.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: "") }
            .filter { !$0.isEmpty }
        #expect(blocks.map { $0.replacingOccurrences(of: " ", with: "") }
                == Self.paragraphs.map { $0.replacingOccurrences(of: " ", with: "") })
        // Kinsoku: no row starts with closing punctuation at these widths.
        for row in rows where !row.isEmpty { #expect(!"，。」、".contains(row.first!), "row starts with \(row.first!)") }
    }

    @Test func a_width_below_one_is_refused_with_a_message() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["fmt", "--width", "0"], stdin: "文字\n", library: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains("width"))
    }
}
