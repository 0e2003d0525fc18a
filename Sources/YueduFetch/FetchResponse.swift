import Foundation

/// What the server answered at the end of the redirect chain. Any status is
/// a response (feeds need 304 and 429 with Retry-After); pages call `requireSuccess()`.
public struct FetchResponse: Sendable, Equatable {
    public var requestedURL: URL
    public var finalURL: URL
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]
    public var redirects: [Redirect]
    /// The charset label from Content-Type, as sent; decoding is the Charset module's job.
    public var contentTypeCharset: String?

    public init(requestedURL: URL, finalURL: URL, status: Int, headers: HTTPHeaders, body: [UInt8], redirects: [Redirect]) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.headers = headers
        self.body = body
        self.redirects = redirects
        self.contentTypeCharset = headers.contentTypeCharset
    }

    /// The response itself when the status is 2xx; otherwise `httpStatus` naming the final URL.
    public func requireSuccess() throws(FetchError) -> FetchResponse {
        guard (200..<300).contains(status) else { throw .httpStatus(status, url: finalURL) }
        return self
    }
}

/// One hop: `status` (301, 302, 303, 307 or 308) answered at `from` pointed to `to`.
/// 301 and 308 are permanent: a feed updates its stored URL; 302, 303 and 307 are not.
public struct Redirect: Sendable, Equatable {
    public var status: Int
    public var from: URL
    public var to: URL

    public init(status: Int, from: URL, to: URL) {
        self.status = status
        self.from = from
        self.to = to
    }

    public var isPermanent: Bool { status == 301 || status == 308 }
}
