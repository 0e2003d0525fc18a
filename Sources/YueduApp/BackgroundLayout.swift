import Foundation
import YueduCore
import YueduModel

/// Lays out whole articles off the main thread (the reducer opened them with
/// their first rows) and hands the results to the event loop, which collects
/// them between events. A layout the reader no longer needs (another article,
/// another width) still finishes; the reducer ignores its answer.
final class BackgroundLayout: @unchecked Sendable {  // every field behind `lock`
    private let lock = NSLock()
    private var finished: [Action] = []
    private var running = 0

    func start(_ detail: ArticleDetail, width: Int, preferences: Preferences) {
        locked { running += 1 }
        DispatchQueue.global(qos: .userInitiated).async {
            let document = ArticleDocument.layout(detail, width: width, preferences: preferences)
            self.locked {
                self.finished.append(.articleLaidOut(key: detail.article.key, document))
                self.running -= 1
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

    /// Some layout is still running: the loop polls sooner than when idle.
    var isBusy: Bool { locked { running > 0 } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
