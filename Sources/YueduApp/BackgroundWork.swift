import Foundation
import YueduCore
import YueduFetch

/// Runs the reader's slow effects, page fetches (`.fetchPage`) and searches
/// (`.search`), on threads of their own, each with a cancellation flag, and
/// hands their answers to the event loop, which collects them between
/// events as it does finished layouts. A search hands over its first page
/// while it still runs.
final class BackgroundWork: @unchecked Sendable {  // every var behind `lock`
    /// What a running job is known by, to cancel it.
    enum Job: Equatable, Sendable {
        case fetch(url: String)
        case search(ticket: Int)
    }

    private let lock = NSLock()
    private var finished: [Action] = []
    /// FetchCancellation is a plain atomic flag: the store's search is asked about it as curl is.
    private var running: [ObjectIdentifier: (job: Job, cancellation: FetchCancellation)] = [:]
    private let runner: EffectRunner
    private let client: HTTPClient
    private let timeout: FetchTimeouts

    init(runner: EffectRunner, client: HTTPClient = HTTPClient(), timeout: FetchTimeouts = .default) {
        self.runner = runner
        self.client = client
        self.timeout = timeout
    }

    func fetch(_ url: String) {
        start(.fetch(url: url)) { [runner, client, timeout] cancellation, _ in
            runner.fetchPage(url, client: client, timeout: timeout, cancellation: cancellation)
        }
    }

    func search(_ query: String, limit: Int, firstPage: Int, ticket: Int) {
        start(.search(ticket: ticket)) { [runner] cancellation, deliver in
            runner.search(query, limit: limit, firstPage: firstPage, ticket: ticket,
                          isCancelled: { cancellation.isCancelled }, firstPageFound: deliver)
        }
    }

    /// `work` blocks until it is done; what it passes to its second argument
    /// is handed over at once, what it returns when it ends (nil: nothing).
    private func start(_ job: Job, _ work: @escaping @Sendable (FetchCancellation, (Action) -> Void) -> Action?) {
        let cancellation = FetchCancellation()
        let id = ObjectIdentifier(cancellation)
        locked { running[id] = (job, cancellation) }
        // A thread, not the dispatch pool: a fetch may block for its whole timeout.
        let thread = Thread { [self] in
            let answer = work(cancellation) { early in locked { finished.append(early) } }
            locked {
                running[id] = nil
                if let answer { finished.append(answer) }
            }
        }
        if case .fetch = job { thread.name = "yuedu.fetch" } else { thread.name = "yuedu.search" }
        thread.start()
    }

    /// Cancels every running `job`: a fetch ends within one poll of curl, a
    /// search at its next candidate or within SQLite's next progress call.
    func cancel(_ job: Job) {
        locked { running.values.filter { $0.job == job }.forEach { $0.cancellation.cancel() } }
    }

    /// On quit: nothing is left transferring or searching.
    func cancelAll() { locked { running.values.forEach { $0.cancellation.cancel() } } }

    /// The answers since the last call, oldest first.
    func collect() -> [Action] {
        locked {
            defer { finished = [] }
            return finished
        }
    }

    var isBusy: Bool { locked { !running.isEmpty } }

    /// A search wants its first page on screen soon after it is found.
    var isSearching: Bool {
        locked { running.values.contains { if case .search = $0.job { return true } else { return false } } }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
