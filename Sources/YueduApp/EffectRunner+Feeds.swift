import Foundation
import YueduCore
import YueduFetch
import YueduModel
import YueduStore

extension EffectRunner {
    /// Every feed as the feed picker shows it, in the store's order.
    func feedRows(timeZone: TimeZone = .current) throws -> [FeedRow] {
        try store.feeds().map { summary in
            FeedRow(id: summary.feed.id, name: summary.feed.displayName, unread: summary.unread, total: summary.total,
                    lastError: summary.feed.lastError,
                    lastUpdate: summary.feed.lastSuccessAt.map { Self.localDate($0, timeZone: timeZone) })
        }
    }

    /// Unix seconds as the reader's clock shows them, to the minute.
    static func localDate(_ seconds: Int64, timeZone: TimeZone) -> PublishedDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return PublishedDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1, hour: c.hour, minute: c.minute,
                             utcOffsetMinutes: timeZone.secondsFromGMT(for: date) / 60)
    }
}
