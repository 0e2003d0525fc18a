import YueduText
import YueduModel

extension AppState {
    /// A command while the `/` prompt is open.
    mutating func promptCommand(_ command: Command) -> [Effect] {
        switch command {
        case .submit: return submitSearch()
        case .close: prompt = nil
        case .quit: prompt = nil; return quitEffects()
        case .cursorLeft: prompt?.moveLeft()
        case .cursorRight: prompt?.moveRight()
        case .cursorHome: prompt?.moveHome()
        case .cursorEnd: prompt?.moveEnd()
        case .deleteBackward: prompt?.deleteBackward()
        case .deleteForward: prompt?.deleteForward()
        case .clearLine: prompt?.clear()
        case .historyPrevious: prompt?.historyPrevious()
        case .historyNext: prompt?.historyNext()
        default: break
        }
        return []
    }

    /// Enter: the results replace the list as a view; Esc returns.
    mutating func submitSearch() -> [Effect] {
        let query = String((prompt?.query ?? "").trimmingWhitespace)
        prompt = nil
        guard !query.isEmpty else { return [] }
        searchHistory.removeAll { $0 == query }
        searchHistory.append(query)
        if searchHistory.count > Self.searchHistoryLimit { searchHistory.removeFirst(searchHistory.count - Self.searchHistoryLimit) }
        if case .search = view {} else { viewBeforeSearch = view }
        _ = setView(.search(query))
        focus = .list
        return [.search(query: query, limit: Self.searchResultLimit)]
    }

    mutating func receiveSearchResults(query: String, hits: [SearchHit]) {
        guard view == .search(query) else { return }
        searchHits = hits
        list = ListWindow(total: hits.count, offset: 0, rows: hits.map(\.summary), isLoaded: true)
        recordMarks(of: list.rows)
        selection = 0
        if let key = pendingSelectionKey {
            selection = list.index(ofKey: key) ?? 0
            pendingSelectionKey = nil
        }
        keepSelectionVisible()
        status = StatusMessage(hits.isEmpty ? "没有结果 no results" : "\(hits.count) 条结果 results")
    }

    /// Esc outside overlays: leaves the search view for the view before it.
    mutating func leaveSearch() -> [Effect] {
        guard case .search = view else { return [] }
        let back = viewBeforeSearch ?? .all
        viewBeforeSearch = nil
        return setView(back)
    }
}
