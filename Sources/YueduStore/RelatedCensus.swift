import GRDB

/// The related-item counts `yuedu stats` prints (items, and how many of them
/// name an article of the library), kept in the same transaction as every
/// article write instead of counted when asked: the count
/// (`RelatedResolver.census`) reads every title key and every item, 0.8 s
/// at 100,000 articles and ten times that at a million.
///
/// Whether an item is found depends on the other articles, so the census
/// is kept per title key K: how many articles hold K (`holders`), how many
/// items name K (`items`), and how many of those belong to an article that
/// itself holds K (`own`). The items naming K that are found: all of them
/// when two or more articles hold K, all but `own` when one does (it is
/// then the owner of every own item), none when none does; an empty key
/// names nothing and has no row. A write changes a few keys' rows, and
/// the total by the difference of what those keys contribute.
struct RelatedCensus {
    /// Changes per title key, summed over a batch and applied in key order.
    private var changes: [String: KeyCounts] = [:]
    /// Change of the number of items, empty keys included.
    private var items = 0

    var pendingKeys: Int { changes.count }

    /// Counts an article (sign 1) or takes it back out (sign -1), from its
    /// `title_key` and `related_title_keys` columns.
    mutating func add(titleKey: String, relatedTitleKeys: String, sign: Int) {
        if !titleKey.isEmpty { changes[titleKey, default: KeyCounts()].holders += sign }
        addItems(ownerTitleKey: titleKey, relatedTitleKeys: relatedTitleKeys, sign: sign)
    }

    /// The items alone, `own` where they name their owner's title key.
    private mutating func addItems(ownerTitleKey: String, relatedTitleKeys: String, sign: Int) {
        guard !relatedTitleKeys.isEmpty else { return }
        var stored = relatedTitleKeys
        stored.withUTF8 { bytes in
            RelatedCodec.forEachTitleKey(in: bytes) { keyBytes in
                items += sign
                guard !keyBytes.isEmpty else { return }
                let key = String(decoding: keyBytes, as: UTF8.self)
                changes[key, default: KeyCounts()].items += sign
                if key == ownerTitleKey { changes[key, default: KeyCounts()].own += sign }
            }
        }
    }

    /// Writes the changes to `related_keys` and the totals to
    /// `related_census`, then forgets them.
    mutating func apply(_ db: Database) throws {
        guard items != 0 || !changes.isEmpty else { return }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO related_keys (key, holders, items, own) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT(key) DO UPDATE SET holders = holders + ?2, items = items + ?3, own = own + ?4
            RETURNING holders, items, own
            """)
        let drop = try db.cachedStatement(sql: "DELETE FROM related_keys WHERE key = ?")
        var found = 0
        // In the table's (byte) order: its pages are walked once, not at random.
        for (key, change) in changes.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
        where change != KeyCounts() {
            guard let row = try Row.fetchOne(upsert, arguments: [key, change.holders, change.items, change.own]) else {
                continue
            }
            let now = KeyCounts(holders: row[0], items: row[1], own: row[2])
            found += now.found - now.minus(change).found
            if now == KeyCounts() { try drop.execute(arguments: [key]) }
        }
        try db.execute(sql: """
            UPDATE related_census SET items = items + ?, found = found + ? WHERE id = 0
            """, arguments: [items, found])
        changes.removeAll(keepingCapacity: true)
        items = 0
    }

    /// The totals, nil when they are not known: a library from before
    /// migration 9 until it is next opened, or after an article was deleted
    /// (no command does; a trigger then drops the totals and the next open
    /// counts them again).
    static func totals(_ db: Database) throws -> (items: Int, resolved: Int)? {
        try Row.fetchOne(db, sql: "SELECT items, found FROM related_census WHERE id = 0").map { row in (items: row[0] as Int, resolved: row[1] as Int) }
    }

    /// Counts the census afresh from every article (a library from before
    /// migration 9, `doctor --rebuild`), reporting articles counted.
    static func rebuild(_ db: Database, progress: (_ done: Int, _ total: Int) -> Void) throws {
        try db.execute(sql: """
            DELETE FROM related_keys;
            INSERT OR REPLACE INTO related_census (id, items, found) VALUES (0, 0, 0);
            """)
        let total = try Int.fetchOne(db, sql: "SELECT n FROM article_count WHERE id = 0") ?? 0
        progress(0, total)
        var census = RelatedCensus()
        // Bounded memory at a million articles: apply every so many keys.
        func applyIfLarge() throws { if census.pendingKeys >= 200_000 { try census.apply(db) } }
        // Every article's title key from its index, then the items of the
        // articles that have any from theirs, each with its owner's title key
        // (an early column of the row, read without the body).
        let holders = try String.fetchCursor(db, sql: "SELECT title_key FROM articles INDEXED BY articles_by_title_key")
        while let key = try holders.next() {
            census.add(titleKey: key, relatedTitleKeys: "", sign: 1)
            try applyIfLarge()
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT title_key, related_title_keys FROM articles INDEXED BY articles_related_title_keys
            WHERE related_title_keys != ''
            """)
        var done = 0
        while let row = try rows.next() {
            census.addItems(ownerTitleKey: row[0], relatedTitleKeys: row[1], sign: 1)
            try applyIfLarge()
            done += 1
            if done % 5000 == 0 { progress(min(done, total), total) }
        }
        try census.apply(db)
        // Articles without items were counted with the title keys.
        progress(total, total)
    }
}

/// One title key's row of the census.
private struct KeyCounts: Hashable {
    var holders = 0
    var items = 0
    var own = 0

    /// Items naming this key that name an article other than their owner.
    var found: Int { holders >= 2 ? items : holders == 1 ? items - own : 0 }

    func minus(_ change: KeyCounts) -> KeyCounts {
        KeyCounts(holders: holders - change.holders, items: items - change.items, own: own - change.own)
    }
}
