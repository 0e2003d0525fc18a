// Test fixtures shared by YueduCoreTests and YueduUITests (the UI target
// holds a symlink to this file).
import YueduCore
import YueduModel

enum Fixture {
    static let date = PublishedDate(year: 2024, month: 9, day: 26, hour: 9, minute: 30)

    static func summary(_ n: Int, title: String? = nil, site: String = "人民网", isRead: Bool = false,
                        isFavorite: Bool = false, published: PublishedDate = date) -> ArticleSummary {
        ArticleSummary(id: Int64(n), key: "k\(n)", title: title ?? "文章\(n)", site: site, published: published,
                       views: 100 + n, source: "新华社", editor: "王编辑", isRead: isRead, isFavorite: isFavorite)
    }

    static func summaries(_ range: Range<Int>) -> [ArticleSummary] { range.map { summary($0) } }

    static func related(_ title: String, target: String? = nil, source: String = "光明网",
                        date: PublishedDate? = PublishedDate(year: 2024, month: 9, day: 20), yearInferred: Bool = false,
                        excerpt: String = "摘要内容。") -> RelatedItem {
        RelatedItem(title: title, source: source, dateAsWritten: yearInferred ? "09-20" : "2024-09-20", date: date,
                    yearInferred: yearInferred, excerpt: excerpt, targetKey: target)
    }

    static func article(_ key: String = "k1", title: String = "标题", paragraphs: [String] = ["第一段。"],
                        language: Language = .zh, related: [RelatedItem] = [], site: String = "人民网",
                        views: Int? = 1234, source: String = "新华社", editor: String = "王编辑") -> Article {
        Article(key: key, site: site, title: title, published: date, views: views, paragraphs: paragraphs,
                source: source, editor: editor, language: language, related: related)
    }

    static func detail(_ key: String = "k1", title: String = "标题", paragraphs: [String] = ["第一段。"],
                       language: Language = .zh, related: [RelatedItem] = [], isRead: Bool = false,
                       isFavorite: Bool = false, position: ReadingPosition? = nil) -> ArticleDetail {
        ArticleDetail(id: 1, article: article(key, title: title, paragraphs: paragraphs, language: language,
                                              related: related),
                      state: ReaderState(key: key, readAt: isRead ? 1 : nil, favoriteAt: isFavorite ? 1 : nil,
                                         position: position))
    }

    /// A long article: `count` paragraphs of 60 hanzi each.
    static func longDetail(_ key: String = "k1", paragraphs count: Int = 20, related: [RelatedItem] = [],
                           isRead: Bool = true) -> ArticleDetail {
        let text = String(repeating: "中文段落内容测试文字。", count: 6)
        return detail(key, paragraphs: Array(repeating: text, count: count), related: related, isRead: isRead)
    }

    /// A started reader with the first page of `total` articles loaded.
    static func state(width: Int = 120, height: Int = 40, total: Int = 50, view: ListView = .all,
                      counts: LibraryCounts? = LibraryCounts(all: 50, unread: 20, favorites: 3)) -> AppState {
        var state = AppState(width: width, height: height)
        _ = state.restore(from: SessionSnapshot(view: view))
        if let filter = view.filter {
            _ = reduce(&state, .pageLoaded(filter: filter, offset: 0,
                                           rows: summaries(0..<min(total, ListWindow.pageSize)), total: total))
        }
        if let counts { _ = reduce(&state, .countsLoaded(counts)) }
        return state
    }

    /// `state` with `detail` opened from the list (focus on the article).
    static func reading(_ detail: ArticleDetail, width: Int = 120, height: Int = 40, total: Int = 50) -> AppState {
        var s = state(width: width, height: height, total: total)
        s.pendingOpen = PendingOpen(key: detail.article.key, navigation: .push, focus: .article)
        _ = reduce(&s, .articleLoaded(detail))
        return s
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Widths come from libc `wcwidth`, which knows CJK only under a UTF-8
/// locale; the app sets it at start (text-layout.md W1), so tests do too.
enum TestLocale {
    static let ready: Bool = setlocale(LC_ALL, "C.UTF-8") != nil
}
