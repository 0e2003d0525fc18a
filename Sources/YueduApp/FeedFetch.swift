import Foundation
import YueduFeeds
import YueduFetch

/// Fetch → parse, without storing: `yuedu feed preview URL`. The body cap
/// is the parser's, so a feed too large to parse is never downloaded whole.
/// The later `update` keeps this path and adds conditional requests.
public enum FeedFetch {
    public static func preview(url: URL, client: HTTPClient = HTTPClient(), timeout: FetchTimeouts = .default) throws(WebPageError) -> Feed {
        let response: FetchResponse
        do {
            response = try client.fetch(FetchRequest(url: url, timeout: timeout, maxBytes: FeedParser.maxBytes)).requireSuccess()
        } catch {
            throw .fetch(error)
        }
        do throws(FeedError) {
            return try FeedParser.parse(response.body, url: response.finalURL, httpCharset: response.contentTypeCharset)
        } catch {
            throw .page(url: response.finalURL, message: error.message)
        }
    }
}
