extension AppState {
    /// The article f and r act on: the selected row in the list, else the
    /// open article.
    var markTarget: (key: String, isRead: Bool, isFavorite: Bool)? {
        if focus == .list {
            guard let row = selectedSummary else { return nil }
            // The open article's flags are fresher than a row loaded earlier.
            if let article, article.key == row.key { return (row.key, article.isRead, article.isFavorite) }
            return (row.key, row.isRead, row.isFavorite)
        }
        guard let article else { return nil }
        return (article.key, article.isRead, article.isFavorite)
    }

    mutating func toggleFavorite() -> [Effect] {
        guard let target = markTarget else { return [] }
        let value = !target.isFavorite
        list.update(key: target.key) { $0.isFavorite = value }
        if article?.key == target.key { article?.isFavorite = value }
        for i in searchHits.indices where searchHits[i].summary.key == target.key { searchHits[i].summary.isFavorite = value }
        if let c = counts { counts?.favorites = max(0, c.favorites + (value ? 1 : -1)) }
        status = StatusMessage(value ? "已收藏 added to favourites" : "已取消收藏 removed from favourites")
        return [.setFavorite(key: target.key, value)]
    }

    mutating func toggleRead() -> [Effect] {
        guard let target = markTarget else { return [] }
        let value = !target.isRead
        list.update(key: target.key) { $0.isRead = value }
        if article?.key == target.key { article?.isRead = value }
        for i in searchHits.indices where searchHits[i].summary.key == target.key { searchHits[i].summary.isRead = value }
        if let c = counts { counts?.unread = max(0, c.unread + (value ? -1 : 1)) }
        status = StatusMessage(value ? "已标为已读 marked read" : "已标为未读 marked unread")
        return [.setRead(key: target.key, value)]
    }
}
