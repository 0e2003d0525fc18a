import Foundation
import GRDB
import Testing
import YueduTestSupport
@testable import YueduStore

/// The store's progress on long work over the whole library: numbers that
/// only go forward and end at their total, on a real library file.
@Suite struct LibraryProgressTests {
    private static func expectMonotone(_ reports: [LibraryProgress], _ phase: LibraryProgress.Phase, total: Int,
                                       sourceLocation: SourceLocation = #_sourceLocation) {
        let steps = reports.filter { $0.phase == phase }
        #expect(!steps.isEmpty, "no \(phase) reports in \(reports)", sourceLocation: sourceLocation)
        #expect(steps.allSatisfy { $0.total == total && $0.done <= $0.total }, sourceLocation: sourceLocation)
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0.done <= $1.done }, "\(steps)", sourceLocation: sourceLocation)
        #expect(steps.first?.done == 0 && steps.last?.done == total, "\(steps)", sourceLocation: sourceLocation)
    }

    @Test func opening_a_library_whose_index_is_stale_reports_the_rebuild_up_to_every_article() throws {
        // Given a library of 4,500 articles (more than one rebuild batch) whose index another fold built
        let scratch = try TemporaryDirectory(prefix: "yuedu-progress"); defer { scratch.remove() }
        let location = LibraryLocation(path: scratch.path + "/library.sqlite", isExplicit: true)
        do {
            let store = try LibraryStore.open(location)
            _ = try store.upsert((0..<4500).map { makeArticle("k\($0)", title: "新闻\($0)") }, importedAt: 1)
            try store.writer.write { db in
                try db.execute(sql: "UPDATE search_meta SET value = 'an older fold' WHERE name = 'fold'")
            }
        }
        // When it is opened again
        var reports: [LibraryProgress] = []
        let store = try LibraryStore.open(location, progress: { reports.append($0) })
        // Then the rebuild was reported from 0 to 4,500, never backwards, and the index is whole
        Self.expectMonotone(reports, .rebuildingIndex, total: 4500)
        #expect(reports.filter { $0.phase == .rebuildingIndex }.count >= 4)
        #expect(!reports.contains { $0.phase == .migrating }, "nothing to migrate: \(reports)")
        #expect(try store.checkHealth().isHealthy)
        #expect(try store.search("新闻4499").map(\.summary.key) == ["k4499"])
        // And opening it once more does no work and reports none
        var again: [LibraryProgress] = []
        _ = try LibraryStore.open(location, progress: { again.append($0) })
        #expect(again.isEmpty, "\(again)")
    }

    @Test func doctor_reports_its_checks_and_its_rebuild() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-progress"); defer { scratch.remove() }
        let store = try LibraryStore.open(LibraryLocation(path: scratch.path + "/library.sqlite", isExplicit: true))
        _ = try store.upsert((0..<2500).map { makeArticle("k\($0)", related: [relatedItem("标题 k\($0 + 1)")]) }, importedAt: 1)
        var reports: [LibraryProgress] = []
        try store.rebuildDerivedData(progress: { reports.append($0) })
        Self.expectMonotone(reports, .rebuildingIndex, total: 2500)
        Self.expectMonotone(reports, .countingRelated, total: 2500)
        reports = []
        let health = try store.checkHealth(progress: { reports.append($0) })
        #expect(health.isHealthy)
        Self.expectMonotone(reports, .checking, total: reports.last?.total ?? -1)
        #expect(try store.stats().resolvedRelatedItems == 2499)
    }
}
