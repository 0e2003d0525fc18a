import Foundation
import YueduStore

/// Writes prepared batches on a thread of its own, so an import reads,
/// parses and folds the next batch while SQLite writes this one (the write
/// is single-threaded and the slower half). At most one batch waits while
/// a group of them is written: memory stays bounded whatever the size of
/// the input.
final class BatchWriter: @unchecked Sendable {
    private let store: LibraryStore
    private let importedAt: Int64
    /// Guards every `var` below; the writing thread and the importing
    /// thread meet only here.
    private let condition = NSCondition()
    private var waiting: PreparedBatch?
    private var closed = false
    private var written: [[UpsertOutcome]] = []
    private var failure: (any Error)?
    private var timings = UpsertTimings()
    private var thread: JoinableThread?

    init(store: LibraryStore, importedAt: Int64) {
        self.store = store
        self.importedAt = importedAt
        thread = JoinableThread { [self] in writeUntilClosed() }
    }

    /// Queues a batch, first waiting for the one already queued to be
    /// taken. Throws the writer's error once a write has failed.
    func submit(_ batch: PreparedBatch) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting != nil, failure == nil { condition.wait() }
        if let failure { throw failure }
        waiting = batch
        condition.broadcast()
    }

    /// The outcomes of the batches written since the last call, in order.
    func takeWritten() -> [[UpsertOutcome]] {
        condition.lock()
        defer { condition.unlock() }
        let batches = written
        written = []
        return batches
    }

    /// Waits until every queued batch is written and the thread has ended;
    /// returns the outcomes not taken yet and where the time went. Throws
    /// the error a write failed with.
    func finish() throws -> (written: [[UpsertOutcome]], timings: UpsertTimings) {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        thread?.join()
        // The thread's closure held `self`; joined, nothing else does.
        thread = nil
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
        let batches = written
        written = []
        return (batches, timings)
    }

    /// Batches that share a commit when the writer is behind (see
    /// `LibraryStore.upsert(group:)`): a crash loses at most these, to be
    /// imported again, and the writer holds them until the commit.
    static let maxBatchesPerCommit = 8

    /// The batch queued meanwhile, if any, without waiting for one: called
    /// by the writing thread between two batches of a group.
    private func takeWaiting() -> PreparedBatch? {
        condition.lock()
        defer { condition.unlock() }
        guard let batch = waiting else { return nil }
        waiting = nil
        condition.broadcast()
        return batch
    }

    private func writeUntilClosed() {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        while true {
            while waiting == nil, !closed { condition.wait() }
            guard let batch = waiting else { return }
            waiting = nil
            condition.broadcast()
            condition.unlock()
            var batchTimings = UpsertTimings()
            let result = Result {
                try store.upsert(group: batch, maxBatches: Self.maxBatchesPerCommit, importedAt: importedAt,
                                 timings: &batchTimings, next: takeWaiting)
            }
            condition.lock()
            timings += batchTimings
            switch result {
            case .success(let outcomes): written += outcomes
            case .failure(let error):
                failure = error
                return
            }
        }
    }
}
