import Foundation

/// Runs a blocking job per URL on a few threads at once (at most `width`,
/// and `perHost` to any one host, so one site is not hammered) and hands
/// the results back on the calling thread in input order, each as soon as
/// it and those before it are done.
public enum FetchPool {
    public static func run<Result: Sendable>(_ urls: [URL], width: Int = 4, perHost: Int = 2,
                                             job: @escaping @Sendable (URL) -> Result,
                                             each: (Int, Result) throws -> Void) rethrows {
        let state = PoolState<Result>(urls: urls, perHost: perHost)
        let workers = (0..<max(1, min(width, urls.count))).map { _ in
            JoinableThread { state.work(job) }
        }
        defer {
            state.stop()
            workers.forEach { $0.join() }
        }
        for index in urls.indices {
            try each(index, state.waitForResult(index))
        }
    }
}

/// What the pool's threads share, behind one condition.
private final class PoolState<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let urls: [URL]
    private let hosts: [String]
    private let perHost: Int
    private var started: [Bool]
    private var results: [Result?]
    private var inFlight: [String: Int] = [:]
    private var stopped = false

    init(urls: [URL], perHost: Int) {
        self.urls = urls
        hosts = urls.map { $0.host?.lowercased() ?? "" }
        self.perHost = max(1, perHost)
        started = Array(repeating: false, count: urls.count)
        results = Array(repeating: nil, count: urls.count)
    }

    /// Takes the first URL not started whose host has room, until none is left.
    func work(_ job: (URL) -> Result) {
        condition.lock()
        while !stopped, started.contains(false) {
            guard let index = started.indices.first(where: { !started[$0] && inFlight[hosts[$0], default: 0] < perHost })
            else {
                condition.wait()
                continue
            }
            started[index] = true
            inFlight[hosts[index], default: 0] += 1
            condition.unlock()
            let result = job(urls[index])
            condition.lock()
            inFlight[hosts[index], default: 0] -= 1
            results[index] = result
            condition.broadcast()
        }
        condition.unlock()
    }

    func waitForResult(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        let result = results[index]!
        results[index] = nil  // handed over: the pool holds no page longer than needed
        return result
    }

    /// No new jobs start (the caller stopped early); running ones finish.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
