import Foundation
import YueduImport
import YueduModel
import YueduStore

/// Counts of one import, for its closing line.
public struct ImportTally: Equatable, Sendable {
    public var new = 0, updated = 0, unchanged = 0, failed = 0
    public var timings = ImportTimings()
    public init() {}
    public var total: Int { new + updated + unchanged + failed }
    public var stored: Int { new + updated + unchanged }
    public var summary: String { "new \(new), updated \(updated), unchanged \(unchanged), failed \(failed)" }
}

/// Where an import's time went. The writes (articles, search index,
/// commits) happen on one thread; reading, parsing and preparing (folding)
/// the articles on another, alongside them.
public struct ImportTimings: Equatable, Sendable {
    public var total = Duration.zero
    public var reading = Duration.zero
    public var store = UpsertTimings()
    public init() {}

    /// "took 61.2 s: articles 25.1 s, search index 12.0 s, commit 15.9 s;
    /// reading and preparing 18.3 s alongside"
    public var summary: String {
        func s(_ d: Duration) -> String {
            let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            return String(format: "%.2f s", seconds)
        }
        return "took \(s(total)): articles \(s(store.articles)), search index \(s(store.searchIndex)), "
            + "commit \(s(store.commit)); reading and preparing \(s(reading)) alongside"
    }
}

/// Reads paths with the importer and stores the articles in batches: one
/// transaction per batch for speed, each article atomic inside it. While a
/// batch is written (`BatchWriter`), the next is read and prepared. Used by
/// `yuedu import` and by the reader when it loads the sample library.
public enum ArticleImport {
    /// Big enough to amortize a transaction, small enough to show progress.
    public static let batchSize = 2000

    /// `report` receives each failure's message (naming file and line) and
    /// each note (an HTML page's stand-in date); `pageURL` is `--url`;
    /// `progress` the number of articles and failures read so far, after
    /// each one (cheap: the caller throttles what it shows). Both are
    /// called on the calling thread.
    @discardableResult
    public static func run(paths: [String], encoding: String? = nil, pageURL: URL? = nil, into store: LibraryStore,
                           report: (String) -> Void, progress: (Int) -> Void = { _ in }) throws -> ImportTally {
        let clock = ContinuousClock()
        let start = clock.now
        var tally = ImportTally()
        var batch: [Article] = []
        var reading = Duration.zero
        let writer = BatchWriter(store: store, importedAt: LibraryStore.now())

        func count(_ written: [[UpsertOutcome]]) {
            for outcome in written.joined() {
                switch outcome {
                case .new: tally.new += 1
                case .updated: tally.updated += 1
                case .unchanged: tally.unchanged += 1
                case .failed(let reason):
                    tally.failed += 1
                    report("an article could not be stored: \(reason)")
                }
            }
        }
        /// Time spent waiting for the writer to take a batch: not reading.
        var waited = Duration.zero
        func submit() throws {
            guard !batch.isEmpty else { return }
            let prepared = PreparedBatch(batch)
            batch.removeAll(keepingCapacity: true)
            waited += try clock.measure { try writer.submit(prepared) }
            count(writer.takeWritten())
        }

        do {
            var itemsRead = 0
            try Importer(forcedEncoding: encoding, pageURL: pageURL).read(paths: paths, note: report) { item in
                switch item {
                case .article(let article, _):
                    batch.append(article)
                    if batch.count >= batchSize { try submit() }
                case .failure(let failure):
                    tally.failed += 1
                    report(failure.description)
                }
                itemsRead += 1
                progress(itemsRead)
            }
            try submit()
            reading = clock.now - start - waited
        } catch {
            // Whatever was queued is still written before the error is
            // passed on: those articles were read whole.
            _ = try? writer.finish()
            throw error
        }
        let (written, storeTimings) = try writer.finish()
        count(written)
        tally.timings.total = clock.now - start
        tally.timings.reading = reading
        tally.timings.store = storeTimings
        return tally
    }
}
