import Foundation
import YueduFetch

/// When a feed may be fetched again and what to send when it is: pure, so
/// each rule is a unit test. Times are unix seconds.
public enum FeedCachePolicy {
    /// How long a 429 or 503 without a usable Retry-After backs off.
    public static let defaultBackOff: Int64 = 3600
    /// A server's word is capped: a typo'd `max-age=31536000` or a Retry-After
    /// a year away must not silence a feed for good. One day either way.
    public static let longestFreshness: Int64 = 86_400
    public static let longestBackOff: Int64 = 86_400

    /// If-None-Match and If-Modified-Since, each the stored validator exactly
    /// as it was received (quotes, W/ prefix and all): a server compares bytes.
    public static func conditionalHeaders(etag: String?, lastModified: String?) -> [String: String] {
        var headers: [String: String] = [:]
        if let etag, !etag.isEmpty { headers["If-None-Match"] = etag }
        if let lastModified, !lastModified.isEmpty { headers["If-Modified-Since"] = lastModified }
        return headers
    }

    /// Until when the feed need not be fetched again: the latest of what the
    /// response's headers allow (Cache-Control max-age, else Expires against
    /// the response's Date), the feed's `<ttl>` and the feed's own interval.
    /// `no-cache` and `no-store` take the headers' freshness away, not the
    /// feed's ttl or the interval the reader chose. Nil: due at once.
    public static func freshUntil(headers: HTTPHeaders, ttlMinutes: Int?, intervalMinutes: Int?, now: Int64) -> Int64? {
        var candidates: [Int64] = []
        if let lifetime = httpLifetime(headers, now: now), lifetime > 0 { candidates.append(now + min(lifetime, longestFreshness)) }
        if let ttlMinutes, ttlMinutes > 0 { candidates.append(now + min(Int64(ttlMinutes) * 60, longestFreshness)) }
        if let intervalMinutes, intervalMinutes > 0 { candidates.append(now + Int64(intervalMinutes) * 60) }
        return candidates.max()
    }

    /// Seconds the response may be cached for by its headers, or nil when they say nothing (or forbid it).
    static func httpLifetime(_ headers: HTTPHeaders, now: Int64) -> Int64? {
        let directives = headers.values(for: "Cache-Control")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if directives.contains(where: { $0 == "no-cache" || $0 == "no-store" || $0.hasPrefix("no-cache=") }) { return nil }
        // max-age wins over Expires (RFC 9111 §5.3); what the response has already aged is spent.
        if let maxAge = directives.lazy.compactMap(maxAgeValue).first {
            let age = headers["Age"].flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) } ?? 0
            return maxAge - max(0, age)
        }
        if let expires = headers["Expires"] {
            // An unparsable Expires ("0", "-1") means already expired.
            guard let expiry = HTTPDate.parse(expires) else { return nil }
            return secondsFromServerNow(to: expiry, headers: headers, now: now)
        }
        return nil
    }

    private static func maxAgeValue(_ directive: String) -> Int64? {
        guard directive.hasPrefix("max-age=") else { return nil }
        var value = directive.dropFirst("max-age=".count)
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
        return Int64(value)
    }

    /// How far `date` lies after the server's clock (its Date header), so a
    /// client whose clock is off still waits as long as the server meant;
    /// without a Date header, after this machine's clock.
    private static func secondsFromServerNow(to date: Date, headers: HTTPHeaders, now: Int64) -> Int64 {
        let reference = headers["Date"].flatMap(HTTPDate.parse) ?? Date(timeIntervalSince1970: TimeInterval(now))
        return Int64((date.timeIntervalSince(reference)).rounded(.up))
    }

    /// Until when a 429 or 503 backs off: its Retry-After in seconds or as an
    /// HTTP-date (against the response's Date), else `defaultBackOff`. Nil
    /// for any other status.
    public static func retryAfterUntil(status: Int, headers: HTTPHeaders, now: Int64) -> Int64? {
        guard status == 429 || status == 503 else { return nil }
        var wait = defaultBackOff
        if let value = headers["Retry-After"]?.trimmingCharacters(in: .whitespaces) {
            if let seconds = Int64(value), seconds >= 0 {
                wait = seconds
            } else if let date = HTTPDate.parse(value) {
                wait = max(0, secondsFromServerNow(to: date, headers: headers, now: now))
            }
        }
        return now + min(wait, longestBackOff)
    }

    /// Whether a feed is fetched now: a back-off or a freshness not yet over
    /// skips it, unless forced.
    public static func due(freshUntil: Int64?, retryAfterUntil: Int64?, now: Int64, force: Bool) -> FeedDue {
        if force { return .due }
        if let until = retryAfterUntil, until > now { return .backingOff(until: until) }
        if let until = freshUntil, until > now { return .fresh(until: until) }
        return .due
    }
}

public enum FeedDue: Sendable, Equatable {
    case due
    case fresh(until: Int64)
    case backingOff(until: Int64)
}
