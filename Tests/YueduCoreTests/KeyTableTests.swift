import Testing
@testable import YueduCore
import YueduModel

/// Every key of the key table, in every pane, in every view: each case
/// states the whole resulting state (as a change to the starting state) and
/// the exact effects.
@Suite struct KeyTableTests {
    init() { _ = TestLocale.ready }

    static let views: [ListView] = [.all, .unread, .favorites, .site("人民网"), .search("文章")]

    static let relatedItems = [
        Fixture.related("在库的相关文章", target: "k2"),
        Fixture.related("不在库的相关文章"),
        Fixture.related("推断年份的相关文章", target: "k3", yearInferred: true),
    ]

    /// 120×40 (medium layout): 50 articles, row 10 selected, article k1 open
    /// and scrolled to row 5, history k7 ← k1 → k8.
    static func start(_ pane: Pane, _ view: ListView) -> AppState {
        var s = AppState(width: 120, height: 40)
        var snapshot = SessionSnapshot(view: view)
        if case .search = view { snapshot.viewBeforeSearch = .all }
        _ = s.restore(from: snapshot)
        if let filter = view.filter {
            _ = reduce(&s, .pageLoaded(filter: filter, offset: 0, rows: Fixture.summaries(0..<50), total: 50))
        } else if case .search(let query) = view {
            let hits = Fixture.summaries(0..<50).map {
                SearchHit(summary: $0, snippet: "……" + $0.title + "……", titleMatches: [0..<2], snippetMatches: [2..<4])
            }
            _ = reduce(&s, .searchResultsLoaded(ticket: 1, query: query, hits: hits, isComplete: true))
        }
        _ = reduce(&s, .countsLoaded(LibraryCounts(all: 50, unread: 50, favorites: 0)))
        s.pendingOpen = PendingOpen(key: "k1", navigation: .restore, focus: pane)
        _ = reduce(&s, .articleLoaded(Fixture.longDetail("k1", related: relatedItems)))
        s.history = History(back: ["k7"], forward: ["k8"])
        _ = s.select(10)
        s.scrollArticle(to: 5)
        s.status = nil
        return s
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let keys: [Key]
        let panes: [Pane]
        let does: String
        /// Changes the expected state (a copy of `start`) and returns the effects.
        let expect: @Sendable (_ expected: inout AppState, _ start: AppState) -> [Effect]
        var testDescription: String { keys.map(\.label).joined(separator: " ") + " " + does }
    }

    static let panes = Pane.allCases

    /// The reader scrolled: the top row is the new reading position.
    static func scroll(_ e: inout AppState, to row: Int) {
        e.article!.scroll = row
        e.article!.anchor = e.article!.document.position(atRow: row)
    }

    static func leaving(_ s: AppState) -> Effect { .savePosition(key: "k1", s.article!.position) }

    static func mark(_ e: inout AppState, _ key: String, favorite: Bool? = nil, read: Bool? = nil) {
        guard var marks = e.marks[key] ?? e.openArticleMarks else { return }
        if let favorite { marks.isFavorite = favorite }
        if let read { marks.isRead = read }
        e.marks.record(marks, for: key)
    }

