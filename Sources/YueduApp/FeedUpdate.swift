import Foundation
import YueduFeeds
import YueduFetch
import YueduModel
import YueduStore
import YueduText

/// How `FeedUpdate.run` goes about it.
public struct FeedUpdateSettings: Sendable {
    /// Fetch feeds that are fresh or backing off too.
    public var force: Bool
    public var timeouts: FetchTimeouts
    /// Feeds fetched at once, overall and from any one host.
    public var width: Int
    public var perHost: Int

    /// Feeds fetched at once unless told otherwise, by `yuedu update` and by
    /// the reader's `R` alike. A feed update waits on the network, not the
    /// CPU: 1,000 feeds at 200 ms each need 12.5 s at 16 at once, and 3.1 s
    /// at 64. What protects a server is `perHost` (2), so the global cap only
    /// bounds what this machine spends: 64 threads and sockets, and the
    /// bodies in flight (a feed is typically well under 1 MiB). Past 64 the
    /// two cores parsing and the one writer become the limit (see README's
    /// "Feed benchmark"), so more would buy little.
    public static let defaultWidth = 64
    public static let defaultPerHost = 2

    public init(force: Bool = false, timeouts: FetchTimeouts = .default, width: Int = defaultWidth, perHost: Int = defaultPerHost) {
        self.force = force
        self.timeouts = timeouts
        self.width = width
        self.perHost = perHost
    }
}

/// What became of one feed.
public enum FeedUpdateOutcome: Sendable, Equatable {
    /// 200: parsed and its items stored.
    case updated
    /// 304: nothing sent, nothing parsed.
    case notModified
    /// Not fetched: still fresh, or backing off after a 429/503.
    case skipped(FeedDue)
    /// The reason, as stored on the feed (it names no URL: the feed's is put in front).
    case failed(String)
    /// Stopped or never started by a cancel: nothing is recorded on the feed,
    /// which did nothing wrong, so its state is as before the update.
    case cancelled
}

public struct FeedUpdateResult: Sendable {
    /// The feed as it was before this update.
    public var feed: FeedRecord
    public var outcome: FeedUpdateOutcome
    /// The final HTTP status; nil when not fetched or nothing answered.
    public var status: Int?
    /// What storing the parsed items did (nil when nothing was stored).
    public var items: FeedItemsOutcome?
    /// Where a permanent redirect moved the feed.
    public var movedTo: String?
    public var freshUntil: Int64?
    public var retryAfterUntil: Int64?
    /// Worth saying but not a failure: a full-text page that failed, so its summary was kept.
    public var notes: [String]

    public var newItems: Int { items?.new ?? 0 }
}

/// Reported on the calling thread after each feed is stored (or skipped),
/// in the order they finish: what `yuedu update`'s progress bar draws and
/// what the reader's status line can show.
public struct FeedUpdateProgress: Sendable {
    public var done: Int
    public var total: Int
    public var latest: FeedUpdateResult
}

/// Everything one update did, feeds in the order they were given.
public struct FeedUpdateReport: Sendable {
    public var results: [FeedUpdateResult]

    public var updated: Int { results.count { $0.outcome == .updated } }
    public var notModified: Int { results.count { $0.outcome == .notModified } }
    public var skipped: Int { results.count { if case .skipped = $0.outcome { true } else { false } } }
    public var failed: Int { results.count { if case .failed = $0.outcome { true } else { false } } }
    public var cancelled: Int { results.count { $0.outcome == .cancelled } }
    public var newItems: Int { results.reduce(0) { $0 + $1.newItems } }
}

