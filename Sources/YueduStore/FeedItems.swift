import GRDB
import YueduModel

extension LibraryStore {
    /// Stores what one update of a feed delivered, in one transaction with
    /// its articles and their search index:
    /// - an item seen before under the same id keeps the article key stored
    ///   for it (its link may have changed), so the reader's marks stay; it
    ///   rewrites its article only when the entry changed (`entry_hash`);
    /// - a new item's article key is its article's (the link when it has
    ///   one), so one link from two feeds is one article; an article the
    ///   library already holds (another feed's, `yuedu add`'s full page) is
    ///   linked, not overwritten by this feed's copy.
    /// An article SQLite refuses is left out with its item, which counts as
    /// new again next time. Within one call the first of two equal ids wins.
    public func storeFeedItems(feedID: Int64, _ items: [FeedItem], importedAt: Int64) throws -> FeedItemsOutcome {
        try writing { db in try Self.storeFeedItemsLeavingOutRefused(db, [(feedID, items, importedAt)])[0] }
    }

    /// What an update found for several feeds, stored in one transaction:
    /// each feed's items (as `storeFeedItems`, the first feed's copy of a
    /// link two of them share winning), then each feed's attempt (as
    /// `recordFeedAttempt`), so no feed is marked a success with its items
    /// missing. One commit, and one search-index segment, for many feeds is
    /// what makes a large update fast: a commit per feed wrote the index
    /// pages they share to the WAL again each time, and a segment per feed
    /// kept the index merging. An article SQLite refuses is left out as in
    /// `storeFeedItems`. Any other error ends the whole batch, so none of
    /// its feeds is recorded and each is fetched again next time. The
    /// outcomes are in the order given; nil where a feed brought no items.
    public func storeFeedUpdates(_ updates: [FeedUpdateWrite]) throws -> [FeedItemsOutcome?] {
        guard !updates.isEmpty else { return [] }
        return try writing { db in
            let withItems = updates.filter { !$0.items.isEmpty }.map { ($0.feedID, $0.items, $0.attempt.at) }
            var next = try Self.storeFeedItemsLeavingOutRefused(db, withItems).makeIterator()
            return try updates.map { update in
                try Self.recordFeedAttempt(db, feedID: update.feedID, update.attempt)
                return update.items.isEmpty ? nil : next.next()
            }
        }
    }

    /// `storeFeedItems` without a savepoint per article (each copies every
    /// page the transaction changed before to a journal): one savepoint for
    /// the lot, and only if SQLite refuses an article is it rolled back and
    /// the lot written again article by article, leaving that one out.
    private static func storeFeedItemsLeavingOutRefused(_ db: Database, _ feeds: [(feedID: Int64, items: [FeedItem], importedAt: Int64)])
        throws -> [FeedItemsOutcome]
    {
        var outcomes: [FeedItemsOutcome] = []
        do {
            try db.inSavepoint {
                outcomes = try storeFeedItems(db, feeds, savepointPerArticle: false)
                return .commit
            }
        } catch is ArticleRefused {
            outcomes = try storeFeedItems(db, feeds, savepointPerArticle: true)
        }
        return outcomes
    }

