import GRDB
import YueduModel

/// Sizes of the library for `yuedu stats`.
public struct LibraryStats: Hashable, Sendable, Codable {
    public var articles: Int
    public var unread: Int
    public var favorites: Int
    public var sites: Int
    public var relatedItems: Int
    public var resolvedRelatedItems: Int
    public var oldest: String?
    public var newest: String?
    public var schemaVersion: String
    public var fileBytes: Int64
}

extension LibraryStore {
    /// Columns of an `ArticleSummary`, read from `articles a` joined with
    /// `reader_state s`; bodies are never read for lists.
    static let summaryColumns = """
        a.id, a.key, a.title, a.site, a.published, a.views, a.source, a.editor,
        s.read_at IS NOT NULL, s.favorite_at IS NOT NULL
        """

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(id: row[0], key: row[1], title: row[2], site: row[3],
                       published: PublishedDate(iso8601: row[4]) ?? PublishedDate(year: 1970, month: 1, day: 1),
                       views: row[5], source: row[6], editor: row[7], isRead: row[8], isFavorite: row[9])
    }

    /// FROM/WHERE for a filter; every branch walks an index in newest-first
    /// order, so a page costs its offset plus its length, not the library.
    private static func fromWhere(_ filter: ArticleFilter) -> (String, StatementArguments) {
        let join = "FROM articles a LEFT JOIN reader_state s ON s.key = a.key"
        switch filter {
        case .all: return (join, [])
        case .unread: return (join + " WHERE s.read_at IS NULL", [])
        case .favorites:
            return ("FROM reader_state s JOIN articles a ON a.key = s.key WHERE s.favorite_at IS NOT NULL", [])
        case .site(let site): return (join + " WHERE a.site = ?", [site])
        case .feed(let id): return feedFromWhere(feedID: id)
        }
    }

    /// Articles in a view. All and unread cost the reader's marks, not the
    /// library: the total is kept by triggers (migration 3).
    public func count(_ filter: ArticleFilter) throws -> Int {
        switch filter {
        case .all: return try reading { try Self.articleCount($0) }
        case .unread: return try reading { try Self.articleCount($0) - Self.markedCount($0, "read_at") }
        case .favorites, .site, .feed:
            let (from, arguments) = Self.fromWhere(filter)
            return try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) \(from)", arguments: arguments) ?? 0 }
        }
    }

    public func counts() throws -> LibraryCounts {
        try reading { db in
            let all = try Self.articleCount(db)
            let read = try Self.markedCount(db, "read_at")
            return LibraryCounts(all: all, unread: all - read, favorites: try Self.markedCount(db, "favorite_at"))
        }
    }

    private static func articleCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT n FROM article_count WHERE id = 0") ?? 0
    }

    /// Articles the reader marked read (`read_at`) or favourite (`favorite_at`).
    private static func markedCount(_ db: Database, _ column: String) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM reader_state s JOIN articles a ON a.key = s.key WHERE s.\(column) IS NOT NULL
            """) ?? 0
    }

    /// Newest first (publication time, then row id), `limit` rows from `offset`.
    public func page(_ filter: ArticleFilter, offset: Int, limit: Int) throws -> [ArticleSummary] {
        let (from, arguments) = Self.fromWhere(filter)
        let sql = "SELECT \(Self.summaryColumns) \(from) ORDER BY a.published_sort DESC, a.id DESC LIMIT ? OFFSET ?"
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments + [max(limit, 0), max(offset, 0)]).map(Self.summary)
        }
    }

    /// The `limit` rows that follow `row` in newest-first order: a page that
    /// costs its own length however deep in the list it is (keyset paging).
    public func page(_ filter: ArticleFilter, after row: ArticleSummary, limit: Int) throws -> [ArticleSummary] {
        try keysetPage(filter, from: row, older: true, limit: limit)
    }

    /// The `limit` rows that precede `row` in newest-first order, returned in
    /// that order (for scrolling up).
    public func page(_ filter: ArticleFilter, before row: ArticleSummary, limit: Int) throws -> [ArticleSummary] {
        try keysetPage(filter, from: row, older: false, limit: limit).reversed()
    }

    private func keysetPage(_ filter: ArticleFilter, from row: ArticleSummary, older: Bool,
                            limit: Int) throws -> [ArticleSummary] {
        let (from, arguments) = Self.fromWhere(filter)
        let joiner = from.contains(" WHERE ") ? " AND " : " WHERE "
        let sql = "SELECT \(Self.summaryColumns) \(from)\(joiner)"
            + (older ? "(a.published_sort, a.id) < (?, ?) ORDER BY a.published_sort DESC, a.id DESC"
                     : "(a.published_sort, a.id) > (?, ?) ORDER BY a.published_sort ASC, a.id ASC")
            + " LIMIT ?"
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments + [row.published.epochSeconds, row.id, max(limit, 0)])
                .map(Self.summary)
        }
    }

    public func detail(key: String) throws -> ArticleDetail? {
        try reading { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE key = ?", arguments: [key]) else {
                return nil
            }
            return try Self.detail(db, id: id)
        }
    }

    private static func detail(_ db: Database, id: Int64) throws -> ArticleDetail? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT key, url, site, title, published, views, body, source, editor, language, related
            FROM articles WHERE id = ?
            """, arguments: [id]) else { return nil }
        let resolver = try RelatedResolver(db)
        let related = try RelatedCodec.decode(StoredText.decode(row[10], column: "related items")).map { item in
            var item = item
            item.targetKey = try resolver.target(of: item, owner: id)
            return item
        }
        let key: String = row[0]
        let article = try Article(key: key, url: row[1], site: row[2], title: row[3],
                              published: PublishedDate(iso8601: row[4]) ?? PublishedDate(year: 1970, month: 1, day: 1),
                              views: row[5], paragraphs: ParagraphCodec.decode(StoredText.decode(row[6], column: "body")), source: row[7], editor: row[8],
                              language: Language(rawValue: row[9]) ?? .other, related: related)
        let state = try readerState(db, key: key) ?? ReaderState(key: key)
        return ArticleDetail(id: id, article: article, state: state)
    }

    /// The one key equal to `prefix`, or the one key starting with it, like
    /// git's short hashes; no match and several matches are errors.
    public func resolveKey(prefix: String) throws -> String {
        guard !prefix.isEmpty else { throw LibraryError.noSuchArticle(prefix: prefix) }
        return try reading { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE key = ?)", arguments: [prefix]) == true {
                return prefix
            }
            // A range scan on the unique key index; U+10FFFF sorts after every
            // character that can follow the prefix.
            let matches = try String.fetchAll(db, sql: """
                SELECT key FROM articles WHERE key >= ?1 AND key < ?1 || char(1114111) ORDER BY key LIMIT 6
                """, arguments: [prefix])
            switch matches.count {
            case 0: throw LibraryError.noSuchArticle(prefix: prefix)
            case 1: return matches[0]
            default: throw LibraryError.ambiguousKey(prefix: prefix, candidates: matches)
            }
        }
    }

    /// Every site with its article count, most articles first: the counts
    /// triggers keep (migration 9), not a walk of the library.
    public func sites() throws -> [(site: String, count: Int)] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT site, n FROM site_counts ORDER BY n DESC, site")
                .map { (site: $0[0] as String, count: $0[1] as Int) }
        }
    }

    /// Costs the reader's marks and a few rows, not the library: the counts
    /// are kept at write time (`article_count`, `site_counts`,
    /// `RelatedCensus`); the related items are counted here only in the rare
    /// state where their totals are unknown (see `RelatedCensus.totals`).
    public func stats() throws -> LibraryStats {
        let counts = try counts()
        return try reading { db in
            let sites = try Int.fetchOne(db, sql: "SELECT count(*) FROM site_counts") ?? 0
            let related = try RelatedCensus.totals(db) ?? RelatedResolver.census(db)
            let range = try Row.fetchOne(db, sql: """
                SELECT (SELECT published FROM articles ORDER BY published_sort ASC, id ASC LIMIT 1),
                       (SELECT published FROM articles ORDER BY published_sort DESC, id DESC LIMIT 1)
                """)!
            let applied = try Schema.migrator.completedMigrations(db)
            let pageCount = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return LibraryStats(articles: counts.all, unread: counts.unread, favorites: counts.favorites, sites: sites,
                                relatedItems: related.items, resolvedRelatedItems: related.resolved,
                                oldest: range[0], newest: range[1], schemaVersion: applied.last ?? "none",
                                fileBytes: pageCount * pageSize)
        }
    }
}
