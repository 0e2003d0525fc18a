import Foundation
import YueduCore
import YueduFetch

/// Runs `.updateFeeds` on a thread of its own, one update at a time, and
/// hands its progress and its end to the event loop, which collects them
/// between events as it does fetched pages. Progress is coalesced: the loop
/// draws only the latest, however many feeds finished since the last frame.
final class BackgroundFeedUpdate: @unchecked Sendable {  // every var behind `condition`
    /// Blocks until every feed is done or `cancellation` stops it; reports
    /// (done, total) as feeds finish.
    typealias Job = @Sendable (_ cancellation: FetchCancellation, _ progress: (Int, Int) -> Void) -> Action

    private let condition = NSCondition()
    private let job: Job
    private var running = false
    /// The running update's: `stop` and `cancel` set it.
    private var current: FetchCancellation?
    private var cancelled = false
    /// Parked at a feed boundary after a cancel: nothing is being written.
    private var parked = false
    private var latestProgress: Action?
    private var finished: Action?

    init(job: @escaping Job) { self.job = job }

    /// False when an update is running already (the reducer never asks twice; this is the guard).
    @discardableResult
    func start() -> Bool {
        let started = locked { () -> Bool in
            guard !running, !cancelled else { return false }
            running = true
            parked = false
            return true
        }
        guard started else { return false }
        let cancellation = FetchCancellation()
        locked { current = cancellation }
        let job = self.job
        // A Foundation thread, not a JoinableThread: one parked by a cancel
        // must not hold up whoever releases this object.
        let thread = Thread { [self] in
            let answer = job(cancellation) { [self] done, total in reportProgress(done: done, total: total) }
            locked {
                finished = answer
                current = nil
                running = false
                condition.broadcast()
            }
        }
        thread.name = "yuedu.feed-update"
        thread.start()
        return true
    }

    /// Called on the update's thread between feeds (each is stored by then).
    /// After a quit's cancel it parks there for good, so quitting never
    /// leaves a write half done; the process ends around it.
    private func reportProgress(done: Int, total: Int) {
        condition.lock()
        defer { condition.unlock() }
        latestProgress = .feedUpdateProgressed(done: done, total: total)
        guard cancelled else { return }
        parked = true
        condition.broadcast()
        while true { condition.wait() }
    }

    /// Esc: the running update's transfers end and no feed starts; it stores
    /// what it has in hand and answers as ever, and `start` may run another.
    func stop() { locked { current?.cancel() } }

    /// On quit: no update starts again, and the running one stops fetching
    /// and stores at most the batch of feeds already fetched (one commit,
    /// FeedUpdate); waits (at most `seconds`) until it
    /// has ended or parked between two feeds.
    func cancel(waitingAtMost seconds: Double) {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        current?.cancel()
        let deadline = Date().addingTimeInterval(seconds)
        while running, !parked, condition.wait(until: deadline) {}
    }

    /// The latest progress, then the end, when they came since the last call.
    func collect() -> [Action] {
        locked {
            defer { latestProgress = nil; finished = nil }
            return [latestProgress, finished].compactMap { $0 }
        }
    }

    var isBusy: Bool { locked { running || finished != nil } }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
