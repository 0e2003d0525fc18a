import Testing
@testable import YueduCore
import YueduModel

@Suite struct ArticleReadingTests {
    init() { _ = TestLocale.ready }

    /// Opens `detail` by Enter on its list row and answers with it.
    func open(_ s: inout AppState, _ detail: ArticleDetail, row: Int) -> [Effect] {
        s.focus = .list
        _ = s.select(row)
        let asked = reduce(&s, .keyPressed(.enter))
        #expect(asked.last == .openArticle(key: detail.article.key))
        return reduce(&s, .articleLoaded(detail))
    }

    @Test func opening_an_unread_article_marks_it_read_at_once() {
        var s = Fixture.state()
        #expect(reduce(&s, .keyPressed(.enter)) == [.openArticle(key: "k0")])
        #expect(reduce(&s, .articleLoaded(Fixture.detail("k0"))) == [.setRead(key: "k0", true)])
        #expect(s.openArticleMarks?.isRead == true)
        #expect(s.marks(of: s.list.rows[0]).isRead)
        #expect(s.counts?.unread == 19)
        #expect(s.focus == .article)
        #expect(s.history == History())
    }

    @Test func opening_a_read_article_writes_nothing() {
        var s = Fixture.state()
        #expect(open(&s, Fixture.detail("k0", isRead: true), row: 0) == [])
    }

    @Test func a_saved_position_is_restored_and_saved_again_on_leaving() {
        var s = Fixture.state()
        let saved = ReadingPosition(paragraph: 7, character: 32)
        _ = open(&s, Fixture.longDetail("k0", isRead: true).with(position: saved), row: 0)
        let doc = s.article!.document
        #expect(s.article!.scroll == doc.row(for: saved))
        #expect(doc.rows[s.article!.scroll].paragraph == 7)
        #expect(s.article!.position == saved)
        _ = reduce(&s, .keyPressed(.character("j")))
        let position = s.article!.position
        s.focus = .list
        _ = s.select(1)
        #expect(reduce(&s, .keyPressed(.enter)) == [.savePosition(key: "k0", position), .openArticle(key: "k1")])
    }

    @Test func a_resize_keeps_the_reading_position() {
        var s = Fixture.state(width: 120, height: 40)
        let saved = ReadingPosition(paragraph: 12, character: 0)
        _ = open(&s, Fixture.longDetail("k0", isRead: true).with(position: saved), row: 0)
        for (w, h) in [(60, 20), (200, 50), (80, 24), (30, 8), (120, 40)] {
            _ = reduce(&s, .resized(width: w, height: h))
            #expect(s.article!.document.width == s.layout.articleText.width)
            #expect(s.article!.position.paragraph == 12, "at \(w)×\(h)")
        }
    }

    @Test func a_resize_to_a_tiny_screen_and_back_loses_nothing() {
        var s = Fixture.state()
        _ = open(&s, Fixture.longDetail("k0"), row: 0)
        for (w, h) in [(1, 1), (0, 0), (19, 5), (120, 40)] {
            #expect(reduce(&s, .resized(width: w, height: h)) == [])
        }
        #expect(s.article?.key == "k0")
        #expect(s.selection == 0)
    }

    @Test func back_and_forward_walk_every_opened_article_like_a_browser() {
        var s = Fixture.state()
        let related = [Fixture.related("二", target: "k2")]
        _ = open(&s, Fixture.detail("k0", related: related, isRead: true), row: 0)
        // Follow the related link to k2.
        #expect(reduce(&s, .keyPressed(.character("1"))).last == .openArticle(key: "k2"))
        _ = reduce(&s, .articleLoaded(Fixture.detail("k2", isRead: true)))
        #expect(s.history == History(back: ["k0"]))
        // Open k5 from the list.
        _ = open(&s, Fixture.detail("k5", isRead: true), row: 5)
        #expect(s.history == History(back: ["k0", "k2"]))
        // Back twice, forward once.
        #expect(reduce(&s, .keyPressed(.character("H"))).last == .openArticle(key: "k2"))
        _ = reduce(&s, .articleLoaded(Fixture.detail("k2", isRead: true)))
        #expect(s.history == History(back: ["k0"], forward: ["k5"]))
        #expect(reduce(&s, .keyPressed(.backspace)).last == .openArticle(key: "k0"))
        _ = reduce(&s, .articleLoaded(Fixture.detail("k0", isRead: true)))
        #expect(s.history == History(back: [], forward: ["k5", "k2"]))
        #expect(reduce(&s, .keyPressed(.character("H"))) == [])
        #expect(s.status == StatusMessage("没有上一篇 nothing to go back to"))
        #expect(reduce(&s, .keyPressed(.character("L"))).last == .openArticle(key: "k2"))
        _ = reduce(&s, .articleLoaded(Fixture.detail("k2", isRead: true)))
        #expect(s.history == History(back: ["k0"], forward: ["k5"]))
        // Opening something new forgets the forward stack.
        _ = open(&s, Fixture.detail("k9", isRead: true), row: 9)
        #expect(s.history == History(back: ["k0", "k2"]))
        #expect(reduce(&s, .keyPressed(.character("L"))) == [])
    }

