import Foundation
import Testing
@testable import YueduApp
import YueduCore
import YueduFetch
import YueduModel
import YueduStore
import YueduTestSupport

/// The reader's page fetch against a real HTTP server on loopback: the
/// runner's answer for each way a fetch ends, the background fetch and its
/// cancellation, and the whole event loop following a related link.
@Suite struct ReaderFetchRunnerTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    let client = HTTPClient(environment: [:])  // loopback never goes through a proxy

    @Test func a_fetched_page_is_stored_and_answered_with_its_key() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: ["/go": .redirect(to: "/news/1.html"), "/news/1.html": .text(newsPage()).gzipped()])
        let runner = EffectRunner(store: try library.open())
        let url = server.url("/go").absoluteString
        let key = server.url("/news/1.html").absoluteString
        #expect(runner.fetchPage(url, client: client) == .pageFetched(url: url, key: key))
        let detail = try #require(try library.open().detail(key: key))
        #expect(detail.article.title == "长江流域今年首场春汛平稳通过")
    }

    @Test func failures_answer_with_a_message_that_names_the_url() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: [
            "/gone": .text("no", status: 404), "/pic": .body([0x89, 0x50, 0x4E, 0x47], headers: [("Content-Type", "image/png")]),
            "/stall": .stall,
        ])
        let runner = EffectRunner(store: try library.open())
        let gone = server.url("/gone").absoluteString, pic = server.url("/pic").absoluteString
        let stall = server.url("/stall").absoluteString
        #expect(runner.fetchPage(gone, client: client) == .fetchFailed(url: gone, message: "\(gone): the server answered HTTP 404"))
        #expect(runner.fetchPage(pic, client: client)
                == .fetchFailed(url: pic, message: "\(pic): not an HTML page (Content-Type: image/png)"))
        let quick = FetchTimeouts(connect: .seconds(2), total: .seconds(1))
        guard case .fetchFailed(stall, let message) = runner.fetchPage(stall, client: client, timeout: quick) else {
            Issue.record("the stall did not time out"); return
        }
        #expect(message.hasPrefix("\(stall): timed out after"), "\(message)")
        #expect(runner.fetchPage("ftp://x.example/a") == .fetchFailed(url: "ftp://x.example/a", message: "ftp://x.example/a: not an http or https URL"))
        #expect(try library.open().count(.all) == 0)
    }

    @Test func a_background_fetch_of_a_stalled_page_ends_soon_after_it_is_cancelled() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: ["/stall": .stall, "/ok.html": .text(newsPage())])
        let fetches = BackgroundWork(runner: EffectRunner(store: try library.open()), client: client)
        let stall = server.url("/stall").absoluteString, ok = server.url("/ok.html").absoluteString
        fetches.fetch(stall)
        fetches.fetch(ok)
        let landed = try wait(for: fetches, count: 1, seconds: 10)
        #expect(landed == [.pageFetched(url: ok, key: ok)])
        #expect(fetches.isBusy, "the stalled fetch is still waiting")
        let cancelledAt = Date()
        fetches.cancel(.fetch(url: stall))
        let answers = try wait(for: fetches, count: 1, seconds: 5)
        #expect(Date().timeIntervalSince(cancelledAt) < 2)
        #expect(answers == [.fetchFailed(url: stall, message: "\(stall): cancelled")])
        #expect(!fetches.isBusy)
    }

    private func wait(for fetches: BackgroundWork, count: Int, seconds: Double) throws -> [Action] {
        var answers: [Action] = []
        let end = Date().addingTimeInterval(seconds)
        while answers.count < count, Date() < end {
            answers += fetches.collect()
            usleep(10_000)
        }
        try #require(answers.count == count, "answers: \(answers)")
        return answers
    }

    @MainActor
    @Test func the_event_loop_fetches_a_related_item_opens_it_and_the_item_then_resolves() throws {
        let library = try TemporaryLibrary(); defer { library.remove() }
        let server = try LoopbackHTTPServer(routes: ["/news/2.html": .text(newsPage(title: "湖北多地开展春季防汛演练"))])
        let url = server.url("/news/2.html").absoluteString
        var owner = sampleArticle(1)
        owner.related = [RelatedItem(title: "湖北多地开展春季防汛演练", source: "", dateAsWritten: "03-15", date: nil,
                                     yearInferred: false, excerpt: "演练摘要。", url: url)]
        let store = try library.open()
        _ = try store.upsert([owner], importedAt: 1)
        let terminal = ScriptedTerminal(width: 100, height: 24, script: [
            .idle, .key(.enter),
            .idleUntil(seconds: 5) { $0.contains { $0.contains("第1篇的正文") } },
            .key("1"),
            .idleUntil(seconds: 10) { $0.contains { $0.contains("本报武汉3月18日电") } },
            .key("H"),
            .idleUntil(seconds: 5) { $0.contains { $0.contains("第1篇的正文") } },
        ])
        ReaderRuntime(store: store, terminal: terminal, theme: .monochrome, fetchClient: client).run(startupMessage: nil)
        #expect(terminal.errors.isEmpty, "\(terminal.errors)")
        #expect(terminal.frames.contains { $0.lines.last?.contains("取回 fetching \(url)… Esc 取消 cancel") == true })
        // Back on the owner, its item resolves to the fetched page (by URL).
        let detail = try #require(try store.detail(key: "a1"))
        #expect(detail.article.related.first?.targetKey == url)
        #expect(try store.count(.all) == 2)
    }
}
