import Foundation
import YueduTestSupport
import YueduModel
import YueduStore

/// A library file in its own temporary directory, removed by `remove()`.
struct TemporaryLibrary {
    private let scratch: TemporaryDirectory
    var directory: URL { scratch.url }
    var path: String { directory.appendingPathComponent("library.sqlite").path }

    init() throws { scratch = try TemporaryDirectory(prefix: "yuedu-app") }

    func open() throws -> LibraryStore { try LibraryStore.open(path: path) }
    func remove() { scratch.remove() }
}

/// Article `n` of a small library: newer for a larger `n`, so the list shows
/// the largest first.
func sampleArticle(_ n: Int, paragraphs: [String]? = nil) -> Article {
    Article(key: "a\(n)", site: "人民网", title: "第\(n)篇 标题",
            published: PublishedDate(year: 2024, month: 1, day: n, hour: 9, minute: 0, utcOffsetMinutes: 480),
            views: nil, paragraphs: paragraphs ?? ["第\(n)篇的正文。"], source: "源", editor: "编", language: .zh)
}
