import GRDB

/// Points related items at the library article they name. A match is by
/// normalized title (`TitleKey`); among several articles with that title,
/// the one from the item's source wins, then the one published closest to
/// the item's date, then the older row. Every lookup goes through the
/// title-key indexes, so resolving stays proportional to what arrived.
struct RelatedResolver {
    struct Candidate: Equatable {
        var id: Int64
        var source: String
        var publishedSort: Int64
    }

    private let candidates: Statement
    private let itemsNaming: Statement
    private let setTarget: Statement

    init(_ db: Database) throws {
        candidates = try db.makeStatement(sql: "SELECT id, source, published_sort FROM articles WHERE title_key = ?")
        itemsNaming = try db.makeStatement(sql: """
            SELECT article_id, position, source, date_sort, target_article_id FROM related_items WHERE title_key = ?
            """)
        setTarget = try db.makeStatement(sql: """
            UPDATE related_items SET target_article_id = ? WHERE article_id = ? AND position = ?
            """)
    }

    /// The article an item of `owner` should point at, if the library holds one.
    func target(titleKey: String, source: String, dateSort: Int64?, owner: Int64) throws -> Int64? {
        guard !titleKey.isEmpty else { return nil }
        return Self.choose(try candidates(for: titleKey), source: source, dateSort: dateSort, owner: owner)
    }

    /// Re-resolves every item naming `titleKey`, after an article with that
    /// title arrived, changed or was renamed away from it.
    func resolveItems(naming titleKey: String) throws {
        guard !titleKey.isEmpty else { return }
        let items = try Row.fetchAll(itemsNaming, arguments: [titleKey])
        guard !items.isEmpty else { return }
        let found = try candidates(for: titleKey)
        for item in items {
            let owner: Int64 = item[0]
            let best = Self.choose(found, source: item[2], dateSort: item[3], owner: owner)
            if best != item[4] as Int64? {
                try setTarget.execute(arguments: [best, owner, item[1] as Int64])
            }
        }
    }

    private func candidates(for titleKey: String) throws -> [Candidate] {
        try Row.fetchAll(candidates, arguments: [titleKey]).map {
            Candidate(id: $0[0], source: $0[1], publishedSort: $0[2])
        }
    }

    /// Same source first, then the closest date, then the lowest id; never
    /// the owning article itself.
    static func choose(_ candidates: [Candidate], source: String, dateSort: Int64?, owner: Int64) -> Int64? {
        candidates.filter { $0.id != owner }.min { a, b in
            let rankA = rank(a, source: source, dateSort: dateSort), rankB = rank(b, source: source, dateSort: dateSort)
            return rankA != rankB ? rankA < rankB : a.id < b.id
        }?.id
    }

    private static func rank(_ c: Candidate, source: String, dateSort: Int64?) -> (Int, Int64) {
        let distance = dateSort.map { c.publishedSort > $0 ? c.publishedSort - $0 : $0 - c.publishedSort } ?? 0
        return (c.source == source ? 0 : 1, distance)
    }
}
