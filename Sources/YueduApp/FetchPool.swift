import Foundation

/// Runs a blocking job per URL on a few threads at once (at most `width`,
/// and `perHost` to any one host, so one site is not hammered) and hands
/// the results back on the calling thread: `run` in input order (`yuedu
/// add` reports pages in the order given), `runInBatches` as they finish,
/// so one slow job never holds up the handling of the others (`yuedu
/// update` stores each feed as it comes).
public enum FetchPool {
    /// Each result as soon as it and those before it are done.
    public static func run<Result: Sendable>(_ urls: [URL], width: Int = 4, perHost: Int = 2,
                                             job: @escaping @Sendable (URL) -> Result,
                                             each: (Int, Result) throws -> Void) rethrows {
        try withWorkers(urls, width: width, perHost: perHost, job: { _, url in job(url) }) { state in
            for position in urls.indices { try each(position, state.waitForResult(position)) }
        }
    }

    /// In completion order, every result that is ready at once (at least
    /// one, at most `most`): a caller that commits once per call commits
    /// once for all that finished while it was busy with the last, so the
    /// busier it is the fewer commits it makes, and a result that arrives
    /// alone is handed over at once.
    public static func runInBatches<Result: Sendable>(_ urls: [URL], width: Int = 4, perHost: Int = 2, most: Int,
                                                      indexedJob job: @escaping @Sendable (Int, URL) -> Result,
                                                      eachBatch: ([(Int, Result)]) throws -> Void) rethrows {
        // Workers wait while two batches' worth lie unhanded: a writer slower
        // than the network must not have every feed parsed in memory at once.
        try withWorkers(urls, width: width, perHost: perHost, mostUnhanded: 2 * max(1, most), job: job) { state in
            var handed = 0
            while handed < urls.count {
                let batch = state.waitForFinished(most: max(1, most))
                handed += batch.count
                try eachBatch(batch)
            }
        }
    }

    private static func withWorkers<Result: Sendable>(_ urls: [URL], width: Int, perHost: Int, mostUnhanded: Int? = nil,
                                                      job: @escaping @Sendable (Int, URL) -> Result,
                                                      body: (PoolState<Result>) throws -> Void) rethrows {
        let state = PoolState<Result>(urls: urls, perHost: perHost, mostUnhanded: mostUnhanded)
        // More threads than the hosts have room for would only wait: 1,000
        // feeds from one host need 2, not 64 woken at every finish.
        let workers = (0..<max(1, min(width, urls.count, state.mostAtOnce))).map { _ in
            JoinableThread { state.work(job) }
        }
        defer {
            state.stop()
            workers.forEach { $0.join() }
        }
        try body(state)
    }
}

/// What the pool's threads share, behind one condition. Each host has its
/// queue of URLs in input order, so picking the next job looks at each host
/// once (not at every URL left, which made 1,000 feeds quadratic).
private final class PoolState<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let urls: [URL]
    /// Per host: its URLs' indices in input order, and how many have started.
    private var queues: [[Int]]
    private var heads: [Int]
    private var inFlight: [Int]
    private var unstarted: Int
    private let perHost: Int
    private var results: [Result?]
    /// Indices finished and not yet handed over, in the order they finished.
    private var finished: [Int] = []
    private var finishedHead = 0
    private var stopped = false
    /// No job starts while this many results wait to be handed over (nil:
    /// no bound). Only for a caller that takes results in any order: one
    /// waiting for a particular result could wait for a job never started.
    private let mostUnhanded: Int?

    init(urls: [URL], perHost: Int, mostUnhanded: Int? = nil) {
        self.urls = urls
        self.perHost = max(1, perHost)
        self.mostUnhanded = mostUnhanded
        var hostNumbers: [String: Int] = [:]
        var queues: [[Int]] = []
        for (index, url) in urls.enumerated() {
            let host = url.host?.lowercased() ?? ""
            let number = hostNumbers[host] ?? { hostNumbers[host] = queues.count; queues.append([]); return queues.count - 1 }()
            queues[number].append(index)
        }
        self.queues = queues
        heads = Array(repeating: 0, count: queues.count)
        inFlight = Array(repeating: 0, count: queues.count)
        unstarted = urls.count
        results = Array(repeating: nil, count: urls.count)
    }

    /// The most jobs that can ever run at once: `perHost` from each host.
    var mostAtOnce: Int { queues.count * perHost }

    /// Takes the first URL not started whose host has room, until none is left.
    func work(_ job: (Int, URL) -> Result) {
        condition.lock()
        while !stopped, unstarted > 0 {
            var host: Int?
            for candidate in queues.indices where inFlight[candidate] < perHost && heads[candidate] < queues[candidate].count {
                if host.map({ queues[candidate][heads[candidate]] < queues[$0][heads[$0]] }) ?? true { host = candidate }
            }
            guard let host, finished.count - finishedHead < mostUnhanded ?? Int.max else {
                condition.wait()
                continue
            }
            let index = queues[host][heads[host]]
            heads[host] += 1
            unstarted -= 1
            inFlight[host] += 1
            condition.unlock()
            let result = job(index, urls[index])
            condition.lock()
            inFlight[host] -= 1
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

    /// Waits for one, then takes those that finished with it, up to `most`.
    func waitForFinished(most: Int) -> [(Int, Result)] {
        condition.lock()
        defer { condition.unlock() }
        while finishedHead == finished.count { condition.wait() }
        let end = min(finished.count, finishedHead + most)
        let batch = finished[finishedHead..<end].map { ($0, take($0)) }
        finishedHead = end
        condition.broadcast()  // room again for workers held by `mostUnhanded`
        return batch
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
