import Foundation
import YueduCore
import YueduFetch
import YueduModel
import YueduStore

extension EffectRunner {
    /// `R`: every feed updated as `yuedu update` does it (FeedUpdate: one work
    /// queue, fresh feeds skipped), answered with what it did; `progress`
    /// hears (done, total) as each feed is stored or skipped. A cancel
    /// (Esc, quit) makes it answer soon with what it got done. Blocks: the
    /// runtime runs it on BackgroundFeedUpdate.
    public func updateFeeds(client: HTTPClient = HTTPClient(), settings: FeedUpdateSettings = FeedUpdateSettings(),
                            cancellation: FetchCancellation? = nil, progress: (Int, Int) -> Void = { _, _ in }) -> Action {
        do {
            let feeds = try store.feeds().map(\.feed)
            let report = try FeedUpdate.run(feeds, store: store, settings: settings, client: client, cancellation: cancellation,
                                            progress: { progress($0.done, $0.total) })
            return .feedsUpdated(FeedUpdateSummary(feeds: report.results.count, updated: report.updated,
                                                   notModified: report.notModified, skipped: report.skipped,
                                                   failed: report.failed, cancelled: report.cancelled, newItems: report.newItems))
        } catch {
            return .feedUpdateFailed(message: String(describing: error))
        }
    }
}
