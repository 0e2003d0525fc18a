import Foundation
import GRDB
import Testing
import YueduModel
import YueduTestSupport
@testable import YueduStore

/// `stats` reads counts kept at write time; after every kind of change
/// they must equal a count made from scratch over the articles themselves.
@Suite struct LibraryCensusTests {
    /// What `stats` reports, counted the slow way: every article, every
    /// related item resolved by the census rule, every reader mark.
    private static func recount(_ store: LibraryStore) throws -> LibraryStats {
        var stats = try store.stats()
        try store.writer.read { db in
            stats.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
            let read = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM articles a JOIN reader_state s ON s.key = a.key WHERE s.read_at IS NOT NULL
                """) ?? 0
            stats.unread = stats.articles - read
            stats.favorites = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM articles a JOIN reader_state s ON s.key = a.key WHERE s.favorite_at IS NOT NULL
                """) ?? 0
            stats.sites = try Int.fetchOne(db, sql: "SELECT count(DISTINCT site) FROM articles") ?? 0
            let related = try RelatedResolver.census(db)
            (stats.relatedItems, stats.resolvedRelatedItems) = (related.items, related.resolved)
        }
        return stats
    }

    private static func expectMatches(_ store: LibraryStore, _ step: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let kept = try store.stats()
        let counted = try recount(store)
        #expect(kept == counted, "\(step)", sourceLocation: sourceLocation)
    }

    @Test func stats_equal_a_recount_after_imports_updates_marks_feeds_and_deletions() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-census"); defer { scratch.remove() }
        let location = LibraryLocation(path: scratch.path + "/library.sqlite", isExplicit: true)
        let store = try LibraryStore.open(location)
        try Self.expectMatches(store, "empty")

        // Given articles whose related items name each other, themselves,
        // a title two articles share, a title nobody has and an empty title
        _ = try store.upsert([
            makeArticle("a", title: "甲新闻", site: "一网", related: [relatedItem("乙新闻"), relatedItem("甲新闻"), relatedItem("无此文")]),
            makeArticle("b", title: "乙新闻", site: "二网", related: [relatedItem("甲新闻"), relatedItem("丙新闻"), relatedItem("")]),
            makeArticle("c", title: "丙新闻", site: "二网", related: [relatedItem("丙新闻"), relatedItem("丙新闻")]),
            makeArticle("d", title: "丙新闻", site: "三网"),
        ], importedAt: 1)
        try Self.expectMatches(store, "first import")
        #expect(try store.stats().relatedItems == 8)

        // When a title arrives that items already named, and one of the
        // shared titles' holders changes title, items and site
        _ = try store.upsert([
            makeArticle("e", title: "无此文", related: [relatedItem("甲新闻"), relatedItem("")]),
            makeArticle("d", title: "丁新闻", site: "一网", related: [relatedItem("丁新闻"), relatedItem("丙新闻")]),
        ], importedAt: 2)
        try Self.expectMatches(store, "second import")
        // Re-importing the same articles changes nothing
        _ = try store.upsert([makeArticle("e", title: "无此文", related: [relatedItem("甲新闻"), relatedItem("")])], importedAt: 3)
        try Self.expectMatches(store, "unchanged re-import")

        // When articles are read, favoured, and unmarked, and a mark waits for an article not yet here
        try store.setRead(key: "a", true)
        try store.setRead(key: "b", true)
        try store.setFavorite(key: "c", true)
        try store.setRead(key: "later", true)
        try Self.expectMatches(store, "marks")
        try store.setRead(key: "b", false)
        _ = try store.upsert([makeArticle("later", title: "乙新闻", related: [relatedItem("乙新闻")])], importedAt: 4)
        try Self.expectMatches(store, "unmark and the marked article arrives")

        // When a batch holds an article SQLite refuses, the rest is counted and the refused one is not
        try store.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.key = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let outcomes = try store.upsert([
            makeArticle("f", title: "戊新闻", related: [relatedItem("甲新闻")]),
            makeArticle("bad", title: "甲新闻", related: [relatedItem("戊新闻"), relatedItem("乙新闻")]),
        ], importedAt: 5)
        #expect(outcomes.first == .new)
        if case .failed = outcomes.last {} else { Issue.record("the refused article was written: \(outcomes)") }
        try Self.expectMatches(store, "batch with a refused article")

        // When an article is deleted (no command does this; SQLite can), stats stay true
        try store.writer.write { db in try db.execute(sql: "DELETE FROM articles WHERE key IN ('c', 'e')") }
        try Self.expectMatches(store, "deletion")
        // and the next open counts the census afresh, so the kept counts are back
        let reopened = try LibraryStore.open(location)
        #expect(try reopened.writer.read(RelatedCensus.totals) != nil)
        try Self.expectMatches(reopened, "reopened after a deletion")
        _ = try reopened.upsert([makeArticle("g", title: "丙新闻", related: [relatedItem("丁新闻")])], importedAt: 6)
        try Self.expectMatches(reopened, "import after the recount")
    }

    @Test func a_library_from_before_the_census_is_counted_when_it_opens() throws {
        // Given a library as migration 7 left it, with articles in it
        let scratch = try TemporaryDirectory(prefix: "yuedu-census"); defer { scratch.remove() }
        let location = LibraryLocation(path: scratch.path + "/library.sqlite", isExplicit: true)
        do {
            let store = try LibraryStore.open(location)
            _ = try store.upsert((0..<300).map { i in
                makeArticle("k\(i)", title: "题\(i % 120)", site: "站\(i % 7)",
                            related: [relatedItem("题\((i * 7) % 150)"), relatedItem("题\(i % 120)")])
            }, importedAt: 1)
            try store.writer.write { db in
                try db.execute(sql: """
                    DROP TABLE related_census; DROP TABLE related_keys; DROP TABLE site_counts;
                    DROP TRIGGER site_counts_insert; DROP TRIGGER site_counts_delete; DROP TRIGGER site_counts_update;
                    DROP TRIGGER related_census_delete;
                    DELETE FROM grdb_migrations WHERE identifier = '9-library-census';
                    """)
            }
        }
        // When it opens, the migration and the count it triggers report progress
        var reports: [LibraryProgress] = []
        let store = try LibraryStore.open(location, progress: { reports.append($0) })
        let counting = reports.filter { $0.phase == .countingRelated }
        #expect(counting.last == LibraryProgress(phase: .countingRelated, done: 300, total: 300))
        #expect(reports.contains(LibraryProgress(phase: .migrating, done: 1, total: 1)))
        // Then stats equal a recount
        try Self.expectMatches(store, "after the backfill")
    }
}
