import YueduText
import YueduModel

extension AppState {
    /// A command while the `/` prompt is open.
    mutating func promptCommand(_ command: Command) -> [Effect] {
        if prompt == nil, urlPrompt != nil { return urlPromptCommand(command) }
        switch command {
        case .submit: return submitSearch()
        case .close: prompt = nil
        case .quit: prompt = nil; return quitEffects()
        default: prompt?.edit(command)
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