    static let cases: [Case] = [
        // Movement: the focused pane's selection or scroll.
        Case(keys: [.character("j"), .down], panes: [.list], does: "selects the next row") { e, _ in
            e.selection = 11; return []
        },
        Case(keys: [.character("k"), .up], panes: [.list], does: "selects the previous row") { e, _ in
            e.selection = 9; return []
        },
        Case(keys: [.character("g"), .home], panes: [.list], does: "selects the first row") { e, _ in
            e.selection = 0; return []
        },
        Case(keys: [.character("G"), .end], panes: [.list], does: "selects the last row and scrolls to it") { e, s in
            e.selection = 49; e.listScroll = 49 - s.listHeight + 1; return []
        },
        Case(keys: [.control("d")], panes: [.list], does: "moves half a page down") { e, s in
            e.selection = 10 + s.listHeight / 2; e.keepSelectionVisible(); return []
        },
        Case(keys: [.control("u")], panes: [.list], does: "moves half a page up, stopping at the top") { e, s in
            e.selection = max(0, 10 - s.listHeight / 2); return []
        },
        Case(keys: [.character(" "), .pageDown, .control("f")], panes: [.list], does: "moves a page down") { e, s in
            e.selection = min(49, 10 + s.listHeight); e.listScroll = e.selection - s.listHeight + 1; return []
        },
        Case(keys: [.character("b"), .pageUp, .control("b")], panes: [.list], does: "moves a page up") { e, _ in
            e.selection = 0; return []
        },
        Case(keys: [.character("j"), .down], panes: [.article], does: "scrolls one row down") { e, _ in
            scroll(&e, to: 6); return []
        },
        Case(keys: [.character("k"), .up], panes: [.article], does: "scrolls one row up") { e, _ in
            scroll(&e, to: 4); return []
        },
        Case(keys: [.character("g"), .home], panes: [.article], does: "scrolls to the top") { e, _ in
            scroll(&e, to: 0); return []
        },
        Case(keys: [.character("G"), .end], panes: [.article], does: "scrolls to the bottom") { e, s in
            scroll(&e, to: s.article!.document.rows.count - s.layout.articleText.height); return []
        },
        Case(keys: [.control("d")], panes: [.article], does: "scrolls half a page down") { e, s in
            scroll(&e, to: 5 + s.layout.articleText.height / 2); return []
        },
        Case(keys: [.control("u")], panes: [.article], does: "scrolls half a page up, stopping at the top") { e, _ in
            scroll(&e, to: 0); return []
        },
        Case(keys: [.character(" "), .pageDown, .control("f")], panes: [.article],
             does: "scrolls a page down keeping one row") { e, s in
            scroll(&e, to: 5 + s.layout.articleText.height - 1); return []
        },
        Case(keys: [.character("b"), .pageUp, .control("b")], panes: [.article], does: "scrolls a page up") { e, _ in
            scroll(&e, to: 0); return []
        },
        Case(keys: [.character("j"), .down], panes: [.related], does: "selects the next item") { e, _ in
            e.relatedSelection = 1; return []
        },
        Case(keys: [.character("k"), .up, .character("g"), .home, .control("u"), .character("b"), .pageUp, .control("b")],
             panes: [.related], does: "stays on the first item") { _, _ in [] },
        Case(keys: [.character("G"), .end, .control("d"), .character(" "), .pageDown, .control("f")],
             panes: [.related], does: "selects the last item") { e, _ in
            e.relatedSelection = 2; return []
        },
        // Opening.
        Case(keys: [.enter], panes: [.list], does: "opens the selected article, saving the position left") { e, s in
            var query: String?
            if case .search(let q) = s.view { query = q }
            e.pendingOpen = PendingOpen(key: "k10", navigation: .push, highlightQuery: query, focus: .article)
            return [leaving(s), .openArticle(key: "k10")]
        },
        Case(keys: [.enter], panes: [.article], does: "does nothing") { _, _ in [] },
        Case(keys: [.enter, .character("1")], panes: [.related], does: "opens the selected related article") { e, s in
            e.pendingOpen = PendingOpen(key: "k2", navigation: .push, focus: .article)
            return [leaving(s), .openArticle(key: "k2")]
        },
        Case(keys: [.character("1")], panes: [.list, .article], does: "opens related item 1") { e, s in
            e.pendingOpen = PendingOpen(key: "k2", navigation: .push, focus: .article)
            return [leaving(s), .openArticle(key: "k2")]
        },
        Case(keys: [.character("2")], panes: panes, does: "says related item 2 is not in the library") { e, _ in
            e.relatedSelection = 1; e.focus = .related
            e.status = StatusMessage("不在库中 not in the library: 不在库的相关文章")
            return []
        },
        Case(keys: [.character("3")], panes: panes, does: "opens related item 3") { e, s in
            e.relatedSelection = 2
            e.pendingOpen = PendingOpen(key: "k3", navigation: .push, focus: .article)
            return [leaving(s), .openArticle(key: "k3")]
        },
    ] + (4...9).map { n in
        Case(keys: [.character(Character(String(n)))], panes: panes, does: "says there is no related item \(n)") { e, _ in
            e.status = StatusMessage("没有第 \(n) 条相关阅读 no related item \(n)")
            return []
        }
    } + [
        // Focus.
        Case(keys: [.tab], panes: [.list], does: "focuses the article") { e, _ in e.focus = .article; return [] },
        Case(keys: [.tab], panes: [.article], does: "focuses related") { e, _ in e.focus = .related; return [] },
        Case(keys: [.tab], panes: [.related], does: "focuses the list") { e, _ in e.focus = .list; return [] },
        Case(keys: [.backTab], panes: [.list], does: "focuses related") { e, _ in e.focus = .related; return [] },
        Case(keys: [.backTab, .character("h"), .left], panes: [.article], does: "focuses the list") { e, _ in
            e.focus = .list; return []
        },
        Case(keys: [.backTab, .character("h"), .left], panes: [.related], does: "focuses the article") { e, _ in
            e.focus = .article; return []
        },
        Case(keys: [.character("h"), .left], panes: [.list], does: "keeps the list focused") { _, _ in [] },
        Case(keys: [.character("l"), .right], panes: [.list], does: "focuses the article") { e, _ in
            e.focus = .article; return []
        },
        Case(keys: [.character("l"), .right], panes: [.article, .related], does: "focuses related") { e, _ in
            e.focus = .related; return []
        },
        // History.
        Case(keys: [.character("H"), .character("["), .backspace], panes: panes, does: "goes back") { e, s in
            e.pendingOpen = PendingOpen(key: "k7", navigation: .back)
            return [leaving(s), .openArticle(key: "k7")]
        },
        Case(keys: [.character("L"), .character("]")], panes: panes, does: "goes forward") { e, s in
            e.pendingOpen = PendingOpen(key: "k8", navigation: .forward)
            return [leaving(s), .openArticle(key: "k8")]
        },
        // Marks: the selected row in the list, else the open article.
        Case(keys: [.character("f")], panes: [.list], does: "favourites the selected row") { e, _ in
            mark(&e, "k10", favorite: true)
            e.counts!.favorites = 1
            e.status = StatusMessage("已收藏 added to favourites")
            return [.setFavorite(key: "k10", true)]
        },
        Case(keys: [.character("f")], panes: [.article, .related], does: "favourites the open article") { e, _ in
            mark(&e, "k1", favorite: true)
            e.counts!.favorites = 1
            e.status = StatusMessage("已收藏 added to favourites")
            return [.setFavorite(key: "k1", true)]
        },
        Case(keys: [.character("r")], panes: [.list], does: "marks the selected row read") { e, _ in
            mark(&e, "k10", read: true)
            e.counts!.unread -= 1
            e.status = StatusMessage("已标为已读 marked read")
            return [.setRead(key: "k10", true)]
        },
        Case(keys: [.character("r")], panes: [.article, .related], does: "marks the open (read) article unread") { e, _ in
            mark(&e, "k1", read: false)
            e.counts!.unread += 1
            e.status = StatusMessage("已标为未读 marked unread")
            return [.setRead(key: "k1", false)]
        },
        // Views, overlays, search.
        Case(keys: [.character("v")], panes: panes, does: "shows the next view from its top") { e, s in
            let next = s.view.next
            e.view = next; e.viewBeforeSearch = nil; e.list = ListWindow(requestedOffset: 0)
            e.selection = 0; e.listScroll = 0; e.searchHits = []
            return [.loadPage(filter: next.filter!, offset: 0, limit: ListWindow.pageSize)]
        },
        Case(keys: [.character("S")], panes: panes, does: "opens the site picker") { e, _ in
            e.sitePicker = SitePicker(); return [.loadSites]
        },
        Case(keys: [.character("F")], panes: panes, does: "opens the feed picker") { e, _ in
            e.feedPicker = FeedPicker(); return [.loadFeeds]
        },
        Case(keys: [.character("R")], panes: panes, does: "starts updating every feed in the background") { e, _ in
            e.feedUpdate = FeedUpdateRun(); return [.updateFeeds]
        },
        Case(keys: [.character("/")], panes: panes, does: "opens the search prompt") { e, _ in
            e.prompt = SearchPrompt(history: []); return []
        },
        Case(keys: [.character("n"), .character("N")], panes: panes, does: "says there are no matches") { e, _ in
            e.status = StatusMessage("没有匹配 no matches"); return []
        },
        Case(keys: [.character("a")], panes: panes, does: "opens the URL prompt") { e, _ in
            e.urlPrompt = SearchPrompt(); return []
        },
        Case(keys: [.character("?")], panes: panes, does: "opens help") { e, _ in e.help = HelpState(); return [] },
        Case(keys: [.escape], panes: panes, does: "leaves a search view, else does nothing") { e, s in
            guard case .search = s.view else { return [] }
            e.view = .all; e.viewBeforeSearch = nil; e.list = ListWindow(requestedOffset: 0)
            e.selection = 0; e.listScroll = 0; e.searchHits = []
            return [.loadPage(filter: .all, offset: 0, limit: ListWindow.pageSize)]
        },
        Case(keys: [.character("q"), .control("c")], panes: panes, does: "saves position and session, then quits") { _, s in
            [leaving(s), .saveSession(s.snapshot), .quit]
        },
        Case(keys: [.character("o"), .character("y")], panes: panes, does: "says the open article has no URL") { e, _ in
            e.status = StatusMessage("这篇文章没有网址 this article has no URL")
            return []
        },
        Case(keys: [.character("t")], panes: panes, does: "shows everything in Traditional (s2t) where it was") { e, s in
            e.conversion = .s2t
            e.status = StatusMessage("文字 script: 简→繁 s2t")
            var article = e.article!.detail.article
            // What `opencc -c s2t.json` prints for the fixture's text.
            article.title = "標題"; article.site = "人民網"; article.source = "新華社"; article.editor = "王編輯"
            article.paragraphs = article.paragraphs.map { _ in String(repeating: "中文段落內容測試文字。", count: 6) }
            for (i, title) in ["在庫的相關文章", "不在庫的相關文章", "推斷年份的相關文章"].enumerated() {
                article.related[i].title = title; article.related[i].source = "光明網"; article.related[i].excerpt = "摘要內容。"
            }
            e.article!.detail.article = article
            e.article!.offsets = article.paragraphs.map { .identity(count: $0.count) }
            e.article!.titleOffsets = .identity(count: 2)
            e.article!.document = ArticleDocument.layout(e.article!.detail, width: s.article!.document.width)
            if case .search(let query) = s.view {
                e.pendingSelectionKey = "k10"
                e.searchTickets = s.searchTickets + 1; e.runningSearch = RunningSearch(ticket: e.searchTickets, query: query)
                return [.search(query: query, limit: AppState.searchResultLimit, firstPage: s.searchFirstPage, ticket: e.searchTickets)]
            }
            e.list.requestedOffset = 0
            return [.loadPage(filter: s.view.filter!, offset: 0, limit: ListWindow.pageSize)]
        },
        Case(keys: [.character("x"), .character("z"), .function(5), .delete], panes: panes, does: "is not bound") { _, _ in
            []
        },
    ]

