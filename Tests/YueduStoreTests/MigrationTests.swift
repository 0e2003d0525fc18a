import Foundation
import YueduTestSupport
import GRDB
import Testing
import YueduModel
import YueduText
@testable import YueduStore

/// Libraries written by an older yuedu open with today's schema and keep
/// what the reader had.
@Suite struct MigrationTests {
    /// A library as yuedu wrote it before migration 4: related items in a
    /// table of their own, with the target the import had resolved
    /// (`target_article_id`).
    private func libraryBeforeRelatedResolvedWhenRead(at path: String) throws {
        let queue = try DatabaseQueue(path: path, configuration: LibraryStore.configuration())
        try Schema.migrator.migrate(queue, upTo: "3-article-count")
        try queue.write { db in
            func article(_ id: Int64, _ key: String, title: String, published: PublishedDate, source: String) throws {
                try db.execute(sql: """
                    INSERT INTO articles (id, key, site, title, title_key, published, published_sort, source, editor,
                        language, imported_at, content_hash, body)
                    VALUES (?, ?, '网', ?, ?, ?, ?, ?, '编', 'zh', 1, ?, '正文')
                    """, arguments: [id, key, title, TitleKey.normalize(title), published.iso8601,
                                     published.epochSeconds, source, id])
            }
            try article(1, "owner", title: "主文章", published: day(2024, 9, 1), source: "仁和区")
            try article(2, "sep26", title: "同名", published: day(2024, 9, 26), source: "仁和区")
            try article(3, "sep13", title: "同名", published: day(2024, 9, 13), source: "仁和区")
            let items: [(title: String, date: PublishedDate?, target: Int64?)] = [
                ("同名", day(2024, 9, 26), 2), ("同名", day(2024, 9, 13), 3), ("迟到的文章", nil, nil), ("主文章", nil, nil),
            ]
            for (position, item) in items.enumerated() {
                try db.execute(sql: """
                    INSERT INTO related_items (article_id, position, title, title_key, source, date_as_written, date,
                        date_sort, year_inferred, excerpt, target_article_id)
                    VALUES (1, ?, ?, ?, '仁和区', ?, ?, ?, ?, '摘要...', ?)
                    """, arguments: [position, item.title, TitleKey.normalize(item.title),
                                     item.date.map { String($0.dateString.dropFirst(5)) } ?? "", item.date?.iso8601,
                                     item.date?.epochSeconds, item.date != nil, item.target])
            }
        }
    }

    @Test func related_items_keep_their_text_order_and_resolution_through_migration_4() throws {
        // Given a library from before related items were resolved when read
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let location = LibraryLocation(path: root.path + "/library.sqlite", isExplicit: true)
        try libraryBeforeRelatedResolvedWhenRead(at: location.path)

        // When today's yuedu opens it
        let store = try LibraryStore.open(location)

        // Then the items read as before, pointing where the import had pointed them
        let related = try #require(try store.detail(key: "owner")).article.related
        #expect(related.map(\.title) == ["同名", "同名", "迟到的文章", "主文章"])
        #expect(related.map(\.dateAsWritten) == ["09-26", "09-13", "", ""])
        #expect(related[0].date == day(2024, 9, 26) && related[0].yearInferred && related[0].excerpt == "摘要...")
        #expect(related.map(\.targetKey) == ["sep26", "sep13", nil, nil])
        #expect(try store.writer.read(Schema.migrator.completedMigrations).contains("4-related-in-article-rows"))
        let stats = try store.stats()
        #expect(stats.relatedItems == 4 && stats.resolvedRelatedItems == 2)
        #expect(try store.checkHealth().isHealthy)
        // and the items live in their article's row, their table and its title index gone
        let (tableKept, sep26Related) = try store.writer.read { db in
            (try db.tableExists("related_items"),
             try String.fetchOne(db, sql: "SELECT related FROM articles WHERE key = 'sep26'"))
        }
        #expect(!tableKept && sep26Related == "")
        // written in the column format of migration 4's day, whatever the codec does now
        let ownerColumn = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT related FROM articles WHERE key = 'owner'")
        }
        let expectedColumn = [
            ["同名", "仁和区", "09-26", day(2024, 9, 26).iso8601, "1", "摘要..."],
            ["同名", "仁和区", "09-13", day(2024, 9, 13).iso8601, "1", "摘要..."],
            ["迟到的文章", "仁和区", "", "", "0", "摘要..."],
            ["主文章", "仁和区", "", "", "0", "摘要..."],
        ].map { $0.joined(separator: "\u{1F}") }.joined(separator: "\u{1E}")
        #expect(ownerColumn == expectedColumn)

        // And resolution follows the library from then on
        _ = try store.upsert([makeArticle("late", title: "迟到的文章")], importedAt: 2)
        #expect(try store.detail(key: "owner")?.article.related.map(\.targetKey) == ["sep26", "sep13", "late", nil])
        #expect(try store.stats().resolvedRelatedItems == 3)
    }
}
