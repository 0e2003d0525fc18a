import Foundation
import YueduCore
import YueduModel

/// Lays out whole articles off the main thread (the reducer opened them with
/// their first rows) and hands the results to the event loop, which collects
/// them between events. One layout runs at a time, and a request that a
/// newer one replaced before it started (resizes in a row, the next article)
/// is skipped; one that was running finishes, and the reducer ignores it.
final class BackgroundLayout: @unchecked Sendable {  // every var behind `lock`
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "yuedu.layout", qos: .userInitiated)
    private var finished: [Action] = []
    private var pending = 0
    private var latest = 0

    func start(_ detail: ArticleDetail, width: Int, preferences: Preferences) {
        let request = locked { () -> Int in
            pending += 1
            latest += 1
            return latest
        }
        queue.async {
            let wanted = self.locked { request == self.latest }
            let document = wanted ? ArticleDocument.layout(detail, width: width, preferences: preferences) : nil
            self.locked {
                if let document { self.finished.append(.articleLaidOut(key: detail.article.key, document)) }
                self.pending -= 1
            }
        }
    }

    /// The layouts finished since the last call, oldest first.
    func collect() -> [Action] {
        locked {
            defer { finished = [] }
            return finished
        }
    }

    /// A layout is queued or running: the loop polls sooner than when idle.
    var isBusy: Bool { locked { pending > 0 } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
