import YueduModel

/// What happened: a key, a resize, or the answer to an Effect.
public enum Action: Equatable, Sendable {
    case keyPressed(Key)
    case resized(width: Int, height: Int)
    case pageLoaded(filter: ArticleFilter, offset: Int, rows: [ArticleSummary], total: Int)
    case countsLoaded(LibraryCounts)
    case articleLoaded(ArticleDetail)
    case articleMissing(key: String)
    /// The whole layout `.layOutArticle` asked for.
    case articleLaidOut(key: String, ArticleDocument)
    case sitesLoaded([SiteCount])
    /// Every feed, for the feed picker.
    case feedsLoaded([FeedRow])
    /// `.updateFeeds` has finished `done` of `total` feeds (stored or skipped).
    case feedUpdateProgressed(done: Int, total: Int)
    /// `.updateFeeds` is over; its items are in the library.
    case feedsUpdated(FeedUpdateSummary)
    /// `.updateFeeds` stopped before the end: the library could not be read or written.
    case feedUpdateFailed(message: String)
    /// Hits of the search `ticket`: its first page while it still runs
    /// (`isComplete` false), then all of them.
    case searchResultsLoaded(ticket: Int, query: String, hits: [SearchHit], isComplete: Bool)
    case storeFailed(message: String)
    case mouse(MouseEvent)
    /// Another reader or an import committed to the library.
    case libraryChangedElsewhere
    /// The browser could not be started.
    case linkFailed(message: String)
    /// `.fetchPage(url:)` stored the page as the article `key`.
    case pageFetched(url: String, key: String)
    /// `.fetchPage(url:)` gave no article; `message` names the URL.
    case fetchFailed(url: String, message: String)
}
