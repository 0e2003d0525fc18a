import Foundation
import Testing
@testable import YueduApp
import YueduFetch
import YueduStore
import YueduTestSupport

/// FeedUpdate against a real store and a real server on loopback: what the
/// progress callback (the reader's `R` later) sees, and the redirect rule.
@Suite struct FeedUpdateTests {
    static let client = HTTPClient(environment: [:])  // no proxy for loopback

    static func rss(_ title: String, ids: [String]) -> FixtureRoute {
        let items = ids.map { "<item><guid>\($0)</guid><title>\($0)</title><link>https://example.cn/\($0)</link></item>" }.joined()
        return .text("<rss version=\"2.0\"><channel><title>\(title)</title>\(items)</channel></rss>", contentType: "application/rss+xml")
    }

    @Test func a_slow_feed_does_not_hold_up_storing_and_reporting_the_others() throws {
        let store = try LibraryStore.inMemory()
        let server = try LoopbackHTTPServer(routes: [
            "/slow.xml": Self.rss("慢", ids: ["s1"]).delayed(by: 1.0),
            "/fast.xml": Self.rss("快", ids: ["f1", "f2"]),
        ])
        let slow = try store.addFeed(url: server.url("/slow.xml").absoluteString, name: nil, fulltext: false, addedAt: 0)
        let fast = try store.addFeed(url: server.url("/fast.xml").absoluteString, name: nil, fulltext: false, addedAt: 0)
        var seen: [(id: Int64, done: Int, storedTotal: Int)] = []
        let report = try FeedUpdate.run([slow, fast], store: store, client: Self.client, progress: { progress in
            let total = (try? store.feeds().first { $0.feed.id == progress.latest.feed.id }?.total) ?? -1
            seen.append((progress.latest.feed.id, progress.done, total))
        })
        // The fast feed came back, was stored and reported while the slow one was still waiting.
        #expect(seen.map(\.id) == [fast.id, slow.id])
        #expect(seen.map(\.done) == [1, 2])
        #expect(seen.map(\.storedTotal) == [2, 1])
        // The report keeps the order the feeds were given.
        #expect(report.results.map(\.feed.id) == [slow.id, fast.id])
        #expect(report.summary == "updated 2, not modified 0, skipped 0, failed 0, new items 3")
    }

    @Test func feeds_from_one_host_come_over_as_many_connections_as_the_host_is_allowed() throws {
        // Given eight feeds on one server that keeps connections open
        let store = try LibraryStore.inMemory()
        let server = try LoopbackHTTPServer(routes: Dictionary(uniqueKeysWithValues: (0..<8).map {
            ("/\($0).xml", Self.rss("源\($0)", ids: ["i\($0)"]))
        }), keepAlive: true)
        let feeds = try (0..<8).map {
            try store.addFeed(url: server.url("/\($0).xml").absoluteString, name: nil, fulltext: false, addedAt: 0)
        }
        // When they are updated two at a time from that host
        let report = try FeedUpdate.run(feeds, store: store, settings: FeedUpdateSettings(perHost: 2), client: Self.client)
        // Then all were fetched over at most two connections, not one each
        #expect(report.updated == 8)
        let ports = Set(server.requests().map(\.clientPort))
        #expect(server.requests().count == 8)
        #expect(ports.count <= 2, "\(ports)")
    }

    @Test func a_skipped_feed_is_reported_without_a_request() throws {
        let store = try LibraryStore.inMemory()
        let server = try LoopbackHTTPServer(routes: ["/f.xml": Self.rss("新", ids: ["a"])])
        var feed = try store.addFeed(url: server.url("/f.xml").absoluteString, name: nil, fulltext: false, addedAt: 0)
        feed.freshUntil = 2_000
        var reported: [FeedUpdateOutcome] = []
        let report = try FeedUpdate.run([feed], store: store, client: Self.client, now: { 1_000 }, progress: { reported.append($0.latest.outcome) })
        #expect(reported == [.skipped(.fresh(until: 2_000))])
        #expect(report.skipped == 1 && server.requests().isEmpty)
    }

    @Test func only_the_leading_permanent_redirects_move_a_feed() {
        let a = URL(string: "http://a.example/feed")!, b = URL(string: "http://b.example/feed")!, c = URL(string: "http://c.example/feed")!
        func response(_ hops: [(Int, URL, URL)]) -> FetchResponse {
            FetchResponse(requestedURL: a, finalURL: hops.last?.2 ?? a, status: 200, headers: HTTPHeaders(), body: [],
                          redirects: hops.map { Redirect(status: $0.0, from: $0.1, to: $0.2) })
        }
        #expect(FeedUpdate.movedTo(response([(301, a, b)]), from: a) == b.absoluteString)
        #expect(FeedUpdate.movedTo(response([(308, a, b), (301, b, c)]), from: a) == c.absoluteString)
        #expect(FeedUpdate.movedTo(response([(301, a, b), (302, b, c)]), from: a) == b.absoluteString)
        #expect(FeedUpdate.movedTo(response([(302, a, b), (301, b, c)]), from: a) == nil)
        #expect(FeedUpdate.movedTo(response([(307, a, b)]), from: a) == nil)
        #expect(FeedUpdate.movedTo(response([]), from: a) == nil)
    }
}