/// `yuedu update`: the due feeds fetched concurrently from one work queue
/// (FetchPool: a global cap, 2 per host), each stored as soon as it comes
/// back (with those that came back meanwhile, in one commit), so a slow
/// feed never holds up the others. Conditional requests,
/// cache lifetimes, back-off and permanent redirects per FeedCachePolicy.
/// Every fetched feed's attempt goes through `recordFeedAttempt`, so a
/// failure stays on its feed, with its time and reason, until a success.
/// `cancellation` (the reader's Esc and quit) ends the transfers under way
/// within curl's poll and starts no other; the feeds already fetched are
/// still stored, each whole.
public enum FeedUpdate {
    public static func run(_ feeds: [FeedRecord], store: LibraryStore, settings: FeedUpdateSettings = FeedUpdateSettings(),
                           client: HTTPClient = HTTPClient(), now: @escaping @Sendable () -> Int64 = { LibraryStore.now() },
                           cancellation: FetchCancellation? = nil,
                           progress: (FeedUpdateProgress) -> Void = { _ in }) throws -> FeedUpdateReport {
        var results: [FeedUpdateResult?] = Array(repeating: nil, count: feeds.count)
        var done = 0
        func finish(_ index: Int, _ result: FeedUpdateResult) {
            results[index] = result
            done += 1
            progress(FeedUpdateProgress(done: done, total: feeds.count, latest: result))
        }

        let start = now()
        var jobs: [FeedJob] = []
        for (index, feed) in feeds.enumerated() {
            let due = FeedCachePolicy.due(freshUntil: feed.freshUntil, retryAfterUntil: feed.retryAfterUntil, now: start,
                                          force: settings.force)
            guard due == .due else {
                finish(index, FeedUpdateResult(feed: feed, outcome: .skipped(due), freshUntil: feed.freshUntil,
                                               retryAfterUntil: feed.retryAfterUntil, notes: []))
                continue
            }
            guard let url = URL(string: feed.url), url.host != nil else {
                let reason = "not a valid http or https URL"
                try store.recordFeedAttempt(feedID: feed.id, FeedAttempt(at: start, status: nil, error: reason))
                finish(index, FeedUpdateResult(feed: feed, outcome: .failed(reason), notes: []))
                continue
            }
            // Read here, on the one thread that touches the library: a job only fetches and parses.
            let known = feed.fulltext ? try store.feedItemIDs(feedID: feed.id) : []
            jobs.append(FeedJob(index: index, feed: feed, url: url, knownItemIDs: known))
        }

        let pending = jobs
        try FetchPool.runInBatches(jobs.map(\.url), width: settings.width, perHost: settings.perHost, most: Self.mostPerCommit,
                                   indexedJob: { position, _ in
                                       fetch(pending[position], settings: settings, client: client, now: now,
                                             cancellation: cancellation)
                                   },
                                   eachBatch: { batch in
                                       let written = try write(batch.map { (pending[$0.0].feed, $0.1) }, into: store)
                                       for ((position, _), result) in zip(batch, written) { finish(pending[position].index, result) }
                                   })
        return FeedUpdateReport(results: results.map { $0! })
    }

    /// Feeds stored in one transaction at most. The writer takes whatever
    /// finished while it wrote the last batch, so batches grow only when
    /// it is the bottleneck; the cap bounds the work a failed commit would
    /// have to fetch again, and how long progress waits.
    static let mostPerCommit = 32

    /// One feed to fetch.
    struct FeedJob: Sendable {
        var index: Int
        var feed: FeedRecord
        var url: URL
        /// The items the library has already (fulltext feeds only): their pages are not fetched again.
        var knownItemIDs: Set<String>
    }

    /// What a job found, ready to be written in one go on the calling thread.
    struct FetchedFeed: Sendable {
        var attempt: FeedAttempt
        var outcome: FeedUpdateOutcome
        var items: [FeedItem]
        var notes: [String]

        /// Nothing to write (`attempt` is never recorded).
        static let cancelled = FetchedFeed(attempt: FeedAttempt(at: 0, status: nil), outcome: .cancelled, items: [], notes: [])
    }

    /// Fetch, classify and parse one feed (and its new items' pages): a pool
    /// thread, no library access.
    static func fetch(_ job: FeedJob, settings: FeedUpdateSettings, client: HTTPClient, now: () -> Int64,
                      cancellation: FetchCancellation? = nil) -> FetchedFeed {
        let feed = job.feed
        if cancellation?.isCancelled == true { return .cancelled }
        let request = FetchRequest(url: job.url, headers: FeedCachePolicy.conditionalHeaders(etag: feed.etag, lastModified: feed.lastModified),
                                   timeout: settings.timeouts, maxBytes: FeedParser.maxBytes)
        let response: FetchResponse
        do {
            response = try client.fetch(request, cancellation: cancellation)
        } catch {
            if case .cancelled = error { return .cancelled }
            let at = now()
            let reason = Self.reason(error.description, url: job.url)
            return FetchedFeed(attempt: FeedAttempt(at: at, status: nil, error: reason), outcome: .failed(reason), items: [], notes: [])
        }
        let at = now()
        var attempt = FeedAttempt(at: at, status: response.status, error: nil)
        attempt.movedTo = movedTo(response, from: job.url)
        switch response.status {
        case 304:
            // The body is the one last parsed, so its stored <ttl> still holds.
            attempt.freshUntil = .some(FeedCachePolicy.freshUntil(headers: response.headers, ttlMinutes: feed.ttlMinutes,
                                                                  intervalMinutes: feed.intervalMinutes, now: at))
            attempt.retryAfterUntil = .some(nil)
            return FetchedFeed(attempt: attempt, outcome: .notModified, items: [], notes: [])
        case 200..<300:
            return parsed(response, job: job, attempt: attempt, settings: settings, client: client, cancellation: cancellation)
        case 429, 503:
            let until = FeedCachePolicy.retryAfterUntil(status: response.status, headers: response.headers, now: at)
            let reason = "the server answered HTTP \(response.status); backing off until \(until.map(Self.utc) ?? "later")"
            attempt.error = reason
            attempt.retryAfterUntil = .some(until)
            return FetchedFeed(attempt: attempt, outcome: .failed(reason), items: [], notes: [])
        default:
            let reason = "the server answered HTTP \(response.status)"
            attempt.error = reason
            return FetchedFeed(attempt: attempt, outcome: .failed(reason), items: [], notes: [])
        }
    }

