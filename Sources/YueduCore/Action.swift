import YueduModel

/// What happened: a key, a resize, or the answer to an Effect.
public enum Action: Equatable, Sendable {
    case keyPressed(Key)
    case resized(width: Int, height: Int)
    case pageLoaded(filter: ArticleFilter, offset: Int, rows: [ArticleSummary], total: Int)
    case countsLoaded(LibraryCounts)
    case articleLoaded(ArticleDetail)
    case articleMissing(key: String)
    case sitesLoaded([SiteCount])
    case searchResultsLoaded(query: String, hits: [SearchHit])
    case storeFailed(message: String)
    case mouse(MouseEvent)
    /// The browser could not be started.
    case linkFailed(message: String)
}