    /// The items of several feeds: each feed's planned against what it
    /// delivered before, then every article to write in one batch, then the
    /// item rows.
    private static func storeFeedItems(_ db: Database, _ feeds: [(feedID: Int64, items: [FeedItem], importedAt: Int64)],
                                       savepointPerArticle: Bool) throws -> [FeedItemsOutcome] {
        var planner = try FeedItemPlanner(db)
        let plans = try feeds.map { try planner.plan($0.feedID, $0.items) }
        var written: [String: UpsertOutcome] = [:]
        let importedAt = feeds.map(\.importedAt).max() ?? 0
        for start in stride(from: 0, to: planner.toWrite.count, by: PreparedBatch.maxCount) {
            let chunk = Array(planner.toWrite[start..<min(planner.toWrite.count, start + PreparedBatch.maxCount)])
            // One refused article must not cost the feed its others: without
            // savepoints it throws ArticleRefused, and the caller retries with them.
            let outcomes = try Self.write(PreparedBatch(prepared: chunk.parallelMap { $0.prepared }), importedAt: importedAt,
                                          savepointPerArticle: savepointPerArticle, in: db)
            for (article, result) in zip(chunk, outcomes.outcomes) { written[article.key] = result }
        }
        let insert = try db.makeStatement(sql: """
            INSERT INTO feed_items (feed_id, item_id, article_key, entry_hash, first_seen) VALUES (?, ?, ?, ?, ?)
            """)
        let update = try db.makeStatement(sql: "UPDATE feed_items SET entry_hash = ? WHERE feed_id = ? AND item_id = ?")
        return try zip(feeds, plans).map { feed, plan in
            var outcome = FeedItemsOutcome(new: 0, changed: 0, unchanged: plan.unchanged)
            for item in plan.items {
                let result = written[item.key]
                if case .failed = result { continue }
                if item.isNew {
                    try insert.execute(arguments: [feed.feedID, item.itemID, item.key, item.entryHash, feed.importedAt])
                    outcome.new += 1
                } else {
                    try update.execute(arguments: [item.entryHash, feed.feedID, item.itemID])
                    if result == .updated || result == .new { outcome.changed += 1 } else { outcome.unchanged += 1 }
                }
            }
            return outcome
        }
    }
}

/// One feed's share of `storeFeedUpdates`: the items it delivered (none
/// for a 304 or a failure) and the attempt to record.
public struct FeedUpdateWrite: Sendable {
    public var feedID: Int64
    public var items: [FeedItem]
    public var attempt: FeedAttempt

    public init(feedID: Int64, items: [FeedItem], attempt: FeedAttempt) {
        self.feedID = feedID; self.items = items; self.attempt = attempt
    }
}

/// Decides, feed by feed, what each item needs before anything is
/// written, and gathers the articles to write across the feeds: a key
/// written once, by the first feed that brings it.
private struct FeedItemPlanner {
    struct Plan {
        var items: [ItemPlan] = []
        /// Items seen before with the same entry: nothing to write.
        var unchanged = 0
    }

    struct ItemPlan {
        var itemID: String
        var key: String
        var entryHash: Int64
        var isNew: Bool
    }

    /// An article to write, and where its derived fields come from.
    struct ToWrite {
        var item: FeedItem
        var key: String { item.article.key }
        /// The item's own when `FeedItem.prepare()` made them (a change to
        /// its article, such as its key here, drops them).
        var prepared: PreparedArticle { item.prepared ?? PreparedArticle(item.article) }
    }

    private let db: Database
    private let articleExists: Statement
    private(set) var toWrite: [ToWrite] = []
    private var writing = Set<String>()

    init(_ db: Database) throws {
        self.db = db
        articleExists = try db.makeStatement(sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE key = ?)")
    }

    mutating func plan(_ feedID: Int64, _ items: [FeedItem]) throws -> Plan {
        guard try LibraryStore.feed(db, id: feedID) != nil else { throw LibraryError.noSuchFeed(reference: String(feedID)) }
        var stored: [String: (key: String, hash: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT item_id, article_key, entry_hash FROM feed_items WHERE feed_id = ?",
                                    arguments: [feedID]) {
            stored[row[0]] = (row[1], row[2])
        }
        var plan = Plan()
        var seenIDs = Set<String>()
        for var item in items where seenIDs.insert(item.itemID).inserted {
            let entryHash = ContentHash.of(item.entryArticle ?? item.article)
            let isNew: Bool
            if let known = stored[item.itemID] {
                if known.hash == entryHash {
                    plan.unchanged += 1
                    continue
                }
                if item.article.key != known.key { item.article.key = known.key }
                isNew = false
            } else {
                isNew = true
                if !writing.contains(item.article.key), try Bool.fetchOne(articleExists, arguments: [item.article.key]) == true {
                    plan.items.append(ItemPlan(itemID: item.itemID, key: item.article.key, entryHash: entryHash, isNew: true))
                    continue
                }
            }
            plan.items.append(ItemPlan(itemID: item.itemID, key: item.article.key, entryHash: entryHash, isNew: isNew))
            if writing.insert(item.article.key).inserted { toWrite.append(ToWrite(item: item)) }
        }
        return plan
    }
}