    /// A 2xx: parse it; a feed that breaks off keeps what parsed and fails
    /// (its validators are not kept, so the next update fetches it whole).
    private static func parsed(_ response: FetchResponse, job: FeedJob, attempt: FeedAttempt, settings: FeedUpdateSettings,
                               client: HTTPClient, cancellation: FetchCancellation?) -> FetchedFeed {
        var attempt = attempt
        let parsedFeed: Feed
        do throws(FeedError) {
            parsedFeed = try FeedParser.parse(response.body, url: response.finalURL, httpCharset: response.contentTypeCharset)
        } catch {
            attempt.error = error.message
            return FetchedFeed(attempt: attempt, outcome: .failed(error.message), items: [], notes: [])
        }
        attempt.title = parsedFeed.title
        attempt.siteLink = parsedFeed.link
        attempt.retryAfterUntil = .some(nil)
        var notes = parsedFeed.notes
        var items = parsedFeed.entries.map {
            FeedItem(itemID: $0.id, article: FeedArticle.make(entry: $0, feed: parsedFeed, feedURL: response.finalURL, firstSeen: attempt.at))
        }
        if job.feed.fulltext {
            // Only new items: a known one keeps the page stored for it (the store decides
            // "changed" on the entry as the feed gave it, so its full text is not replaced).
            let new = parsedFeed.entries.indices.filter { !job.knownItemIDs.contains(parsedFeed.entries[$0].id) }
            notes += FullTextPages.fill(&items, at: new, entries: parsedFeed.entries, client: client, timeouts: settings.timeouts,
                                        cancellation: cancellation)
            // Stored with pages missing, its items would count as known and never get them.
            if cancellation?.isCancelled == true { return .cancelled }
        }
        // Here, on one of the pool's threads, not on the one writer.
        for index in items.indices { items[index].prepare() }
        if let problem = parsedFeed.problem {
            attempt.error = problem
            attempt.freshUntil = .some(nil)
            return FetchedFeed(attempt: attempt, outcome: .failed(problem), items: items, notes: notes)
        }
        attempt.etag = .some(response.headers["ETag"])
        attempt.lastModified = .some(response.headers["Last-Modified"])
        attempt.ttlMinutes = .some(parsedFeed.ttlMinutes)
        attempt.freshUntil = .some(FeedCachePolicy.freshUntil(headers: response.headers, ttlMinutes: parsedFeed.ttlMinutes,
                                                              intervalMinutes: job.feed.intervalMinutes, now: attempt.at))
        return FetchedFeed(attempt: attempt, outcome: .updated, items: items, notes: notes)
    }

    /// Several fetched feeds in one commit (`storeFeedUpdates`: each
    /// feed's items, then its attempt, so a feed is never marked a success
    /// with its items missing); a cancelled one writes nothing.
    private static func write(_ batch: [(feed: FeedRecord, fetched: FetchedFeed)], into store: LibraryStore) throws -> [FeedUpdateResult] {
        let toStore = batch.filter { $0.fetched.outcome != .cancelled }
        var stored = try store.storeFeedUpdates(toStore.map {
            FeedUpdateWrite(feedID: $0.feed.id, items: $0.fetched.items, attempt: $0.fetched.attempt)
        })[...]
        return batch.map { feed, fetched in
            guard fetched.outcome != .cancelled else {
                return FeedUpdateResult(feed: feed, outcome: .cancelled, freshUntil: feed.freshUntil,
                                        retryAfterUntil: feed.retryAfterUntil, notes: [])
            }
            return FeedUpdateResult(feed: feed, outcome: fetched.outcome, status: fetched.attempt.status, items: stored.removeFirst(),
                                    movedTo: fetched.attempt.movedTo, freshUntil: fetched.attempt.freshUntil ?? feed.freshUntil,
                                    retryAfterUntil: fetched.attempt.retryAfterUntil ?? feed.retryAfterUntil, notes: fetched.notes)
        }
    }

    /// The target of the redirects that lead the chain and are all permanent
    /// (301, 308): the feed's new home. A 302 or 307 anywhere before it stops
    /// the move there; one after it does not undo the hops before.
    static func movedTo(_ response: FetchResponse, from url: URL) -> String? {
        var target: URL?
        for hop in response.redirects {
            guard hop.isPermanent else { break }
            target = hop.to
        }
        guard let target, target.absoluteString != url.absoluteString else { return nil }
        return target.absoluteString
    }

    /// A fetch error's text without the feed's URL in front (the caller puts it there once).
    static func reason(_ description: String, url: URL) -> String {
        let prefix = url.absoluteString + ": "
        let text = description.hasPrefix(prefix) ? String(description.dropFirst(prefix.count)) : description
        return Sanitizer.sanitize(text).replacingOccurrences(of: "\n", with: " ")
    }

    static func utc(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}

extension FeedUpdateReport {
    /// The one line `yuedu update` prints.
    public var summary: String {
        "updated \(updated), not modified \(notModified), skipped \(skipped), failed \(failed), new items \(newItems)"
    }
}
