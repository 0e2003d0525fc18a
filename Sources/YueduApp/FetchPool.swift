import Foundation

/// The order `FetchPool.run` hands results back in.
public enum FetchPoolOrder: Sendable {
    /// Each as soon as it and those before it are done (`yuedu add` reports pages in the order given).
    case input
    /// Each as soon as it is done, so one slow job never holds up the
    /// handling of the others (`yuedu update` stores each feed as it comes).
    case completion
}

/// Runs a blocking job per URL on a few threads at once (at most `width`,
/// and `perHost` to any one host, so one site is not hammered) and hands
/// the results back on the calling thread, in input order or as they finish.
public enum FetchPool {
    public static func run<Result: Sendable>(_ urls: [URL], width: Int = 4, perHost: Int = 2, order: FetchPoolOrder = .input,
                                             job: @escaping @Sendable (URL) -> Result,
                                             each: (Int, Result) throws -> Void) rethrows {
        try run(urls, width: width, perHost: perHost, order: order, indexedJob: { _, url in job(url) }, each: each)
    }

    /// As above, the job also told which of `urls` it runs for (two entries may share a URL).
    public static func run<Result: Sendable>(_ urls: [URL], width: Int = 4, perHost: Int = 2, order: FetchPoolOrder = .input,
                                             indexedJob job: @escaping @Sendable (Int, URL) -> Result,
                                             each: (Int, Result) throws -> Void) rethrows {
        let state = PoolState<Result>(urls: urls, perHost: perHost)
        let workers = (0..<max(1, min(width, urls.count))).map { _ in
            JoinableThread { state.work(job) }
        }
        defer {
            state.stop()
            workers.forEach { $0.join() }
        }
        for position in urls.indices {
            switch order {
            case .input: try each(position, state.waitForResult(position))
            case .completion:
                let (index, result) = state.waitForNextFinished()
                try each(index, result)
            }
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
    /// Every index before it has started: the scan for work begins here.
    private var firstUnstarted = 0
    private var results: [Result?]
    /// Indices finished and not yet handed over, in the order they finished.
    private var finished: [Int] = []
    private var finishedHead = 0
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
    func work(_ job: (Int, URL) -> Result) {
        condition.lock()
        while !stopped {
            while firstUnstarted < started.count, started[firstUnstarted] { firstUnstarted += 1 }
            guard firstUnstarted < started.count else { break }
            guard let index = (firstUnstarted..<started.count).first(where: {
                !started[$0] && inFlight[hosts[$0], default: 0] < perHost
            }) else {
                condition.wait()
                continue
            }
            started[index] = true
            inFlight[hosts[index], default: 0] += 1
            condition.unlock()
            let result = job(index, urls[index])
            condition.lock()
            inFlight[hosts[index], default: 0] -= 1
            results[index] = result
            finished.append(index)
            condition.broadcast()
        }
        condition.unlock()
    }

    func waitForResult(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        return take(index)
    }

    func waitForNextFinished() -> (Int, Result) {
        condition.lock()
        defer { condition.unlock() }
        while finishedHead == finished.count { condition.wait() }
        let index = finished[finishedHead]
        finishedHead += 1
        return (index, take(index))
    }

    /// Handed over: the pool holds no page longer than needed.
    private func take(_ index: Int) -> Result {
        let result = results[index]!
        results[index] = nil
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
