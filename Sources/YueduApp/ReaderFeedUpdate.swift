import Foundation
import YueduCore
import YueduFetch
import YueduModel
import YueduStore

extension EffectRunner {
    /// TEMPORARY until feeds-update's FeedUpdate lands.
    public func updateFeeds(client: HTTPClient = HTTPClient(), cancellation: FetchCancellation? = nil,
                            progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) -> Action {
        .feedUpdateFailed(message: "not built yet")
    }
}
