import GRDB

/// The library's schema as append-only migrations: a shipped migration is
/// never edited; a change is a new migration. Each runs in its own
/// transaction and a failure stops the upgrade with the file unchanged.
enum Schema {
    /// `PRAGMA application_id`: 'yued'. Tells a yuedu library from another
    /// program's SQLite file, which we must never migrate.
    static let applicationID: Int32 = 0x7975_6564

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-articles-related-state", migrate: createArticles)
        migrator.registerMigration("2-search-index", migrate: createSearchIndex)
        migrator.registerMigration("3-article-count", migrate: createArticleCount)
        migrator.registerMigration("4-related-in-article-rows", migrate: moveRelatedIntoArticles)
        migrator.registerMigration("5-search-postings", migrate: createSearchPostings)
        migrator.registerMigration("6-related-title-keys", migrate: addRelatedTitleKeys)
        migrator.registerMigration("7-feeds", migrate: FeedSchema.create)
        migrator.registerMigration("8-feed-ttl", migrate: FeedSchema.addTTL)
        migrator.registerMigration("9-library-census", migrate: createCensus)
        return migrator
    }

    /// Paragraphs are stored in one text column joined by U+001E (record
    /// separator): cheaper to write and read than JSON and never part of
    /// imported text (see `ParagraphCodec`).
    private static func createArticles(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                url TEXT,
                site TEXT NOT NULL,
                title TEXT NOT NULL,
                title_key TEXT NOT NULL,
                published TEXT NOT NULL,
                published_sort INTEGER NOT NULL,
                views INTEGER,
                source TEXT NOT NULL,
                editor TEXT NOT NULL,
                language TEXT NOT NULL,
                imported_at INTEGER NOT NULL,
                content_hash INTEGER NOT NULL,
                -- Last: a list row reads the columns before it without
                -- walking the body's overflow pages.
                body TEXT NOT NULL
            );
            CREATE INDEX articles_newest ON articles(published_sort DESC, id DESC);
            CREATE INDEX articles_by_site ON articles(site, published_sort DESC, id DESC);
            CREATE INDEX articles_by_title_key ON articles(title_key);

            CREATE TABLE related_items (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                title_key TEXT NOT NULL,
                source TEXT NOT NULL,
                date_as_written TEXT NOT NULL,
                date TEXT,
                date_sort INTEGER,
                year_inferred INTEGER NOT NULL,
                excerpt TEXT NOT NULL,
                target_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                PRIMARY KEY (article_id, position)
            ) WITHOUT ROWID;
            CREATE INDEX related_by_title_key ON related_items(title_key);

            CREATE TABLE reader_state (
                key TEXT PRIMARY KEY NOT NULL,
                read_at INTEGER,
                favorite_at INTEGER,
                position_paragraph INTEGER,
                position_character INTEGER
            ) WITHOUT ROWID;
            CREATE INDEX reader_state_favorites ON reader_state(favorite_at) WHERE favorite_at IS NOT NULL;

            CREATE TABLE session (
                name TEXT PRIMARY KEY NOT NULL,
                value BLOB NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    /// Two contentless trigram indexes over folded text: everything, and
    /// titles alone for ranking. Replaced by migration 5; what they held is
    /// rebuilt there, so this no longer fills them.
    private static func createSearchIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search_all USING fts5(
                text, content='', tokenize='\(RetiredTrigramTokenizer.name)', detail='none');
            CREATE VIRTUAL TABLE search_titles USING fts5(
                title, content='', tokenize='\(RetiredTrigramTokenizer.name)', detail='none');
            CREATE TABLE search_meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
            INSERT INTO search_all (search_all, rank) VALUES ('hashsize', 33554432);
            """)
    }

    /// The number of articles, kept by triggers in the same transaction as
    /// every insert and delete: the list header and the first page need it
    /// at every start, and `count(*)` walks an index of the whole library.
    private static func createArticleCount(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article_count (id INTEGER PRIMARY KEY CHECK (id = 0), n INTEGER NOT NULL);
            INSERT INTO article_count (id, n) SELECT 0, count(*) FROM articles;
            CREATE TRIGGER article_count_insert AFTER INSERT ON articles
                BEGIN UPDATE article_count SET n = n + 1 WHERE id = 0; END;
            CREATE TRIGGER article_count_delete AFTER DELETE ON articles
                BEGIN UPDATE article_count SET n = n - 1 WHERE id = 0; END;
            """)
    }

    /// Related items move into their article's row (`RelatedCodec`) and
    /// are resolved when read (`RelatedResolver`): their table, the target
    /// stored in it and the index that re-resolved targets as titles arrived
    /// cost an import of 100,000 articles 600,000 row inserts and random
    /// inserts of as many text keys. The items keep their text and order;
    /// what they name is looked up afresh. The column is written in the
    /// format of the day, frozen below: `RelatedCodec` may change, and a
    /// later format gets a migration of its own.
    private static func moveRelatedIntoArticles(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE articles ADD COLUMN related TEXT NOT NULL DEFAULT ''")
        let update = try db.makeStatement(sql: "UPDATE articles SET related = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT article_id, title, source, date_as_written, date, year_inferred, excerpt
            FROM related_items ORDER BY article_id, position
            """)
        var owner: Int64?
        var items: [String] = []
        func store() throws {
            if let owner { try update.execute(arguments: [items.joined(separator: "\u{1E}"), owner]) }
            items = []
        }
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if id != owner {
                try store()
                owner = id
            }
            items.append(RelatedColumnAsOfMigration4.item(
                title: row[1], source: row[2], dateAsWritten: row[3], date: row[4], yearInferred: row[5], excerpt: row[6]))
        }
        try store()
        try db.execute(sql: "DROP TABLE related_items")
    }

    /// `RelatedCodec.encode` as it was when migration 4 shipped: the fields
    /// of an item joined by U+001F (title, source, date as written, ISO 8601
    /// date or empty, "1" when its year was inferred, excerpt), a separator
    /// inside a field made a space; items are joined by U+001E.
    private enum RelatedColumnAsOfMigration4 {
        static func item(title: String, source: String, dateAsWritten: String, date: String?, yearInferred: Bool,
                         excerpt: String) -> String {
            [title, source, dateAsWritten, date ?? "", yearInferred ? "1" : "0", excerpt].map(clean)
                .joined(separator: "\u{1F}")
        }

        private static func clean(_ field: String) -> String {
            guard field.utf8.contains(where: { $0 == 0x1E || $0 == 0x1F }) else { return field }
            return String(field.map { $0 == "\u{1E}" || $0 == "\u{1F}" ? " " : $0 })
        }
    }

    /// The search index as our own bigram postings (see `SearchGrams`,
    /// `SearchIndexWriter`) in place of FTS5: FTS5 takes every token through
    /// one hash on SQLite's writer thread, over half of a large import,
    /// where these postings are gathered on every core while the batch is
    /// prepared and written as a few blocks per batch.
    private static func createSearchPostings(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE search_all;
            DROP TABLE search_titles;
            CREATE TABLE search_segments (id INTEGER PRIMARY KEY, articles INTEGER NOT NULL);
            CREATE TABLE search_blocks (
                segment INTEGER NOT NULL,
                first_gram INTEGER NOT NULL,
                postings BLOB NOT NULL,
                PRIMARY KEY (segment, first_gram)
            ) WITHOUT ROWID;
            CREATE TABLE search_documents (article_id INTEGER PRIMARY KEY, segment INTEGER NOT NULL);
            CREATE INDEX search_documents_by_segment ON search_documents(segment);
            DELETE FROM search_meta;
            """)
        // The index is filled when the library opens: an empty search_meta
        // (no fold recorded) makes `LibraryStore.migrate` rebuild it with the
        // code of the day, so this migration never calls code that may change.
    }

    /// Related items' title keys beside them (`RelatedCodec.encodeTitleKeys`),
    /// so `stats` counts found items without normalizing every title, and in
    /// an index of their own, in id order (cheap to keep up at import), so it
    /// reads them without walking every article's body. Filled here once
    /// with the import's own `TitleKey`, as `title_key` is.
    private static func addRelatedTitleKeys(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE articles ADD COLUMN related_title_keys TEXT NOT NULL DEFAULT '';
            CREATE INDEX articles_related_title_keys ON articles(id, related_title_keys) WHERE related_title_keys != '';
            """)
        let update = try db.makeStatement(sql: "UPDATE articles SET related_title_keys = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, related FROM articles WHERE related != ''")
        while let row = try rows.next() {
            let items = try RelatedCodec.decode(StoredText.decode(row[1], column: "related items"))
            try update.execute(arguments: [RelatedCodec.encodeTitleKeys(items), row[0] as Int64])
        }
    }

    /// What `stats` counts, kept up at write time so that it costs a few
    /// rows instead of the library (2.4 s at 100,000 articles): sites by
    /// triggers, filled here from the articles; related items by the writer
    /// (`RelatedCensus`), per title key, since whether an item is found
    /// depends on other articles. Their totals are left unset here, so the
    /// library's next open counts them with the code of the day (as
    /// migration 5 leaves the index to it) and shows its progress. Deleting
    /// an article (no command does) drops the totals the same way.
    private static func createCensus(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE site_counts (site TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO site_counts (site, n) SELECT site, count(*) FROM articles GROUP BY site;
            CREATE TRIGGER site_counts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO site_counts (site, n) VALUES (NEW.site, 1) ON CONFLICT(site) DO UPDATE SET n = n + 1;
            END;
            CREATE TRIGGER site_counts_delete AFTER DELETE ON articles BEGIN
                UPDATE site_counts SET n = n - 1 WHERE site = OLD.site;
                DELETE FROM site_counts WHERE site = OLD.site AND n = 0;
            END;
            CREATE TRIGGER site_counts_update AFTER UPDATE OF site ON articles WHEN OLD.site != NEW.site BEGIN
                UPDATE site_counts SET n = n - 1 WHERE site = OLD.site;
                DELETE FROM site_counts WHERE site = OLD.site AND n = 0;
                INSERT INTO site_counts (site, n) VALUES (NEW.site, 1) ON CONFLICT(site) DO UPDATE SET n = n + 1;
            END;

            CREATE TABLE related_keys (
                key TEXT PRIMARY KEY NOT NULL,
                holders INTEGER NOT NULL,
                items INTEGER NOT NULL,
                own INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE related_census (id INTEGER PRIMARY KEY CHECK (id = 0), items INTEGER NOT NULL, found INTEGER NOT NULL);
            CREATE TRIGGER related_census_delete AFTER DELETE ON articles BEGIN DELETE FROM related_census; END;
            """)
    }
}
