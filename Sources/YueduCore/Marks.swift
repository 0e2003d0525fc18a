import YueduModel

/// Read and favourite, for one article.
public struct ArticleMarks: Hashable, Sendable {
    public var isRead: Bool
    public var isFavorite: Bool
    public init(isRead: Bool, isFavorite: Bool) { self.isRead = isRead; self.isFavorite = isFavorite }
    public init(_ summary: ArticleSummary) { self.init(isRead: summary.isRead, isFavorite: summary.isFavorite) }
    public init(_ state: ReaderState) { self.init(isRead: state.readAt != nil, isFavorite: state.favoriteAt != nil) }
}

/// The one place the reader keeps marks: every answer from the store records
/// the marks it carries, f and r change them here, and every pane reads them
/// here. List rows, search hits and the open article keep the marks they
/// arrived with, which count only for an article the book has no entry for.
public struct MarkBook: Equatable, Sendable {
    private var entries: [String: ArticleMarks] = [:]
    public init() {}

    public subscript(key: String) -> ArticleMarks? { entries[key] }

    mutating func record(_ marks: ArticleMarks, for key: String) { entries[key] = marks }

    mutating func record(_ rows: [ArticleSummary]) {
        for row in rows { entries[row.key] = ArticleMarks(row) }
    }

    /// Forgets the articles no longer on screen or in memory, so scrolling
    /// through 100,000 rows does not keep 100,000 entries.
    mutating func retain(_ keys: Set<String>) { entries = entries.filter { keys.contains($0.key) } }
}

extension AppState {
    /// The marks of a row or search hit as the reader knows them now.
    public func marks(of summary: ArticleSummary) -> ArticleMarks { marks[summary.key] ?? ArticleMarks(summary) }

    /// The open article's marks as the reader knows them now.
    public var openArticleMarks: ArticleMarks? {
        article.map { marks[$0.key] ?? ArticleMarks($0.detail.state) }
    }

    /// Records the marks a page or search answer carries, keeping entries
    /// only for what the state still holds.
    mutating func recordMarks(of rows: [ArticleSummary]) {
        var kept = Set(rows.map(\.key))
        if let key = article?.key { kept.insert(key) }
        marks.retain(kept)
        marks.record(rows)
    }

    /// The article f and r act on: the selected row in the list, else the
    /// open article.
    var markTarget: (key: String, marks: ArticleMarks)? {
        if focus == .list {
            guard let row = selectedSummary else { return nil }
            return (row.key, marks(of: row))
        }
        guard let article, let current = openArticleMarks else { return nil }
        return (article.key, current)
    }

    mutating func toggleFavorite() -> [Effect] {
        guard let (key, current) = markTarget else { return [] }
        var changed = current
        changed.isFavorite.toggle()
        marks.record(changed, for: key)
        if let c = counts { counts?.favorites = max(0, c.favorites + (changed.isFavorite ? 1 : -1)) }
        status = StatusMessage(changed.isFavorite ? "已收藏 added to favourites" : "已取消收藏 removed from favourites")
        return [.setFavorite(key: key, changed.isFavorite)]
    }

    mutating func toggleRead() -> [Effect] {
        guard let (key, current) = markTarget else { return [] }
        var changed = current
        changed.isRead.toggle()
        marks.record(changed, for: key)
        if let c = counts { counts?.unread = max(0, c.unread + (changed.isRead ? -1 : 1)) }
        status = StatusMessage(changed.isRead ? "已标为已读 marked read" : "已标为未读 marked unread")
        return [.setRead(key: key, changed.isRead)]
    }

    /// Marks the open article read (once), in the counts too.
    mutating func markOpenArticleRead() -> [Effect] {
        guard let key = article?.key, var current = openArticleMarks, !current.isRead else { return [] }
        current.isRead = true
        marks.record(current, for: key)
        if let c = counts { counts?.unread = max(0, c.unread - 1) }
        return [.setRead(key: key, true)]
    }
}