    @Test(arguments: cases, views)
    func key_in_every_pane_and_view(_ c: Case, view: ListView) {
        for pane in c.panes {
            for key in c.keys {
                var state = Self.start(pane, view)
                var expected = state
                let effects = c.expect(&expected, state)
                let got = reduce(&state, .keyPressed(key))
                #expect(got == effects, "\(key.label) in \(pane), \(view)")
                #expect(state == expected, "\(key.label) in \(pane), \(view)")
            }
        }
    }

    @Test func every_bound_key_of_every_pane_has_a_case() {
        var covered = Set<String>()
        for c in Self.cases { for pane in c.panes { for key in c.keys { covered.insert("\(pane) \(key)") } } }
        for pane in Pane.allCases {
            for binding in KeyMap.standard.bindings(in: KeyContext(pane)) {
                for key in binding.keys { #expect(covered.contains("\(pane) \(key)"), "\(key.label) in \(pane)") }
            }
        }
    }

    @Test func no_key_means_two_things_in_one_context() {
        for context in KeyContext.allCases {
            var seen: [Key: Command] = [:]
            for binding in KeyMap.standard.bindings(in: context) {
                for key in binding.keys {
                    #expect(seen[key] == nil || seen[key] == binding.command, "\(key.label) in \(context)")
                    seen[key] = binding.command
                }
            }
        }
    }
}
