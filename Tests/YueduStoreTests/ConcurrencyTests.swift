import Foundation
import YueduTestSupport
import GRDB
import Testing
import YueduModel
@testable import YueduStore

@Suite struct ConcurrencyTests {
    @Test func readers_and_a_second_writer_wait_for_an_import_instead_of_failing() async throws {
        // Given two processes' worth of stores on one file, one busy importing
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let location = LibraryLocation(path: root.path + "/library.sqlite", isExplicit: true)
        let importer = try LibraryStore.open(location)
        let reader = try LibraryStore.open(location)
        _ = try importer.upsert([makeArticle("first")], importedAt: 1)
        let started = DispatchSemaphore(value: 0)
        let busy = Task.detached {
            try importer.writer.write { db in
                try db.execute(sql: "UPDATE articles SET views = 1")
                started.signal()
                Thread.sleep(forTimeInterval: 0.5)  // hold the write lock like a long batch
            }
        }
        started.wait()
        // When the other store reads and writes meanwhile
        #expect(try reader.count(.all) == 1)
        try reader.setFavorite(key: "first", true)
        try await busy.value
        // Then both succeeded, the write after the import's
        #expect(try reader.counts().favorites == 1)
        #expect(try reader.page(.all, offset: 0, limit: 1).first?.views == 1)
    }
}
