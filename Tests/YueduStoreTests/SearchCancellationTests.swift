import GRDB
import Testing
import YueduModel
@testable import YueduStore

/// The reader's search runs off the UI thread: it hands over its first page
/// early and stops where it is once cancelled.
@Suite struct SearchCancellationTests {
    /// `count` articles whose bodies hold 发展 (the newest first in results),
    /// every third with 教育发展 in its title too.
    private func library(_ count: Int) throws -> LibraryStore {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert((0..<count).map { n in
            makeArticle("a\(n)", title: n % 3 == 0 ? "教育发展第\(n)篇" : "第\(n)篇", published: day(2024, 1 + n / 28 % 12, 1 + n % 28),
                        paragraphs: ["城乡一体化发展第\(n)段。", "其余内容。"])
        }, importedAt: 1)
        return store
    }

    @Test func the_first_page_comes_early_and_is_the_start_of_the_whole_answer() throws {
        let store = try library(200)
        var pages: [[SearchHit]] = []
        let hits = try store.search("发展", limit: 150, firstPage: 12, isCancelled: { false }) { pages.append($0) }
        #expect(pages.count == 1)
        #expect(pages.first?.count == 12)
        #expect(hits.count == 150)
        #expect(Array(hits.prefix(12)) == pages.first)
        // The same answer as the command line's search, which shows no first page.
        #expect(hits == (try store.search("发展", limit: 150)))
    }

    @Test func an_answer_no_longer_than_the_first_page_comes_once() throws {
        let store = try library(20)
        var pages = 0
        let hits = try store.search("发展", limit: 500, firstPage: 40, isCancelled: { false }) { _ in pages += 1 }
        #expect(hits.count == 20 && pages == 0)
        // A limit the first page reaches ends the search there: nothing more can follow.
        _ = try store.search("发展", limit: 12, firstPage: 12, isCancelled: { false }) { _ in pages += 1 }
        #expect(pages == 0)
    }

    @Test func a_search_cancelled_after_its_first_page_stops_instead_of_finding_the_rest() throws {
        let store = try library(300)
        var cancelled = false
        var asked = 0
        var pages = 0
        #expect(throws: CancellationError.self) {
            _ = try store.search("发展", limit: 500, firstPage: 10, isCancelled: { asked += 1; return cancelled }) { _ in
                pages += 1
                cancelled = true
            }
        }
        #expect(pages == 1)
        // It stopped at once: it was not asked again for each of the other ~290 hits.
        let askedWhenStopped = asked
        #expect(askedWhenStopped < 40, "asked \(askedWhenStopped) times")
    }

    @Test func a_search_cancelled_before_it_starts_finds_nothing() throws {
        let store = try library(50)
        #expect(throws: CancellationError.self) {
            _ = try store.search("教育", limit: 500, firstPage: 10, isCancelled: { true }) { _ in Issue.record("a page came") }
        }
    }

    @Test func a_long_statement_is_interrupted_by_the_progress_handler_and_the_connection_recovers() throws {
        let store = try library(3)
        var asked = 0
        let long = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n
            """
        #expect(throws: LibraryError.self) {
            _ = try store.reading { db in
                try SearchInterrupt.during(db, { asked += 1; return asked > 5 }) { try Int.fetchOne(db, sql: long) }
            }
        }
        #expect(asked == 6, "the statement ended at the first yes")
        // The handler is gone with the search: the next read runs to its end.
        #expect(try store.reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") } == 3)
        #expect(try store.search("发展", limit: 500, firstPage: 1, isCancelled: { false }) { _ in }.count == 3)
    }
}
