@testable import YueduCore
import YueduModel
@testable import YueduUI

/// Screens the render tests look at, built through the reducer.
enum Scene {
    static let mixedRows = [
        Fixture.summary(0, title: "中国经济稳中向好发展态势持续巩固", isRead: false, isFavorite: true),
        Fixture.summary(1, title: "日本語のニュース記事です", site: "NHK", isRead: true),
        Fixture.summary(2, title: "한국어 뉴스 기사입니다", site: "연합뉴스", isRead: true, isFavorite: true),
        Fixture.summary(3, title: "Emoji 👍 新闻 🎉", isRead: false),
        Fixture.summary(4, title: "短", isRead: true),
    ]

    /// A list of the mixed rows at `width`×`height`, row `selected` selected.
    static func list(width: Int, height: Int, selected: Int = 0, focus: Pane = .list) -> AppState {
        var s = AppState(width: width, height: height)
        _ = s.restore(from: SessionSnapshot())
        _ = reduce(&s, .pageLoaded(filter: .all, offset: 0, rows: mixedRows, total: mixedRows.count))
        _ = reduce(&s, .countsLoaded(LibraryCounts(all: 5, unread: 2, favorites: 2)))
        _ = s.select(selected)
        s.focus = focus
        return s
    }

    /// `detail` open and focused, on a screen of `width`×`height`.
    static func reading(_ detail: ArticleDetail, width: Int, height: Int, focus: Pane = .article) -> AppState {
        var s = list(width: width, height: height)
        _ = reduce(&s, .keyPressed(.enter))
        s.pendingOpen = PendingOpen(key: detail.article.key, navigation: .push, focus: focus)
        _ = reduce(&s, .articleLoaded(detail))
        s.status = nil
        return s
    }

    /// Short meta lines (no views, source or editor) so they fit at 30 columns.
    static func detail(_ key: String, _ title: String, _ paragraphs: [String], _ language: Language,
                       related: [RelatedItem] = []) -> ArticleDetail {
        ArticleDetail(id: 1, article: Article(key: key, site: "人民网", title: title, published: Fixture.date,
                                              paragraphs: paragraphs, source: "", editor: "", language: language,
                                              related: related),
                      state: ReaderState(key: key, readAt: 1))
    }

    static let chinese = detail("k0", "中国经济稳中向好", ["今年以来我国经济运行总体平稳消费市场持续回暖。", "第二段。"], .zh)
    static let japanese = detail("k1", "日本語の記事", ["これは日本語の文章です毎日新聞を読みます。"], .ja)
    static let korean = detail("k2", "한국어 기사", ["한국어 문장입니다"], .ko)
    static let emoji = detail("k3", "Emoji 👍 新闻", ["好消息👍今天🎉"], .other)
    static let withRelated = detail("k0", "标题", ["正文。"], .zh, related: [
        Fixture.related("在库的文章", target: "k1", source: "光明网"),
        Fixture.related("不在库的文章", source: "新华网", yearInferred: true, excerpt: "这是一段较长的摘要文字。"),
        RelatedItem(title: "没有完整日期", source: "", dateAsWritten: "9月20日", date: nil, yearInferred: false,
                    excerpt: ""),
    ])
}
