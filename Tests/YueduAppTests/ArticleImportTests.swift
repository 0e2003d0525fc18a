import Foundation
import YueduTestSupport
import Testing
import YueduApp
import YueduStore

@Suite struct ArticleImportTests {
    private func line(_ n: Int) -> String {
        """
        {"id": "a\(n)", "url": "https://a.example/\(n)", "title": "第\(n)篇文章", "site": "网", "published": "2024-01-01T08:00:00+08:00", \
        "body": ["正文\(n)号"], "source": "源", "editor": "编", "related": []}
        """
    }

    /// More articles than two batches, so reading the third overlaps writing
    /// the earlier ones: every article arrives once, the bad line is
    /// reported with its place, and the time is accounted for.
    @Test func an_import_of_several_batches_stores_every_article_and_reports_the_bad_line() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-import"); defer { scratch.remove() }
        let dir = scratch.url
        let total = ArticleImport.batchSize * 2 + 500
        var lines = (1...total).map(line)
        lines.insert("{not json", at: ArticleImport.batchSize + 7)
        let file = dir.appendingPathComponent("articles.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let store = try LibraryStore.open(path: dir.appendingPathComponent("library.sqlite").path)

        var reports: [String] = []
        var lastProgress = 0
        let tally = try ArticleImport.run(paths: [file], into: store, report: { reports.append($0) },
                                          progress: { lastProgress = $0 })

        #expect(tally.new == total && tally.failed == 1, "\(tally) \(reports.prefix(2))")
        #expect(lastProgress == total + 1)
        #expect(reports.count == 1 && reports[0].contains("articles.jsonl:\(ArticleImport.batchSize + 8)"), "\(reports)")
        #expect(try store.count(.all) == total)
        #expect(try store.search("第\(total)篇").map(\.summary.key) == ["https://a.example/\(total)"])
        let health = try store.checkHealth()
        #expect(health.isHealthy, "\(health)")
        let t = tally.timings
        #expect(t.store.articles > .zero && t.store.searchIndex > .zero && t.store.commit > .zero)
        #expect(t.total >= t.store.articles + t.store.searchIndex)
        #expect(t.summary.hasPrefix("took "))
    }
}

@Suite struct ArticleImportLifetimeTests {
    /// Once an import has returned, nothing of it holds the library: when
    /// the caller lets go, SQLite's closing checkpoint leaves one file. (The
    /// writer thread used to keep the library alive past the return, so
    /// under load `yuedu import` could exit with its articles still in the
    /// -wal file and a 4 KB library file.)
    @Test func after_an_import_returns_the_library_closes_into_one_file() throws {
        let scratch = try TemporaryDirectory(prefix: "yuedu-close"); defer { scratch.remove() }
        let dir = scratch.url
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data")
            .standardized
        let path = dir.appendingPathComponent("library.sqlite").path
        for round in 1...20 {
            weak var released: LibraryStore?
            try {
                let store = try LibraryStore.open(path: path)
                released = store
                try ArticleImport.run(paths: [data.appendingPathComponent("articles.jsonl").path], into: store,
                                      report: { Issue.record("import reported: \($0)") })
            }()
            #expect(released == nil, "round \(round): the import still holds the library")
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "round \(round): the WAL outlived the library")
        }
    }
}
