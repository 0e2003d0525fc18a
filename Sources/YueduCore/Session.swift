import YueduModel

extension AppState {
    /// What to save so the next start reopens here.
    public var snapshot: SessionSnapshot {
        SessionSnapshot(view: view, viewBeforeSearch: viewBeforeSearch, selectedKey: selectedSummary?.key,
                        selectedIndex: selection, openArticleKey: article?.key ?? pendingOpen?.key,
                        position: article?.position ?? pendingOpen?.fallbackPosition, focus: focus,
                        history: history, searchHistory: searchHistory)
    }

    /// Starts from a saved session (or `SessionSnapshot()` for a first run)
    /// and returns the effects that load what it names.
    public mutating func restore(from snapshot: SessionSnapshot) -> [Effect] {
        view = snapshot.view
        viewBeforeSearch = snapshot.viewBeforeSearch
        focus = snapshot.focus
        history = snapshot.history
        searchHistory = Array(snapshot.searchHistory.suffix(Self.searchHistoryLimit))
        list = ListWindow()
        selection = max(0, snapshot.selectedIndex)
        listScroll = 0
        pendingSelectionKey = snapshot.selectedKey
        var effects: [Effect] = [.loadCounts]
        var query: String?
        if let filter = view.filter {
            let offset = max(0, selection - ListWindow.pageSize / 2)
            list.requestedOffset = offset
            effects.append(.loadPage(filter: filter, offset: offset, limit: ListWindow.pageSize))
        } else if case .search(let q) = view {
            query = q
            effects += startSearch(q)
        }
        if let key = snapshot.openArticleKey {
            pendingOpen = PendingOpen(key: key, navigation: .restore, highlightQuery: query,
                                      fallbackPosition: snapshot.position, focus: snapshot.focus)
            effects.append(.openArticle(key: key))
        }
        return effects
    }
}
