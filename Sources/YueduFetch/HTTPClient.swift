import Foundation
import YueduModel

/// The one place yuedu talks HTTP. Follows up to 10 redirects itself so every
/// hop is recorded, refuses anything but http and https, bounds time and size.
/// Blocking `fetch` is thread-safe; call it from any thread.
public struct HTTPClient: Sendable {
    public static let defaultUserAgent = "yuedu/\(YueduVersion.current) (+terminal reader)"
    public static let maxRedirects = 10
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    public let userAgent: String
    private let proxies: ProxySettings
    private let certificateAuthorityFile: String?

    /// `environment` supplies http_proxy, https_proxy and no_proxy (the process's by default);
    /// `certificateAuthorityFile`, a PEM file, replaces the system's certificate authorities.
    public init(userAgent: String = HTTPClient.defaultUserAgent,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                certificateAuthorityFile: String? = nil) {
        self.userAgent = userAgent
        self.proxies = ProxySettings(environment: environment)
        self.certificateAuthorityFile = certificateAuthorityFile
    }

    public func fetch(_ request: FetchRequest, cancellation: FetchCancellation? = nil) throws(FetchError) -> FetchResponse {
        var current = try Self.checkedTarget(request.url)
        var redirects: [Redirect] = []
        var visited: Set<String> = [Self.identity(current)]
        let clock = ContinuousClock()
        let deadline = clock.now + request.timeout.total
        while true {
            let remaining = deadline - clock.now
            guard remaining > .zero else { throw .timedOut(after: request.timeout.total, url: current) }
            let exchange = CurlExchange(
                url: current, headers: request.headers, userAgent: userAgent,
                proxy: proxies.proxy(forScheme: current.scheme?.lowercased() ?? ""), noProxy: proxies.noProxy,
                connectTimeout: request.timeout.connect, totalTimeout: remaining,
                lowSpeedBytesPerSecond: request.timeout.lowSpeedBytesPerSecond, lowSpeedTime: request.timeout.lowSpeedTime,
                maxBytes: request.maxBytes, certificateAuthorityFile: certificateAuthorityFile, cancellation: cancellation)
            let reply: CurlExchange.Reply
            switch exchange.perform() {
            case .success(let r): reply = r
            case .failure(.timedOut): throw .timedOut(after: request.timeout.total - (deadline - clock.now), url: current)
            case .failure(.tooLarge): throw .tooLarge(limit: request.maxBytes, url: current)
            case .failure(.cancelled): throw .cancelled(url: current)
            case .failure(.failed(let reason)): throw .connectionFailed(reason: reason, url: current)
            }
            guard Self.redirectStatuses.contains(reply.status), let location = reply.headers["Location"] else {
                return FetchResponse(requestedURL: request.url, finalURL: current, status: reply.status,
                                     headers: reply.headers, body: reply.body, redirects: redirects)
            }
            guard let target = URL(string: location, relativeTo: current)?.absoluteURL else {
                throw .invalidRedirect(location: location, url: current)
            }
            let checked = try Self.checkedTarget(target)
            guard visited.insert(Self.identity(checked)).inserted else { throw .redirectLoop(url: checked) }
            guard redirects.count < Self.maxRedirects else { throw .tooManyRedirects(limit: Self.maxRedirects, url: request.url) }
            redirects.append(Redirect(status: reply.status, from: current, to: checked))
            current = checked
        }
    }

    /// A page: like `fetch`, but a final status outside 2xx is an error naming it.
    public func fetchPage(_ url: URL, cancellation: FetchCancellation? = nil) throws(FetchError) -> FetchResponse {
        try fetch(FetchRequest(url: url), cancellation: cancellation).requireSuccess()
    }

    /// Runs the blocking fetch on its own thread (not the cooperative pool,
    /// which a stalled server would tie up); cancelling the task cancels the fetch.
    public func fetch(_ request: FetchRequest) async throws -> FetchResponse {
        let cancellation = FetchCancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<FetchResponse, Error>) in
                let thread = Thread {
                    continuation.resume(with: Result { () throws(FetchError) -> FetchResponse in
                        try self.fetch(request, cancellation: cancellation)
                    })
                }
                thread.name = "yuedu-fetch"
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
    }

    private static func checkedTarget(_ url: URL) throws(FetchError) -> URL {
        guard let scheme = url.scheme?.lowercased() else { throw .invalidURL(url.absoluteString) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme, url: url) }
        guard let host = url.host, !host.isEmpty else { throw .invalidURL(url.absoluteString) }
        return url
    }

    /// What makes two hops the same request: the URL without its fragment, which is never sent.
    private static func identity(_ url: URL) -> String {
        var text = url.absoluteString
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        return text
    }
}
