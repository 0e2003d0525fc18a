import YueduImport
import YueduModel
import YueduStore

/// Counts of one import, for its closing line.
public struct ImportTally: Equatable, Sendable {
    public var new = 0, updated = 0, unchanged = 0, failed = 0
    public init() {}
    public var total: Int { new + updated + unchanged + failed }
    public var stored: Int { new + updated + unchanged }
    public var summary: String { "new \(new), updated \(updated), unchanged \(unchanged), failed \(failed)" }
}

/// Reads paths with the importer and stores the articles in batches: one
/// transaction per batch for speed, each article atomic inside it. Used by
/// `yuedu import` and by the reader when it loads the sample library.
public enum ArticleImport {
    /// Big enough to amortize a transaction, small enough to show progress.
    public static let batchSize = 2000

    /// `report` receives each failure's message (naming file and line);
    /// `progress` the number of articles and failures read so far, after
    /// each one (cheap: the caller throttles what it shows).
    @discardableResult
    public static func run(paths: [String], encoding: String? = nil, into store: LibraryStore,
                           report: (String) -> Void, progress: (Int) -> Void = { _ in }) throws -> ImportTally {
        var tally = ImportTally()
        var batch: [Article] = []
        let importedAt = LibraryStore.now()

        func flush() throws {
            guard !batch.isEmpty else { return }
            for outcome in try store.upsert(batch, importedAt: importedAt) {
                switch outcome {
                case .new: tally.new += 1
                case .updated: tally.updated += 1
                case .unchanged: tally.unchanged += 1
                case .failed(let reason):
                    tally.failed += 1
                    report("an article could not be stored: \(reason)")
                }
            }
            batch.removeAll(keepingCapacity: true)
        }

        try Importer(forcedEncoding: encoding).read(paths: paths) { item in
            switch item {
            case .article(let article, _):
                batch.append(article)
                if batch.count >= batchSize { try flush() }
            case .failure(let failure):
                tally.failed += 1
                report(failure.description)
            }
            progress(tally.total + batch.count)
        }
        try flush()
        return tally
    }
}
