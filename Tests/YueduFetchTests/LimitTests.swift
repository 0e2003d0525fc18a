import Foundation
import Synchronization
import Testing
import YueduFetch
import YueduTestSupport

/// Time and size limits, and cancellation, against servers that misbehave.
@Suite struct LimitTests {
    let client = HTTPClient(environment: [:])
    let clock = ContinuousClock()

    @Test func aStalledServerTimesOutWhenTheTotalTimeoutFires() throws {
        let server = try LoopbackHTTPServer(routes: ["/stall": .stall])
        var request = FetchRequest(url: server.url("/stall"))
        request.timeout = FetchTimeouts(total: .seconds(1))
        let started = clock.now
        let error = #expect(throws: FetchError.self) { try client.fetch(request) }
        let elapsed = clock.now - started
        guard case .timedOut(let after, let url) = error else {
            Issue.record("expected timedOut, got \(String(describing: error))")
            return
        }
        #expect(url == server.url("/stall"))
        #expect(elapsed >= .milliseconds(950) && elapsed < .seconds(4))
        #expect(after >= .milliseconds(950) && after <= elapsed)
        #expect(error?.description.hasPrefix("\(url.absoluteString): timed out after ") == true)
    }

    @Test func aTrickleBelowTheLowSpeedLimitTimesOut() throws {
        let body = [UInt8](repeating: 0x61, count: 200)
        let server = try LoopbackHTTPServer(routes: ["/slow": .body(body).trickled(chunk: 1, every: 0.25)])
        var request = FetchRequest(url: server.url("/slow"))
        request.timeout = FetchTimeouts(total: .seconds(20), lowSpeedBytesPerSecond: 100, lowSpeedTime: .seconds(1))
        let started = clock.now
        let error = #expect(throws: FetchError.self) { try client.fetch(request) }
        guard case .timedOut = error else {
            Issue.record("expected timedOut, got \(String(describing: error))")
            return
        }
        #expect(clock.now - started < .seconds(8))  // 200 bytes at 4 a second would take 50 s
    }

    @Test func aSlowButSteadyPageArrivesWithinTheLimits() throws {
        let body = Array("慢慢来，比较快。".utf8)
        let server = try LoopbackHTTPServer(routes: ["/steady": .body(body).trickled(chunk: 8, every: 0.1)])
        #expect(try client.fetch(FetchRequest(url: server.url("/steady"))).body == body)
    }

    @Test func cancellingAbortsAStalledFetchQuickly() throws {
        let server = try LoopbackHTTPServer(routes: ["/stall": .stall])
        let cancellation = FetchCancellation()
        let cancelledAt = Mutex<ContinuousClock.Instant?>(nil)
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.3)
            cancelledAt.withLock { $0 = ContinuousClock().now }
            cancellation.cancel()
        }
        #expect(throws: FetchError.cancelled(url: server.url("/stall"))) {
            try client.fetch(FetchRequest(url: server.url("/stall")), cancellation: cancellation)
        }
        let stopped = clock.now
        let cancelled = try #require(cancelledAt.withLock { instant in instant })
        #expect(stopped - cancelled < .milliseconds(400))  // polled every 50 ms
        #expect(cancellation.isCancelled)
    }

    @Test func cancellingTheTaskCancelsAnAsyncFetch() async throws {
        let server = try LoopbackHTTPServer(routes: ["/stall": .stall])
        let task = Task { try await client.fetch(FetchRequest(url: server.url("/stall"))) }
        try await Task.sleep(for: .milliseconds(300))
        let cancelled = clock.now
        task.cancel()
        let result = await task.result
        // Far below the 30 s timeout; looser than the blocking test's bound because
        // resuming this task waits for a cooperative thread, which other tests may block.
        #expect(clock.now - cancelled < .seconds(10))
        #expect(throws: FetchError.cancelled(url: server.url("/stall"))) { try result.get() }
    }

    @Test func anOversizedPageIsRefusedNamingTheLimit() throws {
        let server = try LoopbackHTTPServer(routes: ["/big": .filler(count: 3 << 20)])
        var request = FetchRequest(url: server.url("/big"))
        request.maxBytes = 1 << 20
        let error = #expect(throws: FetchError.tooLarge(limit: 1 << 20, url: server.url("/big"))) { try client.fetch(request) }
        #expect(error?.description == "\(server.url("/big").absoluteString): larger than the limit of 1 MB")
    }

    @Test func anOversizedPageWithoutContentLengthIsCutAtTheLimit() throws {
        let server = try LoopbackHTTPServer(routes: ["/big": .filler(count: 3 << 20, declaringLength: false)])
        var request = FetchRequest(url: server.url("/big"))
        request.maxBytes = 1 << 20
        #expect(throws: FetchError.tooLarge(limit: 1 << 20, url: server.url("/big"))) { try client.fetch(request) }
    }

    @Test func theDefaultCapIsTwentyMegabytes() throws {
        #expect(FetchRequest(url: URL(string: "http://127.0.0.1/")!).maxBytes == 20 << 20)
        let server = try LoopbackHTTPServer(routes: ["/huge": .filler(count: 21 << 20)])
        #expect(throws: FetchError.tooLarge(limit: 20 << 20, url: server.url("/huge"))) {
            try client.fetch(FetchRequest(url: server.url("/huge")))
        }
    }

    @Test func aSmallGzipBodyThatDecodesPastTheLimitIsRefused() throws {
        let server = try LoopbackHTTPServer(routes: ["/bomb": .body([UInt8](repeating: 0, count: 2 << 20)).gzipped()])
        var request = FetchRequest(url: server.url("/bomb"))
        request.maxBytes = 1 << 20
        #expect(throws: FetchError.tooLarge(limit: 1 << 20, url: server.url("/bomb"))) { try client.fetch(request) }
    }

    @Test func aPageExactlyAtTheLimitArrives() throws {
        let server = try LoopbackHTTPServer(routes: ["/edge": .filler(count: 4096)])
        var request = FetchRequest(url: server.url("/edge"))
        request.maxBytes = 4096
        #expect(try client.fetch(request).body.count == 4096)
    }
}
