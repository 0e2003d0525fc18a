import Foundation
import Testing
import YueduFetch
import YueduTestSupport

/// The client follows redirects itself: each hop recorded, loops and long chains refused.
@Suite struct RedirectTests {
    let client = HTTPClient(environment: [:])

    @Test func aChainOfRedirectsIsFollowedAndEveryHopRecorded() throws {
        let server = try LoopbackHTTPServer()
        try server.setRoutes([
            "/start": .redirect(to: "/second", status: 301),
            "/second": .redirect(to: server.url("/third").absoluteString, status: 302),
            "/third": .redirect(to: "fourth?x=1", status: 307),
            "/fourth?x=1": .redirect(to: "/end", status: 308),
            "/end": .text("arrived"),
        ])
        let response = try client.fetch(FetchRequest(url: server.url("/start")))
        #expect(response.status == 200)
        #expect(response.body == Array("arrived".utf8))
        #expect(response.requestedURL == server.url("/start"))
        #expect(response.finalURL == server.url("/end"))
        #expect(response.redirects == [
            Redirect(status: 301, from: server.url("/start"), to: server.url("/second")),
            Redirect(status: 302, from: server.url("/second"), to: server.url("/third")),
            Redirect(status: 307, from: server.url("/third"), to: server.url("/fourth?x=1")),
            Redirect(status: 308, from: server.url("/fourth?x=1"), to: server.url("/end")),
        ])
        #expect(response.redirects.map(\.isPermanent) == [true, false, false, true])
        #expect(server.requests().map(\.path) == ["/start", "/second", "/third", "/fourth?x=1", "/end"])
    }

    @Test func aRedirectLoopIsReportedNotFollowedForever() throws {
        let server = try LoopbackHTTPServer(routes: ["/a": .redirect(to: "/b"), "/b": .redirect(to: "/a")])
        #expect(throws: FetchError.redirectLoop(url: server.url("/a"))) {
            try client.fetch(FetchRequest(url: server.url("/a")))
        }
        #expect(server.requests().count == 2)
    }

    @Test func tenRedirectsAreFollowedButElevenAreTooMany() throws {
        var routes: [String: FixtureRoute] = ["/hop11": .text("end")]
        for i in 0...10 { routes["/hop\(i)"] = .redirect(to: "/hop\(i + 1)") }
        let server = try LoopbackHTTPServer(routes: routes)
        let ten = try client.fetch(FetchRequest(url: server.url("/hop1")))
        #expect(ten.redirects.count == 10)
        #expect(ten.body == Array("end".utf8))
        let error = #expect(throws: FetchError.tooManyRedirects(limit: 10, url: server.url("/hop0"))) {
            try client.fetch(FetchRequest(url: server.url("/hop0")))
        }
        #expect(error?.description == "\(server.url("/hop0").absoluteString): more than 10 redirects")
    }

    @Test func redirectsToFileOrFTPAreRefused() throws {
        let server = try LoopbackHTTPServer(routes: [
            "/to-file": .redirect(to: "file:///etc/passwd"),
            "/to-ftp": .redirect(to: "ftp://127.0.0.1/pub", status: 301),
        ])
        #expect(throws: FetchError.unsupportedScheme("file", url: URL(string: "file:///etc/passwd")!)) {
            try client.fetch(FetchRequest(url: server.url("/to-file")))
        }
        #expect(throws: FetchError.unsupportedScheme("ftp", url: URL(string: "ftp://127.0.0.1/pub")!)) {
            try client.fetch(FetchRequest(url: server.url("/to-ftp")))
        }
    }

    @Test func aLocationWithChineseOrSpacesIsFollowedPercentEncoded() throws {
        let server = try LoopbackHTTPServer(routes: [
            "/old": .redirect(to: "/文章/第 1 篇", status: 301),
            "/%E6%96%87%E7%AB%A0/%E7%AC%AC%201%20%E7%AF%87": .text("找到了"),
        ])
        let response = try client.fetch(FetchRequest(url: server.url("/old")))
        #expect(response.body == Array("找到了".utf8))
        #expect(response.finalURL.path == "/文章/第 1 篇")
    }

    @Test func aRedirectWithoutLocationIsTheAnswer() throws {
        let server = try LoopbackHTTPServer(routes: ["/odd": .text("choose", status: 300)])
        let response = try client.fetch(FetchRequest(url: server.url("/odd")))
        #expect(response.status == 300)
        #expect(response.redirects.isEmpty)
    }
}
