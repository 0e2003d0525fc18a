import YueduApp
import YueduStore

/// What `yuedu update --json` prints: the summary's counts and one object
/// per feed, every field present (null when it does not apply).
struct UpdateJSON: Encodable {
    struct FeedResult: Encodable {
        var id: Int64
        var url: String
        var name: String
        /// "updated", "not-modified", "skipped" or "failed".
        var outcome: String
        var status: Int?
        var error: String?
        var skippedUntil: Int64?
        var movedTo: String?
        var new: Int
        var changed: Int
        var unchanged: Int
        var freshUntil: Int64?
        var retryAfterUntil: Int64?
        var notes: [String]

        enum CodingKeys: String, CodingKey {
            case id, url, name, outcome, status, error, new, changed, unchanged, notes
            case skippedUntil = "skipped_until", movedTo = "moved_to", freshUntil = "fresh_until", retryAfterUntil = "retry_after_until"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(url, forKey: .url); try c.encode(name, forKey: .name)
            try c.encode(outcome, forKey: .outcome); try c.encode(status, forKey: .status); try c.encode(error, forKey: .error)
            try c.encode(skippedUntil, forKey: .skippedUntil); try c.encode(movedTo, forKey: .movedTo)
            try c.encode(new, forKey: .new); try c.encode(changed, forKey: .changed); try c.encode(unchanged, forKey: .unchanged)
            try c.encode(freshUntil, forKey: .freshUntil); try c.encode(retryAfterUntil, forKey: .retryAfterUntil)
            try c.encode(notes, forKey: .notes)
        }
    }

    var updated: Int
    var notModified: Int
    var skipped: Int
    var failed: Int
    var newItems: Int
    var feeds: [FeedResult]

    enum CodingKeys: String, CodingKey {
        case updated, skipped, failed, feeds
        case notModified = "not_modified", newItems = "new_items"
    }

    init(_ report: FeedUpdateReport) {
        updated = report.updated; notModified = report.notModified; skipped = report.skipped; failed = report.failed
        newItems = report.newItems
        feeds = report.results.map { result in
            var outcome = "updated", error: String?, skippedUntil: Int64?
            switch result.outcome {
            case .updated: break
            case .notModified: outcome = "not-modified"
            case .skipped(let due):
                outcome = "skipped"
                switch due {
                case .due: break
                case .fresh(let until), .backingOff(let until): skippedUntil = until
                }
            case .failed(let reason): outcome = "failed"; error = reason
            case .cancelled: outcome = "cancelled"  // the reader's Esc; `yuedu update` is not cancelled
            }
            return FeedResult(id: result.feed.id, url: result.feed.url, name: result.feed.displayName, outcome: outcome,
                              status: result.status, error: error, skippedUntil: skippedUntil, movedTo: result.movedTo,
                              new: result.items?.new ?? 0, changed: result.items?.changed ?? 0, unchanged: result.items?.unchanged ?? 0,
                              freshUntil: result.freshUntil, retryAfterUntil: result.retryAfterUntil, notes: result.notes)
        }
    }
}
