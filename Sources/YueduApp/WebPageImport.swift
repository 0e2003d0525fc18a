import Foundation
import YueduFetch
import YueduHTML
import YueduImport
import YueduModel
import YueduStore
import YueduText

/// A page fetched and made an article, not stored yet.
public struct FetchedPage: Sendable {
    /// Keyed by the page's canonical URL, else the URL it was fetched from after redirects.
    public var article: Article
    public var extracted: ExtractedArticle
    /// The encoding the page was read in ("UTF-8", "GB18030"…).
    public var encoding: String
    public var finalURL: URL
    public var redirects: [Redirect]
    /// What is worth saying: a stand-in date, bytes replaced while decoding.
    public var notes: [String]
}

/// A page stored in the library.
public struct AddedPage: Sendable, Equatable {
    public var key: String
    public var outcome: UpsertOutcome
    public var notes: [String]
}

/// Why one URL gave no article. `description` names the URL, as one line
/// safe to print: a server chooses what a redirect's Location says.
public enum WebPageError: Error, Equatable, CustomStringConvertible {
    case fetch(FetchError)
    case page(url: URL, message: String)

    public var description: String {
        let text: String
        switch self {
        case .fetch(let error): text = error.description
        case .page(let url, let message): text = "\(url.absoluteString): \(message)"
        }
        return Sanitizer.sanitize(text).replacingOccurrences(of: "\n", with: " ")
    }
}

/// Fetch → decode with the response's charset → extract → article → store:
/// the pipeline behind `yuedu add` and the reader's "fetch this page".
public enum WebPageImport {
    /// Content types that are pages; anything else must at least look like HTML.
    static let pageTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// Fetches `url` (redirects followed, a status outside 2xx an error) and
    /// makes its article. Without a date in the page, the Last-Modified
    /// header stands in, else the Date header, else `now`; a note says which.
    /// Blocking; call it off the UI thread.
    public static func fetch(url: URL, client: HTTPClient = HTTPClient(), timeout: FetchTimeouts = .default,
                             cancellation: FetchCancellation? = nil, now: Date = Date()) throws(WebPageError) -> FetchedPage {
        let (page, response) = try fetchHTML(url: url, client: client, timeout: timeout, cancellation: cancellation)
        return try article(of: page, response: response, now: now)
    }

    /// Fetches `url` and decodes and extracts it, whatever it holds
    /// (`yuedu extract` shows even a page without an article).
    public static func fetchHTML(url: URL, client: HTTPClient = HTTPClient(), timeout: FetchTimeouts = .default,
                                 cancellation: FetchCancellation? = nil) throws(WebPageError) -> (HTMLPage, FetchResponse) {
        let response: FetchResponse
        do {
            response = try client.fetch(FetchRequest(url: url, timeout: timeout), cancellation: cancellation).requireSuccess()
        } catch {
            throw .fetch(error)
        }
        let finalURL = response.finalURL
        guard !response.body.isEmpty else { throw .page(url: finalURL, message: "the server sent an empty page") }
        let mediaType = response.headers["Content-Type"].map(mediaType(of:))
        if let mediaType, !pageTypes.contains(mediaType), !HTMLSniffer.looksLikeHTML(Array(response.body.prefix(512))) {
            throw .page(url: finalURL, message: "not an HTML page (Content-Type: \(mediaType))")
        }
        do throws(HTMLPageProblem) {
            return (try HTMLPage.read(response.body, pageURL: finalURL, httpCharset: response.contentTypeCharset), response)
        } catch {
            throw .page(url: finalURL, message: error.message)
        }
    }

    /// The library article of a fetched page.
    static func article(of page: HTMLPage, response: FetchResponse, now: Date) throws(WebPageError) -> FetchedPage {
        let url = response.finalURL
        do throws(HTMLPageProblem) {
            let fallback = fallbackDate(response.headers, now: now)
            let (article, notes) = try page.article(fallback: fallback)
            return FetchedPage(article: article, extracted: page.extracted, encoding: page.encoding, finalURL: url,
                               redirects: response.redirects, notes: page.notes + notes)
        } catch {
            throw .page(url: url, message: error.message)
        }
    }

    /// Fetches `url` and stores its article through the same upsert as
    /// `yuedu import` (atomic; a re-imported article keeps its reader state).
    /// Throws `WebPageError` for what concerns this URL, anything else
    /// (the library itself failing) as it comes.
    public static func add(url: URL, into store: LibraryStore, client: HTTPClient = HTTPClient(),
                           timeout: FetchTimeouts = .default, cancellation: FetchCancellation? = nil) throws -> AddedPage {
        try self.store(try fetch(url: url, client: client, timeout: timeout, cancellation: cancellation), into: store)
    }

    /// Stores a fetched page; its notes come along.
    public static func store(_ page: FetchedPage, into store: LibraryStore) throws -> AddedPage {
        let outcome = try store.upsert([page.article], importedAt: LibraryStore.now())[0]
        if case .failed(let reason) = outcome {
            throw WebPageError.page(url: page.finalURL, message: "the article could not be stored: \(reason)")
        }
        return AddedPage(key: page.article.key, outcome: outcome, notes: page.notes)
    }

    static func fallbackDate(_ headers: HTTPHeaders, now: Date) -> PublishedFallback {
        if let value = headers["Last-Modified"], let date = HTTPDate.parse(value) {
            return PublishedFallback(date, origin: "the HTTP Last-Modified header")
        }
        if let value = headers["Date"], let date = HTTPDate.parse(value) {
            return PublishedFallback(date, origin: "the HTTP Date header")
        }
        return PublishedFallback(now, origin: "the time it was fetched")
    }

    /// `text/html` of `Text/HTML; charset=gbk`.
    static func mediaType(of contentType: String) -> String {
        String(contentType.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }
}
