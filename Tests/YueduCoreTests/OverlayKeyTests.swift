import Testing
@testable import YueduCore
import YueduModel

/// Every key bound in the overlays (help, site and feed pickers, search prompt), each
/// with the resulting state and the exact effects.
@Suite struct OverlayKeyTests {
    init() { _ = TestLocale.ready }

    static let sites = (0..<30).map { SiteCount(site: "站点\($0)", count: 100 - $0) }
    static let feeds = (0..<30).map { FeedRow(id: Int64(100 + $0), name: "订阅\($0)", unread: $0, total: 40) }

    /// 80×24 with the overlay for `context` open: help scrolled to 5, the
    /// picker on site 10, the prompt holding 中文 with the cursor between.
    static func start(_ context: KeyContext) -> AppState {
        var s = Fixture.state(width: 80, height: 24)
        s.searchHistory = ["旧的", "新的"]
        switch context {
        case .help: s.help = HelpState(scroll: 5)
        case .sitePicker: s.sitePicker = SitePicker(sites: sites, selection: 10)
        case .feedPicker: s.feedPicker = FeedPicker(feeds: feeds, selection: 10)
        case .prompt:
            var p = SearchPrompt(text: "中文", history: s.searchHistory)
            p.moveLeft()
            s.prompt = p
        default: break
        }
        return s
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let context: KeyContext
        let keys: [Key]
        let expect: @Sendable (_ expected: inout AppState, _ start: AppState) -> [Effect]
        var testDescription: String { "\(context): " + keys.map(\.label).joined(separator: " ") }
    }

    static let page = 24 - 4
    /// The feed picker's box gives a row to the selected feed's detail line.
    static let feedPage = 24 - 5
    static let helpLines = HelpContent.lines().count

