import Foundation
import YueduCore
import YueduFetch
import YueduModel
import YueduStore

/// Carries out the reducer's effects against the store and answers each with
/// the Action the Effect promises (Effect.swift). No terminal here, so the
/// whole effect → action cycle is testable on an in-memory library.
public struct EffectRunner: Sendable {
    public let store: LibraryStore
    public static let sessionName = "reader-session"

    public init(store: LibraryStore) { self.store = store }

    /// The action answering `effect`, or nil for effects that answer nothing
    /// when they succeed. `.quit` is the caller's to handle.
    public func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .loadPage(let filter, let offset, let limit):
                let rows = try store.page(filter, offset: offset, limit: limit)
                return .pageLoaded(filter: filter, offset: offset, rows: rows, total: try store.count(filter))
            case .loadCounts:
                return .countsLoaded(try store.counts())
            case .openArticle(let key):
                guard let detail = try store.detail(key: key) else { return .articleMissing(key: key) }
                return .articleLoaded(detail)
            case .setFavorite(let key, let on):
                try store.setFavorite(key: key, on)
                return nil
            case .setRead(let key, let on):
                try store.setRead(key: key, on)
                return nil
            case .savePosition(let key, let position):
                try store.savePosition(key: key, position)
                return nil
            case .loadFeeds:
                return .feedsLoaded(try feedRows())
            case .loadSites:
                return .sitesLoaded(try store.sites().map { SiteCount(site: $0.site, count: $0.count) })
            case .search(let query, let limit, _, let ticket):  // blocking: the runtime runs it on BackgroundWork instead
                return .searchResultsLoaded(ticket: ticket, query: query, hits: try store.search(query, limit: limit), isComplete: true)
            case .saveSession(let snapshot):
                try saveSession(snapshot)
                return nil
            case .openURL(let url):
                do { try BrowserLauncher.open(url) } catch { return .linkFailed(message: String(describing: error)) }
                return nil
            case .fetchPage(let url):  // blocking: the runtime runs it on BackgroundWork instead
                return fetchPage(url)
            case .updateFeeds:  // blocking: the runtime runs it on BackgroundFeedUpdate instead
                return updateFeeds()
            case .quit, .copyToClipboard, .layOutArticle, .cancelFetch, .cancelSearch, .cancelFeedUpdate:  // the runtime's: the terminal, threads
                return nil
            }
        } catch {
            return .storeFailed(message: String(describing: error))
        }
    }

    /// Fetches the page at `url` into the library (WebPageImport, as `yuedu
    /// add` does) and answers `.pageFetched` with its key or `.fetchFailed`
    /// with a message naming the URL. Blocks: call it off the UI thread.
    public func fetchPage(_ url: String, client: HTTPClient = HTTPClient(), timeout: FetchTimeouts = .default,
                          cancellation: FetchCancellation? = nil) -> Action {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { return .fetchFailed(url: url, message: "\(url): not an http or https URL") }
        do {
            let added = try WebPageImport.add(url: target, into: store, client: client, timeout: timeout, cancellation: cancellation)
            return .pageFetched(url: url, key: added.key)
        } catch let error as WebPageError {
            return .fetchFailed(url: url, message: error.description)
        } catch {
            return .fetchFailed(url: url, message: "\(url): " + String(describing: error))
        }
    }

    /// Searches the library for `.search(query:limit:firstPage:ticket:)`:
    /// hands the first page to `firstPageFound` as soon as it is known (when
    /// more may follow) and answers with all the hits, or nil once
    /// `isCancelled` stopped it. Blocks: call it off the UI thread.
    public func search(_ query: String, limit: Int, firstPage: Int, ticket: Int, isCancelled: () -> Bool,
                       firstPageFound: (Action) -> Void) -> Action? {
        do {
            let hits = try store.search(query, limit: limit, firstPage: firstPage, isCancelled: isCancelled) { hits in
                firstPageFound(.searchResultsLoaded(ticket: ticket, query: query, hits: hits, isComplete: false))
            }
            return .searchResultsLoaded(ticket: ticket, query: query, hits: hits, isComplete: true)
        } catch is CancellationError {
            return nil
        } catch {
            return .storeFailed(message: String(describing: error))
        }
    }

    /// Changes when another process commits to the library; nil if the
    /// store cannot say (the loop then simply never refreshes).
    public func externalChangeCounter() -> Int? { try? store.externalChangeCounter() }

    public func loadSession() -> SessionSnapshot? {
        guard let data = try? store.sessionValue(Self.sessionName) else { return nil }
        return try? JSONDecoder().decode(SessionSnapshot.self, from: data)
    }

    public func saveSession(_ snapshot: SessionSnapshot) throws {
        try store.setSessionValue(try JSONEncoder().encode(snapshot), for: Self.sessionName)
    }
}
