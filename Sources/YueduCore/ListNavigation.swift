import YueduModel

extension AppState {
    /// Selects a row of the view, keeps it on screen and asks for the page
    /// around it when the window is about to run out.
    mutating func select(_ index: Int) -> [Effect] {
        guard list.total > 0 else { selection = 0; listScroll = 0; return [] }
        selection = max(0, min(index, list.total - 1))
        keepSelectionVisible()
        return requestPageIfNeeded()
    }

    /// Items the list pane shows: search results take two rows (title and snippet).
    public var listHeight: Int { max(1, layout.content(of: .list).height / listRowsPerItem) }

    public var listRowsPerItem: Int {
        if case .search = view { return 2 }
        return 1
    }

    mutating func keepSelectionVisible() {
        let h = listHeight
        if selection < listScroll { listScroll = selection }
        if selection >= listScroll + h { listScroll = selection - h + 1 }
        listScroll = max(0, min(listScroll, list.total - h))
    }

    mutating func requestPageIfNeeded() -> [Effect] {
        guard let filter = view.filter, list.isLoaded || list.requestedOffset == nil else { return [] }
        let inWindow = list.row(at: selection) != nil
        guard !inWindow || list.needsPage(around: selection) else { return [] }
        // The page on its way holds the selection: wait for it.
        if let requested = list.requestedOffset, selection >= requested, selection < requested + ListWindow.pageSize {
            return []
        }
        let offset = ListWindow.pageOffset(around: selection, total: list.total)
        // The page just loaded came back shorter than asked: asking again would loop.
        guard offset != list.offset || !list.isLoaded, list.requestedOffset != offset else { return [] }
        list.requestedOffset = offset
        return [.loadPage(filter: filter, offset: offset, limit: ListWindow.pageSize)]
    }

    /// Shows another view from its first row.
    /// A search still running for the view left is cancelled.
    mutating func setView(_ newView: ListView) -> [Effect] {
        let cancel = cancelSearch()
        view = newView
        list = ListWindow()
        selection = 0
        listScroll = 0
        searchHits = []
        guard let filter = newView.filter else { return cancel }
        list.requestedOffset = 0
        return cancel + [.loadPage(filter: filter, offset: 0, limit: ListWindow.pageSize)]
    }

    mutating func receivePage(filter: ArticleFilter, offset: Int, rows: [ArticleSummary], total: Int) -> [Effect] {
        guard view.filter == filter else { return [] }  // an answer for a view already left
        if list.requestedOffset == offset { list.requestedOffset = nil }
        list.total = max(0, total)
        list.offset = offset
        list.rows = rows
        list.isLoaded = true
        recordMarks(of: rows)
        if let key = pendingSelectionKey {
            if let index = list.index(ofKey: key) { selection = index }
            pendingSelectionKey = nil
        }
        selection = max(0, min(selection, list.total - 1))
        keepSelectionVisible()
        return requestPageIfNeeded()
    }

    /// Enter in the list: opens the selected article (with the search
    /// highlighted when the list is search results).
    mutating func openSelected() -> [Effect] {
        guard let row = selectedSummary else { return [] }
        var query: String?
        if case .search(let q) = view { query = q }
        return requestOpen(row.key, navigation: .push, highlightQuery: query, focus: .article)
    }
}
