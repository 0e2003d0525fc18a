import YueduModel

/// A request to the world, as a value. The runtime carries each out in order
/// and answers with the Action named beside it.
public enum Effect: Equatable, Sendable {
    /// → `.pageLoaded(filter:offset:rows:total:)` (rows newest first).
    case loadPage(filter: ArticleFilter, offset: Int, limit: Int)
    /// → `.countsLoaded`.
    case loadCounts
    /// → `.articleLoaded` or `.articleMissing(key:)`.
    case openArticle(key: String)
    /// Write at once; → nothing, or `.storeFailed` on error.
    case setFavorite(key: String, Bool)
    /// Write at once; → nothing, or `.storeFailed` on error.
    case setRead(key: String, Bool)
    /// → nothing, or `.storeFailed`.
    case savePosition(key: String, ReadingPosition)
    /// Lay out the whole article off the UI thread (it opened with only its
    /// first rows); → `.articleLaidOut(key:_:)`.
    case layOutArticle(ArticleDetail, width: Int, preferences: Preferences)
    /// → `.sitesLoaded`.
    case loadSites
    /// → `.feedsLoaded`, in the store's order.
    case loadFeeds
    /// Update every feed off the UI thread; → `.feedUpdateProgressed(done:total:)`
    /// as feeds finish (the latest only, when several finish between two
    /// frames), then `.feedsUpdated` or `.feedUpdateFailed`. Quitting cancels it.
    case updateFeeds
    /// Stop the running update (FetchCancellation: its transfers end, no feed
    /// starts); → its `.feedsUpdated` comes soon, counting the feeds cancelled.
    case cancelFeedUpdate
    /// Search off the UI thread; → `.searchResultsLoaded(ticket:query:hits:isComplete:)`
    /// with the first `firstPage` hits as soon as they are known (when more
    /// may follow), then with all of them, best first. `ticket` names this
    /// search in its answers and in `.cancelSearch`.
    case search(query: String, limit: Int, firstPage: Int, ticket: Int)
    /// Stop the search `ticket` where it is; → nothing: an answer that still
    /// comes carries a ticket the state no longer waits for and is dropped.
    case cancelSearch(ticket: Int)
    /// → nothing, or `.storeFailed`.
    case saveSession(SessionSnapshot)
    /// Start `$BROWSER` (else `xdg-open`) on an http(s) URL, detached, its
    /// output to /dev/null; → nothing, or `.linkFailed` when it cannot start.
    case openURL(String)
    /// Fetch the http(s) page at `url`, make it an article and store it, off
    /// the UI thread; → `.pageFetched(url:key:)` or `.fetchFailed(url:message:)`.
    case fetchPage(url: String)
    /// Stop the fetch of `url` (FetchCancellation); → nothing: its answer, if
    /// one still comes, finds no fetch waiting for it and is dropped.
    case cancelFetch(url: String)
    /// Put the text on the terminal's clipboard with OSC 52; → nothing.
    case copyToClipboard(String)
    /// Restore the terminal and exit, after the effects before it.
    case quit
}

/// A site and how many articles it has, for the site picker.
public struct SiteCount: Hashable, Sendable {
    public var site: String
    public var count: Int
    public init(site: String, count: Int) { self.site = site; self.count = count }
}
