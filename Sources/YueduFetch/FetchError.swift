import Foundation

/// Why a fetch produced no response; every case names the URL it concerns.
public enum FetchError: Error, CustomStringConvertible, Equatable {
    case invalidURL(String)
    case unsupportedScheme(String, url: URL)
    case invalidRedirect(location: String, url: URL)
    case timedOut(after: Duration, url: URL)
    case tooLarge(limit: Int, url: URL)
    case tooManyRedirects(limit: Int, url: URL)
    case redirectLoop(url: URL)
    case connectionFailed(reason: String, url: URL)
    case cancelled(url: URL)
    case httpStatus(Int, url: URL)

    public var description: String {
        switch self {
        case .invalidURL(let text):
            return "\(text): not a valid http or https URL"
        case .unsupportedScheme(let scheme, let url):
            return "\(url.absoluteString): the \(scheme): scheme is not fetched (only http and https)"
        case .invalidRedirect(let location, let url):
            return "\(url.absoluteString): redirects to \"\(location)\", which is not a valid URL"
        case .timedOut(let after, let url):
            return "\(url.absoluteString): timed out after \(Self.seconds(after))"
        case .tooLarge(let limit, let url):
            return "\(url.absoluteString): larger than the limit of \(Self.size(limit))"
        case .tooManyRedirects(let limit, let url):
            return "\(url.absoluteString): more than \(limit) redirects"
        case .redirectLoop(let url):
            return "\(url.absoluteString): redirect loop (this URL was already visited)"
        case .connectionFailed(let reason, let url):
            return "\(url.absoluteString): \(reason)"
        case .cancelled(let url):
            return "\(url.absoluteString): cancelled"
        case .httpStatus(let code, let url):
            return "\(url.absoluteString): the server answered HTTP \(code)"
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let millis = duration.wholeMilliseconds
        return millis % 1000 == 0 ? "\(millis / 1000) s" : String(format: "%.1f s", Double(millis) / 1000)
    }

    private static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
