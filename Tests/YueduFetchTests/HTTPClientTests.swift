import Foundation
import Testing
import YueduFetch
import YueduTestSupport

/// Plain answers, content encodings and statuses, against a real server on loopback.
@Suite struct HTTPClientTests {
    let client = HTTPClient(environment: [:])

    @Test func aPageComesBackWithStatusHeadersAndCharsetLabel() throws {
        let server = try LoopbackHTTPServer(routes: ["/page": .text("<p>你好</p>", contentType: "text/html; charset=\"GBK\"")])
        let response = try client.fetch(FetchRequest(url: server.url("/page")))
        #expect(response.status == 200)
        #expect(response.body == Array("<p>你好</p>".utf8))
        #expect(response.headers["content-type"] == "text/html; charset=\"GBK\"")
        #expect(response.contentTypeCharset == "GBK")
        #expect(response.requestedURL == server.url("/page"))
        #expect(response.finalURL == server.url("/page"))
        #expect(response.redirects.isEmpty)
    }

    @Test func gzipBodiesArriveDecoded() throws {
        let text = String(repeating: "春眠不觉晓，处处闻啼鸟。", count: 200)
        let server = try LoopbackHTTPServer(routes: ["/gz": .text(text).gzipped()])
        let response = try client.fetch(FetchRequest(url: server.url("/gz")))
        #expect(response.body == Array(text.utf8))
        #expect(response.headers["Content-Encoding"] == "gzip")
        let sent = try #require(server.requests(path: "/gz").first?.header("Accept-Encoding"))
        #expect(sent.contains("gzip") && sent.contains("deflate"))
    }

    @Test func deflateBodiesArriveDecoded() throws {
        let text = String(repeating: "古池や蛙飛び込む水の音 ", count: 200)
        let server = try LoopbackHTTPServer(routes: ["/deflate": .text(text).deflated()])
        let response = try client.fetch(FetchRequest(url: server.url("/deflate")))
        #expect(response.body == Array(text.utf8))
    }

    @Test func nulBytesInAPageComeBackByteExact() throws {
        let bytes: [UInt8] = Array("<html>前".utf8) + [0, 0, 0x41, 0] + Array(0...255) + Array("后</html>".utf8)
        let server = try LoopbackHTTPServer(routes: ["/nul": .body(bytes, headers: [("Content-Type", "text/html")])])
        let response = try client.fetch(FetchRequest(url: server.url("/nul")))
        #expect(response.body == bytes)
    }

    @Test func notFoundIsAResponseAndAnErrorForPages() throws {
        let server = try LoopbackHTTPServer(routes: ["/gone": .text("no such page", status: 404)])
        let response = try client.fetch(FetchRequest(url: server.url("/gone")))
        #expect(response.status == 404)
        #expect(response.body == Array("no such page".utf8))
        #expect(throws: FetchError.httpStatus(404, url: server.url("/gone"))) { try response.requireSuccess() }
        let error = #expect(throws: FetchError.self) { try client.fetchPage(server.url("/gone")) }
        #expect(error?.description == "\(server.url("/gone").absoluteString): the server answered HTTP 404")
    }

    @Test func serverErrorIsAResponseAndAnErrorForPages() throws {
        let server = try LoopbackHTTPServer(routes: ["/broken": .text("oops", status: 500)])
        #expect(try client.fetch(FetchRequest(url: server.url("/broken"))).status == 500)
        #expect(throws: FetchError.httpStatus(500, url: server.url("/broken"))) { try client.fetchPage(server.url("/broken")) }
    }

    @Test func tooManyRequestsIsAnAnswerCarryingRetryAfter() throws {
        let server = try LoopbackHTTPServer(routes: ["/feed": .body([], status: 429, headers: [("Retry-After", "120")])])
        let response = try client.fetch(FetchRequest(url: server.url("/feed")))
        #expect(response.status == 429)
        #expect(response.headers["retry-after"] == "120")
    }

    @Test func httpsIsAttemptedAndATLSFailureNamesTheURL() throws {
        let server = try LoopbackHTTPServer(routes: ["/plain": .text("not TLS")])
        let url = URL(string: "https://127.0.0.1:\(server.port)/plain")!
        let error = #expect(throws: FetchError.self) { try client.fetch(FetchRequest(url: url)) }
        guard case .connectionFailed(let reason, let failed) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(failed == url)
        #expect(reason.localizedCaseInsensitiveContains("ssl") || reason.localizedCaseInsensitiveContains("tls"))
    }

