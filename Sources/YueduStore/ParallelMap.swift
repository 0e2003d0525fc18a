import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core, in chunks; the result keeps the input's order.
    /// For work that is pure and costs microseconds per element or more.
    func parallelMap<Result: Sendable>(chunk: Int = 64, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let count = self.count
        guard count > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
            for i in part * chunk..<Swift.min(count, part * chunk + chunk) { slots.set(i, transform(self[i])) }
        }
        return slots.values
    }
}

/// One slot per element, each written by exactly one worker. The slots
/// are raw memory on purpose: an Array mutated from several threads, even
/// through `withUnsafeMutableBufferPointer` (which moves the array out
/// while its closure runs), crashes when two writes overlap.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ i: Int, _ value: Value) { storage[i] = value }
    var values: [Value] { storage.map { $0! } }
}
