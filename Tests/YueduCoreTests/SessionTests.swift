import Foundation
import Testing
@testable import YueduCore
import YueduModel

@Suite struct SessionTests {
    init() { _ = TestLocale.ready }

    @Test func quitting_saves_position_and_a_snapshot_of_where_the_reader_is() {
        var s = Fixture.state()
        _ = s.select(4)
        _ = reduce(&s, .keyPressed(.enter))
        _ = reduce(&s, .articleLoaded(Fixture.longDetail("k4")))
        _ = reduce(&s, .keyPressed(.control("d")))
        let position = s.article!.position
        #expect(position.paragraph > 0)
        let effects = reduce(&s, .keyPressed(.character("q")))
        let snapshot = SessionSnapshot(view: .all, selectedKey: "k4", selectedIndex: 4, openArticleKey: "k4",
                                       position: position, focus: .article)
        #expect(effects == [.savePosition(key: "k4", position), .saveSession(snapshot), .quit])
    }

    @Test func a_snapshot_survives_json() throws {
        let snapshot = SessionSnapshot(view: .search("教育"), viewBeforeSearch: .site("人民网"), selectedKey: "k9",
                                       selectedIndex: 9, openArticleKey: "k2",
                                       position: ReadingPosition(paragraph: 3, character: 17), focus: .related,
                                       history: History(back: ["k1"], forward: ["k3"]), searchHistory: ["教育"])
        let data = try JSONEncoder().encode(snapshot)
        #expect(try JSONDecoder().decode(SessionSnapshot.self, from: data) == snapshot)
    }

    @Test func restoring_reloads_the_view_around_the_selection_and_reopens_the_article_where_it_was() {
        var s = AppState(width: 120, height: 40)
        let position = ReadingPosition(paragraph: 5, character: 0)
        let snapshot = SessionSnapshot(view: .favorites, selectedKey: "k300", selectedIndex: 300, openArticleKey: "k300",
                                       position: position, focus: .article, history: History(back: ["k1"]),
                                       searchHistory: ["体育"])
        #expect(s.restore(from: snapshot) == [.loadCounts, .loadPage(filter: .favorites, offset: 200, limit: 200),
                                               .openArticle(key: "k300")])
        // A newer article arrived, so k300 is now row 301: the selection follows the key.
        let rows = (200..<400).map { Fixture.summary($0 - 1) }
        _ = reduce(&s, .pageLoaded(filter: .favorites, offset: 200, rows: rows, total: 1000))
        #expect(s.selectedSummary?.key == "k300")
        #expect(s.selection == 301)
        // The store lost the position (say, an older library): the snapshot's is used.
        _ = reduce(&s, .articleLoaded(Fixture.longDetail("k300")))
        #expect(s.article?.position == position)
        #expect(s.focus == .article)
        #expect(s.history == History(back: ["k1"]))
        #expect(s.searchHistory == ["体育"])
    }

    @Test func restoring_a_search_view_runs_the_search_again() {
        var s = AppState(width: 80, height: 24)
        #expect(s.restore(from: SessionSnapshot(view: .search("教育"), viewBeforeSearch: .all))
                == [.loadCounts, .search(query: "教育", limit: 500, firstPage: s.searchFirstPage, ticket: 1)])
    }

    @Test func the_snapshot_names_an_article_still_loading() {
        var s = AppState(width: 80, height: 24)
        _ = s.restore(from: SessionSnapshot(openArticleKey: "k5", position: ReadingPosition(paragraph: 2, character: 3)))
        #expect(s.snapshot.openArticleKey == "k5")
        #expect(s.snapshot.position == ReadingPosition(paragraph: 2, character: 3))
    }
}
