import Foundation
import Testing
@testable import YueduApp
import YueduCore
import YueduModel
import YueduStore

/// The reader's search against a real library file: the runner's first page
/// and whole answer, a cancelled search that stops short, and the search on
/// BackgroundWork handing both answers to the event loop in order.
@Suite struct ReaderSearchRunnerTests {
    /// `count` articles, each holding 正文 in its body.
    private func library(_ count: Int) throws -> (TemporaryLibrary, LibraryStore) {
        let library = try TemporaryLibrary()
        let store = try library.open()
        _ = try store.upsert((1...count).map { n in
            var article = sampleArticle(n % 28 + 1)
            article.key = "a\(n)"
            return article
        }, importedAt: 1)
        return (library, store)
    }

    @Test func the_runner_answers_with_the_first_page_then_all_the_hits() throws {
        let (library, store) = try library(120); defer { library.remove() }
        var early: [Action] = []
        let answer = EffectRunner(store: store).search("正文", limit: 500, firstPage: 8, ticket: 7, isCancelled: { false }) {
            early.append($0)
        }
        guard case .searchResultsLoaded(7, "正文", let first, false)? = early.first, early.count == 1 else {
            Issue.record("early answers: \(early)"); return
        }
        guard case .searchResultsLoaded(7, "正文", let all, true)? = answer else { Issue.record("\(String(describing: answer))"); return }
        #expect(first.count == 8 && all.count == 120)
        #expect(Array(all.prefix(8)) == first)
    }

    @Test func a_cancelled_search_answers_nothing_instead_of_all_the_hits() throws {
        let (library, store) = try library(300); defer { library.remove() }
        let cancellation = Cancellation()
        var early = 0
        let answer = EffectRunner(store: store).search("正文", limit: 500, firstPage: 5, ticket: 1,
                                                       isCancelled: { cancellation.isCancelled }) { _ in
            early += 1
            cancellation.isCancelled = true  // Esc as the first page lands
        }
        #expect(answer == nil)
        #expect(early == 1)
    }

    @Test func a_background_search_hands_over_its_first_page_and_then_the_rest() throws {
        let (library, store) = try library(100); defer { library.remove() }
        let work = BackgroundWork(runner: EffectRunner(store: store))
        work.search("正文", limit: 500, firstPage: 10, ticket: 3)
        var answers: [Action] = []
        let end = Date().addingTimeInterval(20)
        while answers.count < 2, Date() < end {
            answers += work.collect()
            usleep(5_000)
        }
        try #require(answers.count == 2)
        guard case .searchResultsLoaded(3, _, let first, false) = answers[0],
              case .searchResultsLoaded(3, _, let all, true) = answers[1] else { Issue.record("\(answers)"); return }
        #expect(first.count == 10 && all.count == 100)
        #expect(!work.isSearching && !work.isBusy)
    }

    private final class Cancellation { var isCancelled = false }
}
