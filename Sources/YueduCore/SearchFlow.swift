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
        let cancel = setView(.search(query))
        focus = .list
        status = nil  // the status row says the search runs (StatusBar)
        return cancel + startSearch(query)
    }

    /// The search view's hits for `ticket`. The first page shows at once
    /// and can be moved in and opened; all the hits then replace it (the
    /// first page stays their start), leaving the selection where it was.
    mutating func receiveSearchResults(ticket: Int, query: String, hits: [SearchHit], isComplete: Bool) {
        guard let running = runningSearch, running.ticket == ticket, view == .search(query) else { return }
        runningSearch = isComplete ? nil : RunningSearch(ticket: ticket, query: query, shown: hits.count)
        if running.shown == 0 { selection = 0 }
        searchHits = hits
        list = ListWindow(total: hits.count, offset: 0, rows: hits.map(\.summary), isLoaded: true)
        recordMarks(of: list.rows)
        if let key = pendingSelectionKey, let index = list.index(ofKey: key) {
            selection = index
            pendingSelectionKey = nil
        }
        if isComplete {
            pendingSelectionKey = nil
            status = StatusMessage(hits.isEmpty ? "没有结果 no results" : "\(hits.count) 条结果 results")
        }
        selection = max(0, min(selection, hits.count - 1))
        keepSelectionVisible()
    }

    /// Esc outside overlays: leaves the search view for the view before it,
    /// cancelling the search if it still runs.
    mutating func leaveSearch() -> [Effect] {
        guard case .search = view else { return [] }
        let wasRunning = runningSearch != nil
        let back = viewBeforeSearch ?? .all
        viewBeforeSearch = nil
        let effects = setView(back)
        if wasRunning { status = StatusMessage("已取消搜索 search cancelled") }
        return effects
    }
}
