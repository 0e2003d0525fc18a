import Foundation
import YueduFeeds
import YueduFetch
import YueduHTML
import YueduStore

/// A feed `feed add` stored, and how it was found.
public struct SubscribedFeed: Sendable {
    public var record: FeedRecord
    public var feed: Feed
    /// Set when the URL given was a web page naming its feed.
    public var discovered: DiscoveredFeed?
}

/// `yuedu feed add`: fetch once, store the feed with its title, or follow
/// the feed a web page names. Items are stored by `update`, not here.
public enum FeedSubscribe {
    /// Throws `LibraryError.feedExists` for a URL the library follows (before
    /// any fetch when it is the URL given), `WebPageError` for what went
    /// wrong with the URL, anything else as it comes.
    public static func add(url: URL, name: String?, fulltext: Bool, into store: LibraryStore,
                           client: HTTPClient = HTTPClient(), timeout: FetchTimeouts = .default,
                           now: Int64 = LibraryStore.now()) throws -> SubscribedFeed {
        if try store.followsFeed(url: url.absoluteString) { throw LibraryError.feedExists(url: url.absoluteString) }
        let response = try fetch(url, client: client, timeout: timeout)
        var discovered: DiscoveredFeed?
        let feed: Feed, feedURL: URL
        do throws(FeedError) {
            feed = try FeedParser.parse(response.body, url: response.finalURL, httpCharset: response.contentTypeCharset)
            feedURL = storedURL(response)
        } catch let notAFeed {
            let found = FeedDiscovery.discover(html: response.body, httpCharset: response.contentTypeCharset,
                                               linkHeaders: response.headers.values(for: "Link"), pageURL: response.finalURL)
            guard let first = found.first else {
                let message = HTMLSniffer.looksLikeHTML(Array(response.body.prefix(512)))
                    ? "a web page that names no feed (no <link rel=\"alternate\"> or Link header of an RSS, Atom or JSON feed)"
                    : notAFeed.message
                throw WebPageError.page(url: response.finalURL, message: message)
            }
            discovered = first
            if try store.followsFeed(url: first.url.absoluteString) { throw LibraryError.feedExists(url: first.url.absoluteString) }
            let named = try fetch(first.url, client: client, timeout: timeout)
            do throws(FeedError) {
                feed = try FeedParser.parse(named.body, url: named.finalURL, httpCharset: named.contentTypeCharset)
            } catch {
                throw WebPageError.page(url: named.finalURL, message: "named as the page's feed, but \(error.message)")
            }
            feedURL = storedURL(named)
        }
        let record = try store.addFeed(url: feedURL.absoluteString, name: name, fulltext: fulltext, addedAt: now,
                                       title: feed.title, siteLink: feed.link)
        return SubscribedFeed(record: record, feed: feed, discovered: discovered)
    }

    private static func fetch(_ url: URL, client: HTTPClient, timeout: FetchTimeouts) throws(WebPageError) -> FetchResponse {
        do {
            return try client.fetch(FetchRequest(url: url, timeout: timeout, maxBytes: FeedParser.maxBytes)).requireSuccess()
        } catch {
            throw .fetch(error)
        }
    }

    /// Where the feed will be fetched: the end of a chain of permanent
    /// redirects, else the URL asked for (a temporary redirect may end).
    static func storedURL(_ response: FetchResponse) -> URL {
        !response.redirects.isEmpty && response.redirects.allSatisfy(\.isPermanent) ? response.finalURL : response.requestedURL
    }
}
