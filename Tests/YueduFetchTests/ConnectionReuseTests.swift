import Foundation
import Testing
import YueduFetch
import YueduTestSupport

/// A thread's fetches share its connections (ThreadConnections): the
/// server tells connections apart by the client's port.
@Suite struct ConnectionReuseTests {
    let client = HTTPClient(environment: [:])

    @Test func a_threads_fetches_from_one_server_share_one_connection_and_a_redirect_follows_on_it() throws {
        // Given a server that keeps connections open, as web servers do
        let server = try LoopbackHTTPServer(routes: [
            "/a": .text("甲"), "/b": .text("乙"), "/old": .redirect(to: "/c", status: 301), "/c": .text("丙"),
        ], keepAlive: true)
        // When one thread fetches three pages, one of them through a redirect
        for (path, text) in [("/a", "甲"), ("/b", "乙"), ("/old", "丙")] {
            #expect(try client.fetch(FetchRequest(url: server.url(path))).body == Array(text.utf8))
        }
        // Then all four requests came over one connection
        let requests = server.requests()
        #expect(requests.map(\.path) == ["/a", "/b", "/old", "/c"])
        #expect(Set(requests.map(\.clientPort)).count == 1, "\(requests.map(\.clientPort))")
    }

    @Test func a_server_that_closes_each_connection_gets_a_new_one_every_time() throws {
        // Given a server that answers one request per connection (HTTP/1.0)
        let server = try LoopbackHTTPServer(routes: ["/a": .text("甲"), "/b": .text("乙")])
        // When one thread fetches twice, then each fetch still succeeds on a connection of its own
        #expect(try client.fetch(FetchRequest(url: server.url("/a"))).body == Array("甲".utf8))
        #expect(try client.fetch(FetchRequest(url: server.url("/b"))).body == Array("乙".utf8))
        #expect(Set(server.requests().map(\.clientPort)).count == 2)
    }

    @Test func a_body_that_ends_with_its_connection_is_not_followed_on_that_connection() throws {
        // Given a keep-alive server whose first page has no length, so it closes after it
        let server = try LoopbackHTTPServer(routes: ["/open": .filler(count: 1000, declaringLength: false), "/b": .text("乙")],
                                            keepAlive: true)
        // When one thread fetches it, then another page
        #expect(try client.fetch(FetchRequest(url: server.url("/open"))).body.count == 1000)
        #expect(try client.fetch(FetchRequest(url: server.url("/b"))).body == Array("乙".utf8))
        // Then the second came whole over a new connection
        #expect(Set(server.requests().map(\.clientPort)).count == 2)
    }
}
