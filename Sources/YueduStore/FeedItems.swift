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
        try writing { db in
            try Self.storeFeedItems(db, feedID: feedID, items, importedAt: importedAt, savepointPerArticle: true)
        }
    }

    /// What an update found for several feeds, stored in one transaction:
    /// each feed's items (as `storeFeedItems`), then its attempt (as
    /// `recordFeedAttempt`), so no feed is marked a success with its items
    /// missing. One commit for many feeds is what makes a large update
    /// fast: a commit per feed wrote the index pages they share to the WAL
    /// again each time. An article SQLite refuses is left out as in
    /// `storeFeedItems`, costing nothing to the other feeds. Any other error
    /// ends the whole batch, so none of its feeds is recorded and each is
    /// fetched again next time. The outcomes are in the order given; nil
    /// where a feed brought no items.
    public func storeFeedUpdates(_ updates: [FeedUpdateWrite]) throws -> [FeedItemsOutcome?] {
        guard !updates.isEmpty else { return [] }
        return try writing { db in
            try updates.map { update in
                let outcome = update.items.isEmpty ? nil : try Self.storeFeedItemsInSavepoint(db, update)
                try Self.recordFeedAttempt(db, feedID: update.feedID, update.attempt)
                return outcome
            }
        }
    }

    /// A feed's items in one savepoint, with none per article: those copy
    /// every page the transaction changed before to a journal, and a batch
    /// of feeds changes many. Should SQLite refuse an article, the feed's
    /// savepoint is rolled back and the feed written again article by
    /// article, so only the refused one is left out.
    private static func storeFeedItemsInSavepoint(_ db: Database, _ update: FeedUpdateWrite) throws -> FeedItemsOutcome {
        var outcome = FeedItemsOutcome()
        do {
            try db.inSavepoint {
                outcome = try storeFeedItems(db, feedID: update.feedID, update.items, importedAt: update.attempt.at,
                                             savepointPerArticle: false)
                return .commit
            }
        } catch is ArticleRefused {
            outcome = try storeFeedItems(db, feedID: update.feedID, update.items, importedAt: update.attempt.at,
                                         savepointPerArticle: true)
        }
        return outcome
    }

    static func storeFeedItems(_ db: Database, feedID: Int64, _ items: [FeedItem], importedAt: Int64,
                               savepointPerArticle: Bool) throws -> FeedItemsOutcome {
        guard try Self.feed(db, id: feedID) != nil else { throw LibraryError.noSuchFeed(reference: String(feedID)) }
        var stored: [String: (key: String, hash: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT item_id, article_key, entry_hash FROM feed_items WHERE feed_id = ?",
                                    arguments: [feedID]) {
            stored[row[0]] = (row[1], row[2])
        }
        let articleExists = try db.makeStatement(sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE key = ?)")
        var outcome = FeedItemsOutcome()
        var plans: [FeedItemPlan] = []
        var toWrite: [Article] = []
        var writing = Set<String>()
        var seenIDs = Set<String>()
        for item in items where seenIDs.insert(item.itemID).inserted {
            let entryHash = ContentHash.of(item.entryArticle ?? item.article)
            var article = item.article
            let isNew: Bool
            if let known = stored[item.itemID] {
                if known.hash == entryHash {
                    outcome.unchanged += 1
                    continue
                }
                article.key = known.key
                isNew = false
            } else {
                isNew = true
                if try Bool.fetchOne(articleExists, arguments: [article.key]) == true {
                    plans.append(FeedItemPlan(itemID: item.itemID, key: article.key, entryHash: entryHash, isNew: true))
                    continue
                }
            }
            plans.append(FeedItemPlan(itemID: item.itemID, key: article.key, entryHash: entryHash, isNew: isNew))
            if writing.insert(article.key).inserted { toWrite.append(article) }
        }
        var written: [String: UpsertOutcome] = [:]
        for start in stride(from: 0, to: toWrite.count, by: PreparedBatch.maxCount) {
            let chunk = Array(toWrite[start..<min(toWrite.count, start + PreparedBatch.maxCount)])
            // One refused article must not cost the feed its others: either a
            // savepoint per article, or the caller's retry with one.
            let outcomes = try Self.write(PreparedBatch(chunk), importedAt: importedAt, savepointPerArticle: savepointPerArticle,
                                          in: db)
            for (article, result) in zip(chunk, outcomes.outcomes) { written[article.key] = result }
        }
        let insert = try db.makeStatement(sql: """
            INSERT INTO feed_items (feed_id, item_id, article_key, entry_hash, first_seen) VALUES (?, ?, ?, ?, ?)
            """)
        let update = try db.makeStatement(sql: "UPDATE feed_items SET entry_hash = ? WHERE feed_id = ? AND item_id = ?")
        for plan in plans {
            let result = written[plan.key]
            if case .failed = result { continue }
            if plan.isNew {
                try insert.execute(arguments: [feedID, plan.itemID, plan.key, plan.entryHash, importedAt])
                outcome.new += 1
            } else {
                try update.execute(arguments: [plan.entryHash, feedID, plan.itemID])
                if result == .updated || result == .new { outcome.changed += 1 } else { outcome.unchanged += 1 }
            }
        }
        return outcome
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

/// What `storeFeedItems` decided for one item before writing.
private struct FeedItemPlan {
    var itemID: String
    var key: String
    var entryHash: Int64
    var isNew: Bool
}
