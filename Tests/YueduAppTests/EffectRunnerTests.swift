import Foundation
import Testing
import YueduApp
import YueduCore
import YueduModel
import YueduStore

/// Given a library in memory, when the runner carries out an effect, then it
/// answers with the action the effect promises and the library shows it.
@Suite struct EffectRunnerTests {
    private func runner(_ articles: [Article] = (1...3).map { sampleArticle($0) }) throws -> EffectRunner {
        let store = try LibraryStore.inMemory()
        _ = try store.upsert(articles, importedAt: 1)
        return EffectRunner(store: store)
    }

    @Test func a_page_request_answers_with_the_rows_newest_first_and_the_total() throws {
        let runner = try runner()
        guard case .pageLoaded(let filter, let offset, let rows, let total)? =
                runner.perform(.loadPage(filter: .all, offset: 1, limit: 5)) else { Issue.record("no page"); return }
        #expect(filter == .all && offset == 1 && total == 3)
        #expect(rows.map(\.key) == ["a2", "a1"])
    }

    @Test func marks_are_written_at_once_and_show_in_counts_and_filters() throws {
        let runner = try runner()
        #expect(runner.perform(.setFavorite(key: "a2", true)) == nil)
        #expect(runner.perform(.setRead(key: "a1", true)) == nil)
        #expect(runner.perform(.loadCounts) == .countsLoaded(LibraryCounts(all: 3, unread: 2, favorites: 1)))
        guard case .pageLoaded(_, _, let rows, _)? = runner.perform(.loadPage(filter: .favorites, offset: 0, limit: 9))
        else { Issue.record("no page"); return }
        #expect(rows.map(\.key) == ["a2"] && rows[0].isFavorite)
    }

    @Test func opening_answers_with_the_article_and_its_saved_position_or_says_it_is_missing() throws {
        let runner = try runner()
        let position = ReadingPosition(paragraph: 0, character: 2)
        #expect(runner.perform(.savePosition(key: "a3", position)) == nil)
        guard case .articleLoaded(let detail)? = runner.perform(.openArticle(key: "a3")) else {
            Issue.record("not loaded"); return
        }
        #expect(detail.article.title == "第3篇 标题" && detail.state.position == position)
        #expect(runner.perform(.openArticle(key: "nope")) == .articleMissing(key: "nope"))
    }

    @Test func sites_and_search_answer_from_the_library() throws {
        let runner = try runner([sampleArticle(1), sampleArticle(2, paragraphs: ["教育装备的消息。"])])
        #expect(runner.perform(.loadSites) == .sitesLoaded([SiteCount(site: "人民网", count: 2)]))
        guard case .searchResultsLoaded(1, let query, let hits, true)? = runner.perform(.search(query: "装备", limit: 10, firstPage: 5, ticket: 1)) else {
            Issue.record("no results"); return
        }
        #expect(query == "装备" && hits.map(\.summary.key) == ["a2"])
    }

    @Test func a_saved_session_is_what_the_next_start_loads() throws {
        let runner = try runner()
        #expect(runner.loadSession() == nil)
        let snapshot = SessionSnapshot(view: .favorites, selectedKey: "a2")
        #expect(runner.perform(.saveSession(snapshot)) == nil)
        #expect(runner.loadSession() == snapshot)
    }

    @Test func the_change_counter_moves_for_another_connection_s_commit_and_not_for_our_own() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        let mine = EffectRunner(store: try library.open())
        let other = try library.open()
        _ = try other.upsert([sampleArticle(1)], importedAt: 1)
        let before = try #require(mine.externalChangeCounter())
        _ = mine.perform(.setFavorite(key: "a1", true))
        #expect(mine.externalChangeCounter() == before)
        try other.setRead(key: "a1", true)
        #expect(mine.externalChangeCounter() != before)
    }
}
