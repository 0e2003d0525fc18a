import Foundation
import YueduFeeds
import YueduFetch
import YueduStore

/// A fulltext feed's new items read offline: each item's page fetched and
/// extracted by the web pages' extractor, its paragraphs in place of the
/// feed's summary. A page that fails keeps the summary and says why.
enum FullTextPages {
    /// Pages of one feed fetched at once (they are mostly on one host).
    static let width = 2

    /// Fills `items[i]` for each i of `indices` from its page (`items[i]` came
    /// from `entries[i]`); the feed's own article stays as `entryArticle`.
    /// Returns a note per page that failed.
    static func fill(_ items: inout [FeedItem], at indices: [Int], entries: [FeedEntry], client: HTTPClient,
                     timeouts: FetchTimeouts, cancellation: FetchCancellation? = nil) -> [String] {
        let linked = indices.compactMap { index in entries[index].link.flatMap(URL.init(string:)).map { (index, $0) } }
        var notes: [String] = []
        FetchPool.run(linked.map(\.1), width: width, perHost: width, job: { url in
            Result { () throws(WebPageError) -> [String] in try WebPageImport.fetch(url: url, client: client, timeout: timeouts, cancellation: cancellation).article.paragraphs }
        }, each: { position, result in
            let (index, url) = linked[position]
            switch result {
            case .success(let paragraphs) where !paragraphs.isEmpty:
                items[index].entryArticle = items[index].article
                items[index].article.paragraphs = paragraphs
            case .success:
                notes.append("\(url.absoluteString): the page has no article text; the feed's summary is kept")
            case .failure(let error):
                notes.append("\(error.description); the feed's summary is kept")
            }
        })
        return notes
    }
}