    @Test func a_missing_article_changes_nothing_but_says_so() {
        var s = Fixture.state()
        _ = open(&s, Fixture.detail("k0", isRead: true), row: 0)
        s.history = History(back: ["gone"])
        _ = reduce(&s, .keyPressed(.character("H")))
        _ = reduce(&s, .articleMissing(key: "gone"))
        #expect(s.article?.key == "k0")
        #expect(s.history == History())
        #expect(s.status?.isError == true)
        #expect(s.pendingOpen == nil)
    }

    @Test func an_article_nobody_asked_for_is_ignored() {
        var s = Fixture.state()
        let before = s
        #expect(reduce(&s, .articleLoaded(Fixture.detail("k3"))) == [])
        #expect(s == before)
    }

    @Test func enter_on_a_related_item_outside_the_library_shows_its_excerpt_instead() {
        var s = Fixture.state()
        _ = open(&s, Fixture.detail("k0", related: [Fixture.related("外部", excerpt: "外部摘要")], isRead: true), row: 0)
        s.focus = .related
        #expect(reduce(&s, .keyPressed(.enter)) == [])
        #expect(s.status == StatusMessage("不在库中 not in the library: 外部"))
        #expect(s.focus == .related)
        #expect(s.article?.key == "k0")
    }

    @Test func favourite_and_read_toggles_change_markers_and_counts_at_once() {
        var s = Fixture.state()
        _ = open(&s, Fixture.detail("k0", isRead: true), row: 0)
        #expect(reduce(&s, .keyPressed(.character("f"))) == [.setFavorite(key: "k0", true)])
        #expect(s.openArticleMarks?.isFavorite == true && s.marks(of: s.list.rows[0]).isFavorite && s.counts?.favorites == 4)
        #expect(s.status == StatusMessage("已收藏 added to favourites"))
        #expect(reduce(&s, .keyPressed(.character("f"))) == [.setFavorite(key: "k0", false)])
        #expect(s.openArticleMarks?.isFavorite == false && !s.marks(of: s.list.rows[0]).isFavorite && s.counts?.favorites == 3)
        #expect(s.status == StatusMessage("已取消收藏 removed from favourites"))
        // A stale row does not decide: the mark book does.
        s.focus = .list
        s.list.rows[0].isRead = false
        #expect(reduce(&s, .keyPressed(.character("r"))) == [.setRead(key: "k0", false)])
    }

    @Test func opening_from_search_results_highlights_every_match_and_n_jumps_between_them() {
        var s = Fixture.state()
        _ = reduce(&s, .keyPressed(.character("/")))
        for c in "测试" { _ = reduce(&s, .keyPressed(.character(c))) }
        #expect(reduce(&s, .keyPressed(.enter)) == [.search(query: "测试", limit: AppState.searchResultLimit, firstPage: s.searchFirstPage, ticket: 1)])
        let hit = SearchHit(summary: Fixture.summary(0), snippet: "测试", titleMatches: [], snippetMatches: [0..<2])
        _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: "测试", hits: [hit], isComplete: true))
        #expect(reduce(&s, .keyPressed(.enter)) == [.openArticle(key: "k0")])
        _ = reduce(&s, .articleLoaded(Fixture.longDetail("k0", paragraphs: 20, isRead: true)))
        let open = s.article!
        #expect(open.highlightQuery == "测试")
        #expect(open.matches.count == 120)  // 6 in each of 20 paragraphs
        #expect(open.currentMatch == 0)
        #expect(open.scroll == max(0, open.matches[0].row - 2))
        _ = reduce(&s, .keyPressed(.character("n")))
        #expect(s.article?.currentMatch == 1)
        #expect(s.status == StatusMessage("匹配 match 2/120"))
        _ = reduce(&s, .keyPressed(.character("N")))
        _ = reduce(&s, .keyPressed(.character("N")))
        #expect(s.article?.currentMatch == 119)
        let last = s.article!.matches[119].row
        #expect(s.article!.scroll <= last && last < s.article!.scroll + s.layout.articleText.height)
    }
}

extension ArticleDetail {
    func with(position: ReadingPosition) -> ArticleDetail {
        var d = self
        d.state.position = position
        return d
    }
}
