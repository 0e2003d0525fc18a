import Synchronization

/// Set from any thread (Esc in the reader, a cancelled task); the running
/// transfer notices within one poll interval (50 ms) and ends with `cancelled`.
public final class FetchCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .releasing) }

    public var isCancelled: Bool { flag.load(ordering: .acquiring) }
}
