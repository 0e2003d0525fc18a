import Foundation
import Testing
import YueduFetch
import YueduModel
import YueduTestSupport

/// What the server sees: User-Agent, conditional headers, and the proxy route.
@Suite struct RequestHeaderTests {
    let client = HTTPClient(environment: [:])

    @Test func theUserAgentNamesYueduAndItsVersion() throws {
        let server = try LoopbackHTTPServer(routes: ["/ua": .text("hi")])
        _ = try client.fetch(FetchRequest(url: server.url("/ua")))
        #expect(server.requests(path: "/ua").first?.header("User-Agent") == "yuedu/\(YueduVersion.current) (+terminal reader)")
    }

    @Test func conditionalHeadersAreSentExactlyAsGivenAndA304IsAnAnswer() throws {
        let etag = "W/\"5e1-Ωx\""
        let lastModified = "Tue, 01 Dec 2026 08:00:00 GMT"
        let server = try LoopbackHTTPServer(routes: ["/feed": .text("<rss/>").validated(etag: etag, lastModified: lastModified)])
        let first = try client.fetch(FetchRequest(url: server.url("/feed")))
        #expect(first.status == 200)
        #expect(first.headers["ETag"] == etag)
        #expect(first.headers["Last-Modified"] == lastModified)

        let again = FetchRequest(url: server.url("/feed"), headers: ["If-None-Match": etag, "If-Modified-Since": lastModified])
        let second = try client.fetch(again)
        #expect(second.status == 304)
        #expect(second.body.isEmpty)
        let seen = try #require(server.requests(path: "/feed").last)
        #expect(seen.header("If-None-Match") == etag)
        #expect(seen.header("If-Modified-Since") == lastModified)
        #expect(server.requests(path: "/feed").count == 2)
        #expect(throws: FetchError.httpStatus(304, url: server.url("/feed"))) { try second.requireSuccess() }
    }

    @Test func httpProxyCarriesTheRequestInAbsoluteForm() throws {
        let proxy = try LoopbackHTTPServer(routes: ["/article": .text("via proxy")])
        let proxied = HTTPClient(environment: ["http_proxy": proxy.baseURL.absoluteString])
        // No such host exists: only the proxy can answer.
        let url = URL(string: "http://news.example.invalid/article")!
        let response = try proxied.fetch(FetchRequest(url: url))
        #expect(response.body == Array("via proxy".utf8))
        #expect(response.finalURL == url)
        let seen = try #require(proxy.requests().first)
        #expect(seen.target == "http://news.example.invalid/article")
        #expect(seen.header("Host") == "news.example.invalid")
    }

    @Test func noProxyBypassesTheProxy() throws {
        let proxy = try LoopbackHTTPServer(routes: ["/article": .text("via proxy")])
        let origin = try LoopbackHTTPServer(host: "127.0.0.3", routes: ["/article": .text("direct")])
        let client = HTTPClient(environment: ["http_proxy": proxy.baseURL.absoluteString, "no_proxy": "localhost,127.0.0.3"])
        let response = try client.fetch(FetchRequest(url: origin.url("/article")))
        #expect(response.body == Array("direct".utf8))
        #expect(origin.requests().map(\.target) == ["/article"])
        #expect(proxy.requests().isEmpty)
    }

    @Test func uppercaseHTTPProxyIsIgnoredAsCurlDoes() throws {
        let proxy = try LoopbackHTTPServer(routes: ["/article": .text("via proxy")])
        let origin = try LoopbackHTTPServer(routes: ["/article": .text("direct")])
        let client = HTTPClient(environment: ["HTTP_PROXY": proxy.baseURL.absoluteString])
        #expect(try client.fetch(FetchRequest(url: origin.url("/article"))).body == Array("direct".utf8))
        #expect(proxy.requests().isEmpty)
    }
}
