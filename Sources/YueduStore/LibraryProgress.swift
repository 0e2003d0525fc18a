/// How far long work on the whole library has come: an upgrade when a
/// library opens (migrations, counting it afresh, rebuilding the search
/// index with a new fold) or `doctor`'s checks and rebuild. Plain numbers;
/// whoever opened the library decides how to show them.
public struct LibraryProgress: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        /// Schema migrations: `done` of `total` migrations applied.
        case migrating
        /// Counting related items afresh (`RelatedCensus`): articles.
        case countingRelated
        /// Indexing every article again: articles.
        case rebuildingIndex
        /// `doctor`'s checks: `done` of `total` checks.
        case checking
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }
}

/// Called on the thread doing the work, as it goes: for each phase, from
/// (0, total) up to (total, total), never backwards.
public typealias LibraryProgressHandler = (LibraryProgress) -> Void
