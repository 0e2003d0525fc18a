import Foundation
import Testing
import YueduApp
import YueduFetch

/// The rules for when a feed is fetched again and what is sent: pure, so each is one case here.
@Suite struct FeedCachePolicyTests {
    static let now: Int64 = 1_764_000_000  // 2025-11-24T16:00:00Z
    static func headers(_ pairs: (String, String)...) -> HTTPHeaders { HTTPHeaders(pairs) }

    @Test func stored_validators_are_echoed_exactly_as_received() {
        let headers = FeedCachePolicy.conditionalHeaders(etag: "W/\"abc 123\"", lastModified: "Mon, 08 Jan 2024 01:30:00 GMT")
        #expect(headers == ["If-None-Match": "W/\"abc 123\"", "If-Modified-Since": "Mon, 08 Jan 2024 01:30:00 GMT"])
        #expect(FeedCachePolicy.conditionalHeaders(etag: nil, lastModified: nil).isEmpty)
        #expect(FeedCachePolicy.conditionalHeaders(etag: "", lastModified: "x") == ["If-Modified-Since": "x"])
    }

    @Test func max_age_makes_the_feed_fresh_for_that_long_less_its_age() {
        let until = FeedCachePolicy.freshUntil(headers: Self.headers(("Cache-Control", "public, max-age=600"), ("Age", "100")),
                                               ttlMinutes: nil, intervalMinutes: nil, now: Self.now)
        #expect(until == Self.now + 500)
    }

    @Test func max_age_wins_over_expires() {
        let headers = Self.headers(("Date", "Mon, 24 Nov 2025 16:00:00 GMT"), ("Expires", "Mon, 24 Nov 2025 18:00:00 GMT"),
                                   ("Cache-Control", "max-age=60"))
        #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: nil, intervalMinutes: nil, now: Self.now) == Self.now + 60)
    }

    @Test func no_cache_and_no_store_give_no_freshness_from_the_headers() {
        for directive in ["no-cache", "no-store, max-age=600", "max-age=600, No-Cache"] {
            let headers = Self.headers(("Cache-Control", directive), ("Expires", "Mon, 24 Nov 2025 18:00:00 GMT"))
            #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: nil, intervalMinutes: nil, now: Self.now) == nil, "\(directive)")
        }
        // The feed's own ttl and the reader's interval still count.
        let headers = Self.headers(("Cache-Control", "no-cache"))
        #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: 5, intervalMinutes: nil, now: Self.now) == Self.now + 300)
    }

    @Test func expires_counts_from_the_servers_date_not_this_clock() {
        // The server's clock is an hour behind ours; it means "fresh for 30 minutes".
        let headers = Self.headers(("Date", "Mon, 24 Nov 2025 15:00:00 GMT"), ("Expires", "Mon, 24 Nov 2025 15:30:00 GMT"))
        #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: nil, intervalMinutes: nil, now: Self.now) == Self.now + 1800)
        // Without a Date header, against ours.
        let alone = Self.headers(("Expires", "Mon, 24 Nov 2025 16:10:00 GMT"))
        #expect(FeedCachePolicy.freshUntil(headers: alone, ttlMinutes: nil, intervalMinutes: nil, now: Self.now) == Self.now + 600)
    }

    @Test func an_expires_in_the_past_or_unparsable_gives_no_freshness() {
        for value in ["0", "-1", "Mon, 24 Nov 2025 15:00:00 GMT"] {
            let headers = Self.headers(("Date", "Mon, 24 Nov 2025 16:00:00 GMT"), ("Expires", value))
            #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: nil, intervalMinutes: nil, now: Self.now) == nil, "\(value)")
        }
    }

    @Test func the_latest_of_max_age_ttl_and_interval_wins() {
        let headers = Self.headers(("Cache-Control", "max-age=600"))
        #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: 60, intervalMinutes: 30, now: Self.now) == Self.now + 3600)
        #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: 5, intervalMinutes: 120, now: Self.now) == Self.now + 7200)
        #expect(FeedCachePolicy.freshUntil(headers: headers, ttlMinutes: 1, intervalMinutes: nil, now: Self.now) == Self.now + 600)
        #expect(FeedCachePolicy.freshUntil(headers: HTTPHeaders(), ttlMinutes: nil, intervalMinutes: nil, now: Self.now) == nil)
    }

    @Test func a_servers_freshness_is_capped_at_a_day_but_the_readers_interval_is_not() {
        let year = Self.headers(("Cache-Control", "max-age=31536000"))
        #expect(FeedCachePolicy.freshUntil(headers: year, ttlMinutes: 100_000, intervalMinutes: nil, now: Self.now) == Self.now + 86_400)
        #expect(FeedCachePolicy.freshUntil(headers: year, ttlMinutes: nil, intervalMinutes: 2 * 1440, now: Self.now) == Self.now + 172_800)
    }

    @Test func retry_after_in_seconds_backs_off_a_429_and_a_503() {
        for status in [429, 503] {
            let until = FeedCachePolicy.retryAfterUntil(status: status, headers: Self.headers(("Retry-After", "120")), now: Self.now)
            #expect(until == Self.now + 120)
        }
    }

    @Test func retry_after_as_an_http_date_counts_from_the_servers_date() {
        let headers = Self.headers(("Date", "Mon, 24 Nov 2025 15:00:00 GMT"), ("Retry-After", "Mon, 24 Nov 2025 15:05:00 GMT"))
        #expect(FeedCachePolicy.retryAfterUntil(status: 429, headers: headers, now: Self.now) == Self.now + 300)
    }

    @Test func a_429_without_a_usable_retry_after_backs_off_by_default_and_other_statuses_not_at_all() {
        #expect(FeedCachePolicy.retryAfterUntil(status: 429, headers: HTTPHeaders(), now: Self.now) == Self.now + FeedCachePolicy.defaultBackOff)
        #expect(FeedCachePolicy.retryAfterUntil(status: 503, headers: Self.headers(("Retry-After", "soon")), now: Self.now)
            == Self.now + FeedCachePolicy.defaultBackOff)
        #expect(FeedCachePolicy.retryAfterUntil(status: 500, headers: Self.headers(("Retry-After", "60")), now: Self.now) == nil)
        #expect(FeedCachePolicy.retryAfterUntil(status: 429, headers: Self.headers(("Retry-After", "99999999")), now: Self.now)
            == Self.now + FeedCachePolicy.longestBackOff)
    }

    @Test func a_feed_fresh_or_backing_off_is_skipped_unless_forced() {
        let now = Self.now
        #expect(FeedCachePolicy.due(freshUntil: nil, retryAfterUntil: nil, now: now, force: false) == .due)
        #expect(FeedCachePolicy.due(freshUntil: now + 10, retryAfterUntil: nil, now: now, force: false) == .fresh(until: now + 10))
        #expect(FeedCachePolicy.due(freshUntil: now + 10, retryAfterUntil: now + 20, now: now, force: false) == .backingOff(until: now + 20))
        #expect(FeedCachePolicy.due(freshUntil: now, retryAfterUntil: now - 1, now: now, force: false) == .due)
        #expect(FeedCachePolicy.due(freshUntil: now + 10, retryAfterUntil: now + 20, now: now, force: true) == .due)
    }
}