    static let cases: [Case] = [
        Case(context: .help, keys: [.character("j"), .down]) { e, _ in e.help!.scroll = 6; return [] },
        Case(context: .help, keys: [.character("k"), .up]) { e, _ in e.help!.scroll = 4; return [] },
        Case(context: .help, keys: [.character("g"), .home, .control("u"), .character("b"), .pageUp, .control("b")]) { e, _ in
            e.help!.scroll = 0; return []
        },
        Case(context: .help, keys: [.character("G"), .end]) { e, _ in e.help!.scroll = helpLines - page; return [] },
        Case(context: .help, keys: [.control("d")]) { e, _ in e.help!.scroll = 5 + page / 2; return [] },
        Case(context: .help, keys: [.character(" "), .pageDown, .control("f")]) { e, _ in
            e.help!.scroll = 5 + page; return []
        },
        Case(context: .help, keys: [.escape, .character("q"), .character("?")]) { e, _ in e.help = nil; return [] },
        Case(context: .help, keys: [.control("c")]) { e, s in e.help = nil; return [.saveSession(s.snapshot), .quit] },
        Case(context: .help, keys: [.enter, .character("f"), .tab, .character("/")]) { _, _ in [] },

        Case(context: .sitePicker, keys: [.character("j"), .down]) { e, _ in e.sitePicker!.selection = 11; return [] },
        Case(context: .sitePicker, keys: [.character("k"), .up]) { e, _ in e.sitePicker!.selection = 9; return [] },
        Case(context: .sitePicker, keys: [.character("g"), .home, .control("u"), .character("b"), .pageUp, .control("b")]) { e, _ in
            e.sitePicker!.selection = 0; return []
        },
        Case(context: .sitePicker, keys: [.character("G"), .end, .character(" "), .pageDown, .control("f")]) { e, _ in
            e.sitePicker!.selection = 29; return []
        },
        Case(context: .sitePicker, keys: [.control("d")]) { e, _ in e.sitePicker!.selection = 10 + page / 2; return [] },
        Case(context: .sitePicker, keys: [.enter]) { e, _ in
            e.sitePicker = nil; e.view = .site("站点10"); e.list = ListWindow(requestedOffset: 0)
            e.selection = 0; e.listScroll = 0
            return [.loadPage(filter: .site("站点10"), offset: 0, limit: ListWindow.pageSize)]
        },
        Case(context: .sitePicker, keys: [.escape, .character("q")]) { e, _ in e.sitePicker = nil; return [] },
        Case(context: .sitePicker, keys: [.control("c")]) { e, s in
            e.sitePicker = nil; return [.saveSession(s.snapshot), .quit]
        },
        Case(context: .sitePicker, keys: [.character("f"), .tab, .character("?")]) { _, _ in [] },

        Case(context: .feedPicker, keys: [.character("j"), .down]) { e, _ in e.feedPicker!.selection = 11; return [] },
        Case(context: .feedPicker, keys: [.character("k"), .up]) { e, _ in e.feedPicker!.selection = 9; return [] },
        Case(context: .feedPicker, keys: [.character("g"), .home, .character("b"), .pageUp, .control("b")]) { e, _ in
            e.feedPicker!.selection = 0; return []
        },
        Case(context: .feedPicker, keys: [.control("u")]) { e, _ in e.feedPicker!.selection = 10 - feedPage / 2; return [] },
        Case(context: .feedPicker, keys: [.character("G"), .end, .character(" "), .pageDown, .control("f")]) { e, _ in
            e.feedPicker!.selection = 29; return []
        },
        Case(context: .feedPicker, keys: [.control("d")]) { e, _ in e.feedPicker!.selection = 10 + feedPage / 2; return [] },
        Case(context: .feedPicker, keys: [.enter]) { e, _ in
            e.feedPicker = nil; e.view = .feed(id: 110, name: "订阅10"); e.list = ListWindow(requestedOffset: 0)
            e.selection = 0; e.listScroll = 0
            return [.loadPage(filter: .feed(110), offset: 0, limit: ListWindow.pageSize)]
        },
        Case(context: .feedPicker, keys: [.character("R")]) { e, _ in e.feedUpdate = FeedUpdateRun(); return [.updateFeeds] },
        Case(context: .feedPicker, keys: [.escape, .character("q")]) { e, _ in e.feedPicker = nil; return [] },
        Case(context: .feedPicker, keys: [.control("c")]) { e, s in
            e.feedPicker = nil; return [.saveSession(s.snapshot), .quit]
        },
        Case(context: .feedPicker, keys: [.character("f"), .tab, .character("?"), .character("F"), .character("S")]) { _, _ in [] },

        Case(context: .prompt, keys: [.left, .control("b"), .home, .control("a")]) { e, _ in e.prompt!.moveHome(); return [] },
        Case(context: .prompt, keys: [.right, .control("f"), .end, .control("e")]) { e, _ in e.prompt!.moveEnd(); return [] },
        Case(context: .prompt, keys: [.backspace, .control("h")]) { e, _ in
            e.prompt = SearchPrompt(text: "文", history: e.searchHistory); e.prompt!.moveHome(); return []
        },
        Case(context: .prompt, keys: [.delete, .control("d")]) { e, _ in
            e.prompt = SearchPrompt(text: "中", history: e.searchHistory); return []
        },
        Case(context: .prompt, keys: [.control("u")]) { e, _ in e.prompt!.clear(); return [] },
        Case(context: .prompt, keys: [.up]) { e, _ in e.prompt!.historyPrevious(); return [] },
        Case(context: .prompt, keys: [.down]) { _, _ in [] },  // not browsing history: nothing newer
    ] + ["q", " ", "あ", "?"].map { (c: Character) in
        Case(context: .prompt, keys: [.character(c)]) { e, _ in e.prompt!.insert(c); return [] }
    } + [
        Case(context: .prompt, keys: [.escape]) { e, _ in e.prompt = nil; return [] },
        Case(context: .prompt, keys: [.control("c")]) { e, s in e.prompt = nil; return [.saveSession(s.snapshot), .quit] },
        Case(context: .prompt, keys: [.enter]) { e, s in
            e.prompt = nil; e.searchHistory = ["旧的", "新的", "中文"]
            e.viewBeforeSearch = .all; e.view = .search("中文"); e.list = ListWindow(); e.selection = 0; e.listScroll = 0
            e.searchTickets = s.searchTickets + 1; e.runningSearch = RunningSearch(ticket: e.searchTickets, query: "中文")
            return [.search(query: "中文", limit: AppState.searchResultLimit, firstPage: s.searchFirstPage, ticket: e.searchTickets)]
        },
    ]

    @Test(arguments: cases)
    func overlay_key(_ c: Case) {
        for key in c.keys {
            var state = Self.start(c.context)
            var expected = state
            let effects = c.expect(&expected, state)
            #expect(reduce(&state, .keyPressed(key)) == effects, "\(key.label)")
            #expect(state == expected, "\(key.label)")
        }
    }

    @Test func every_key_bound_in_an_overlay_has_a_case() {
        var covered = Set<String>()
        for c in Self.cases { for key in c.keys { covered.insert("\(c.context) \(key)") } }
        for context in [KeyContext.help, .sitePicker, .feedPicker, .prompt] {
            for binding in KeyMap.standard.bindings(in: context) {
                for key in binding.keys { #expect(covered.contains("\(context) \(key)"), "\(key.label) in \(context)") }
            }
        }
    }
}
