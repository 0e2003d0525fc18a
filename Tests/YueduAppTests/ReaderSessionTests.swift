import Foundation
import Testing
import YueduApp
import YueduCore
import YueduStore
import YueduUI

/// The real event loop, store and renderer, driven through the scripted
/// terminal: keys in, frames (rows of text) out.
@MainActor
@Suite struct ReaderSessionTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    private func session(_ script: [ScriptedTerminal.Step], library: TemporaryLibrary,
                         width: Int = 100, height: Int = 24) throws -> ScriptedTerminal {
        let store = try library.open()
        let terminal = ScriptedTerminal(width: width, height: height, script: script)
        ReaderRuntime(store: store, terminal: terminal, theme: .monochrome).run(startupMessage: nil)
        #expect(terminal.errors.isEmpty)
        return terminal
    }

    private func row(_ screen: [String], containing text: String) -> Int? { screen.firstIndex { $0.contains(text) } }

    @Test func keys_move_the_selection_and_enter_opens_the_article_in_its_pane() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        _ = try library.open().upsert((1...3).map { sampleArticle($0) }, importedAt: 1)

        let terminal = try session([.idle, .key("j"), .key(.enter), .idle], library: library)

        let first = try #require(terminal.frames.first?.lines)
        #expect(first[0].contains("全部 All 3 · 未读 3 · 收藏 0"))
        #expect(first.contains { $0.contains("按 Enter 打开文章") })
        // Newest first: 第3篇 on the row under the header, then 第2篇, 第1篇.
        let top = try #require(row(first, containing: "第3篇 标题"))
        #expect(row(first, containing: "第2篇 标题") == top + 1)
        #expect(row(first, containing: "第1篇 标题") == top + 2)

        let last = terminal.screen
        // The second row was opened: its text is in the article pane beside
        // the list, and opening it marked it read.
        let body = try #require(row(last, containing: "第2篇的正文。"))
        #expect(last[body].firstRange(of: "第2篇的正文。")!.lowerBound > last[body].firstRange(of: "│")!.lowerBound)
        #expect(last[0].contains("未读 2"))
        #expect(!last.contains { $0.contains("按 Enter 打开文章") })
    }

    @Test func q_saves_the_session_that_the_next_start_restores() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        _ = try library.open().upsert((1...3).map { sampleArticle($0) }, importedAt: 1)
        _ = try session([.key("j"), .key("j"), .key(.enter), .key("q")], library: library)

        let terminal = try session([.idle], library: library)
        #expect(terminal.screen.contains { $0.contains("第1篇的正文。") })
    }

    @Test func a_favourite_set_in_a_second_reader_shows_in_the_counts_after_the_next_key() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        let other = try library.open()
        _ = try other.upsert((1...3).map { sampleArticle($0) }, importedAt: 1)

        let terminal = try session([
            .run { try other.setFavorite(key: "a1", true) },
            .key("j"),
            .run { try other.setFavorite(key: "a2", true) },
            .idle,
        ], library: library)

        let headers = terminal.frames.map { $0.lines[0] }
        #expect(headers.count == 3)
        #expect(headers[0].contains("收藏 0"))
        #expect(headers[1].contains("收藏 1"))   // after j
        #expect(headers[2].contains("收藏 2"))   // after an idle wait, no key at all
    }

    @Test func a_huge_paragraph_shows_at_once_and_its_whole_layout_follows_from_a_thread() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        var text = ""
        for n in 0..<6000 { text += "第\(n)句，教育装备。" }   // ~130 KB: twice the first-screen budget
        _ = try library.open().upsert([sampleArticle(1, paragraphs: [text, "最后一段。"])], importedAt: 1)

        let terminal = try session([
            .key(.enter),
            .idleUntil(seconds: 60) { rows in rows.contains { $0.range(of: #"/\d+ \d+%"#, options: .regularExpression) != nil } },
            .key("G"),
            .idle,
        ], library: library)

        // The first frame after Enter already shows the paragraph's start,
        // its indicator marking the layout as unfinished.
        let opened = try #require(terminal.frames.dropFirst().first?.lines)
        #expect(opened.contains { $0.contains("第0句，教育装备。") })
        #expect(opened.contains { $0.range(of: #"/\d+\+ "#, options: .regularExpression) != nil })
        // G then reaches the real end: the last paragraph and 100%.
        let end = terminal.screen
        #expect(end.contains { $0.contains("最后一段。") })
        #expect(end.contains { $0.contains(" 100% ") })
    }

    @Test func y_writes_the_osc_52_sequence_between_frames() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        var article = sampleArticle(1)
        article.url = "https://a.example/1"
        _ = try library.open().upsert([article], importedAt: 1)
        let terminal = try session([.key(.enter), .key("y")], library: library)
        #expect(terminal.controlSequences == [Clipboard.osc52("https://a.example/1")])
    }
}
