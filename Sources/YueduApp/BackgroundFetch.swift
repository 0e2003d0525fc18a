import Foundation
import YueduCore
import YueduFetch

/// Runs the reader's page fetches (`.fetchPage`) on threads of their own,
/// each with its FetchCancellation, and hands their answers to the event
/// loop, which collects them between events as it does finished layouts.
final class BackgroundFetch: @unchecked Sendable {  // every var behind `lock`
    private let lock = NSLock()
    private var finished: [Action] = []
    private var running: [ObjectIdentifier: (url: String, cancellation: FetchCancellation)] = [:]
    private let fetch: @Sendable (String, FetchCancellation) -> Action

    /// `fetch` blocks until the page is stored or has failed.
    init(fetch: @escaping @Sendable (String, FetchCancellation) -> Action) { self.fetch = fetch }

    convenience init(runner: EffectRunner, client: HTTPClient = HTTPClient(), timeout: FetchTimeouts = .default) {
        self.init { url, cancellation in runner.fetchPage(url, client: client, timeout: timeout, cancellation: cancellation) }
    }

    func start(_ url: String) {
        let cancellation = FetchCancellation()
        let id = ObjectIdentifier(cancellation)
        locked { running[id] = (url, cancellation) }
        // A thread, not the dispatch pool: a fetch may block for its whole timeout.
        let thread = Thread { [self] in
            let answer = fetch(url, cancellation)
            locked {
                running[id] = nil
                finished.append(answer)
            }
        }
        thread.name = "yuedu.fetch"
        thread.start()
    }

    /// Cancels every running fetch of `url`; each ends within one poll of curl.
    func cancel(_ url: String) {
        locked { running.values.filter { $0.url == url }.forEach { $0.cancellation.cancel() } }
    }

    /// On quit: nothing is left transferring.
    func cancelAll() { locked { running.values.forEach { $0.cancellation.cancel() } } }

    /// The answers since the last call, oldest first.
    func collect() -> [Action] {
        locked {
            defer { finished = [] }
            return finished
        }
    }

    var isBusy: Bool { locked { !running.isEmpty } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
