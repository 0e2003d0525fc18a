/// The search the reader waits for. It runs off the UI thread; its answers
/// carry its ticket, so those of a search cancelled or replaced since (a new
/// query, Esc, another view, a script toggle) are told apart and dropped.
public struct RunningSearch: Equatable, Sendable {
    public var ticket: Int
    public var query: String
    /// Hits shown so far: the first page, once it came.
    public var shown: Int
    public init(ticket: Int, query: String, shown: Int = 0) { self.ticket = ticket; self.query = query; self.shown = shown }
}

extension AppState {
    /// Hits in the first answer: a screenful of the search view.
    public var searchFirstPage: Int { max(1, layout.content(of: .list).height / 2) }

    /// Searches `query` under the next ticket, cancelling the search that
    /// runs first: one at a time, the newest wins.
    mutating func startSearch(_ query: String) -> [Effect] {
        let cancel = cancelSearch()
        searchTickets += 1
        runningSearch = RunningSearch(ticket: searchTickets, query: query)
        return cancel + [.search(query: query, limit: Self.searchResultLimit, firstPage: searchFirstPage, ticket: searchTickets)]
    }

    /// Stops the running search, if one runs; what it showed stays.
    mutating func cancelSearch() -> [Effect] {
        guard let running = runningSearch else { return [] }
        runningSearch = nil
        return [.cancelSearch(ticket: running.ticket)]
    }
}
