import YueduModel

/// What `yuedu` needs to reopen where the user left off. Codable, so the
/// runtime stores it as it likes (JSON in the library is fine).
public struct SessionSnapshot: Equatable, Sendable, Codable {
    public var view: ListView
    /// The view a search view returns to on Esc.
    public var viewBeforeSearch: ListView?
    public var selectedKey: String?
    public var selectedIndex: Int
    public var openArticleKey: String?
    public var position: ReadingPosition?
    public var focus: Pane
    public var history: History
    /// Oldest first, at most `AppState.searchHistoryLimit`.
    public var searchHistory: [String]

    public init(view: ListView = .all, viewBeforeSearch: ListView? = nil, selectedKey: String? = nil,
                selectedIndex: Int = 0, openArticleKey: String? = nil, position: ReadingPosition? = nil,
                focus: Pane = .list, history: History = History(), searchHistory: [String] = []) {
        self.view = view; self.viewBeforeSearch = viewBeforeSearch; self.selectedKey = selectedKey
        self.selectedIndex = selectedIndex; self.openArticleKey = openArticleKey; self.position = position
        self.focus = focus; self.history = history; self.searchHistory = searchHistory
    }
}
