import Foundation
import YueduModel
import YueduStore

/// A library file in its own temporary directory, removed by `remove()`.
struct TemporaryLibrary {
    let directory: URL
    var path: String { directory.appendingPathComponent("library.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuedu-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func open() throws -> LibraryStore { try LibraryStore.open(path: path) }
    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Article `n` of a small library: newer for a larger `n`, so the list shows
/// the largest first.
func sampleArticle(_ n: Int, paragraphs: [String]? = nil) -> Article {
    Article(key: "a\(n)", site: "人民网", title: "第\(n)篇 标题",
            published: PublishedDate(year: 2024, month: 1, day: n, hour: 9, minute: 0, utcOffsetMinutes: 480),
            views: nil, paragraphs: paragraphs ?? ["第\(n)篇的正文。"], source: "源", editor: "编", language: .zh)
}
