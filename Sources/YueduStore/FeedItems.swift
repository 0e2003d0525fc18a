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
                // A savepoint per article: a feed's batch is small, and one
                // refused article must not cost the feed its others.
                let outcomes = try Self.write(PreparedBatch(chunk), importedAt: importedAt, savepointPerArticle: true, in: db)
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
}

/// What `storeFeedItems` decided for one item before writing.
private struct FeedItemPlan {
    var itemID: String
    var key: String
    var entryHash: Int64
    var isNew: Bool
}