    @Test func aDelayedAnswerArrivesWithinTheTimeoutAndNotBeyondIt() throws {
        let server = try LoopbackHTTPServer(routes: ["/late": .text("late").delayed(by: 0.5)])
        let clock = ContinuousClock()
        let started = clock.now
        #expect(try client.fetch(FetchRequest(url: server.url("/late"))).body == Array("late".utf8))
        #expect(clock.now - started >= .milliseconds(500))
        var hurried = FetchRequest(url: server.url("/late"))
        hurried.timeout = FetchTimeouts(total: .milliseconds(200))
        let error = #expect(throws: FetchError.self) { try client.fetch(hurried) }
        if case .timedOut = error {} else { Issue.record("expected timedOut, got \(String(describing: error))") }
        #expect(server.requests(path: "/late").count == 2)
    }

    @Test func repeatedHeadersAreAllKeptAndMatchedWithoutCase() throws {
        let server = try LoopbackHTTPServer(routes: ["/multi": .body([], headers: [
            ("Set-Cookie", "a=1"), ("Link", "<https://a.example/>; rel=hub"), ("Set-Cookie", "b=2"),
            ("Link", "<https://b.example/feed>; rel=self"),
        ])])
        let response = try client.fetch(FetchRequest(url: server.url("/multi")))
        #expect(response.headers.values(for: "set-cookie") == ["a=1", "b=2"])
        #expect(response.headers.values(for: "LINK") == ["<https://a.example/>; rel=hub", "<https://b.example/feed>; rel=self"])
        #expect(response.headers["SET-COOKIE"] == "a=1")
    }

    @Test func aRefusedConnectionNamesTheURL() throws {
        let server = try LoopbackHTTPServer()
        let url = server.url("/nothing-listens")
        server.stop()
        let error = #expect(throws: FetchError.self) { try client.fetch(FetchRequest(url: url)) }
        guard case .connectionFailed(let reason, let failed) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(failed == url)
        #expect(!reason.isEmpty)
        #expect(error?.description.hasPrefix(url.absoluteString) == true)
    }

    @Test func onlyHTTPAndHTTPSAreFetched() throws {
        let ftp = URL(string: "ftp://127.0.0.1/file")!
        #expect(throws: FetchError.unsupportedScheme("ftp", url: ftp)) { try client.fetch(FetchRequest(url: ftp)) }
        let file = URL(fileURLWithPath: "/etc/passwd")
        #expect(throws: FetchError.unsupportedScheme("file", url: file)) { try client.fetch(FetchRequest(url: file)) }
        #expect(FetchError.unsupportedScheme("file", url: file).description
            == "file:///etc/passwd: the file: scheme is not fetched (only http and https)")
    }

    @Test func theServerBindsOtherLoopbackAddresses() throws {
        let server = try LoopbackHTTPServer(host: "127.0.0.2", routes: ["/x": .text("two")])
        #expect(server.url("/x").host == "127.0.0.2")
        #expect(try client.fetch(FetchRequest(url: server.url("/x"))).body == Array("two".utf8))
    }

    @Test func asyncFetchReturnsTheSameResponse() async throws {
        let server = try LoopbackHTTPServer(routes: ["/a": .text("async")])
        let response = try await client.fetch(FetchRequest(url: server.url("/a")))
        #expect(response.body == Array("async".utf8))
    }
}

/// The feeds fetch many URLs at once through one client.
@Suite struct ConcurrentFetchTests {
    @Test func fiftyFetchesAtOnceAllArriveIntactAndOverlap() async throws {
        var routes: [String: FixtureRoute] = [:]
        for i in 0..<50 { routes["/feed\(i)"] = .text("feed \(i)").delayed(by: 0.3) }
        let server = try LoopbackHTTPServer(routes: routes)
        let client = HTTPClient(environment: [:])
        let bodies = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for i in 0..<50 {
                group.addTask { (i, try await client.fetch(FetchRequest(url: server.url("/feed\(i)"))).body) }
            }
            return try await group.reduce(into: [Int: [UInt8]]()) { $0[$1.0] = $1.1 }
        }
        #expect(bodies.count == 50)
        #expect((0..<50).allSatisfy { bodies[$0] == Array("feed \($0)".utf8) })
        // Overlap, not wall time: other tests' blocking work can hold up the cooperative pool.
        #expect(server.requests().map(\.active).max()! > 5)
    }
}
