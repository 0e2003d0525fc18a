import YueduModel

extension AppState {
    /// Asks for an article. Leaving the open one saves its position first;
    /// history changes only when the new one arrives.
    mutating func requestOpen(_ key: String, navigation: Navigation, highlightQuery: String? = nil,
                              focus: Pane? = nil, fallbackPosition: ReadingPosition? = nil) -> [Effect] {
        var effects: [Effect] = []
        if let article { effects.append(.savePosition(key: article.key, article.position)) }
        pendingOpen = PendingOpen(key: key, navigation: navigation, highlightQuery: highlightQuery,
                                  fallbackPosition: fallbackPosition, focus: focus)
        effects.append(.openArticle(key: key))
        return effects
    }

    mutating func goBack() -> [Effect] {
        guard let key = history.back.last else {
            status = StatusMessage("没有上一篇 nothing to go back to")
            return []
        }
        return requestOpen(key, navigation: .back)
    }

    mutating func goForward() -> [Effect] {
        guard let key = history.forward.last else {
            status = StatusMessage("没有下一篇 nothing to go forward to")
            return []
        }
        return requestOpen(key, navigation: .forward)
    }

    /// Shows an arrived article: history, saved position (or the first search
    /// match), and marking it read.
    mutating func receiveArticle(_ detail: ArticleDetail) -> [Effect] {
        let key = detail.article.key
        guard let pending = pendingOpen, pending.key == key else { return [] }  // not asked for (any more)
        pendingOpen = nil
        let current = article?.key
        switch pending.navigation {
        case .push:
            history.push(current, opening: key)
        case .back:
            if history.back.last == key { history.back.removeLast() }
            if let current { history.forward.append(current) }
        case .forward:
            if history.forward.last == key { history.forward.removeLast() }
            if let current { history.back.append(current) }
        case .restore:
            break
        }
        let shown = displayText.article(detail, cache: &conversions.cache)
        let document = ArticleDocument.firstRows(shown.detail, width: max(1, layout.articleText.width),
                                                 preferences: preferences)
        var open = OpenArticle(detail: shown.detail, document: document, highlightQuery: pending.highlightQuery,
                               imported: detail, offsets: shown.offsets, titleOffsets: shown.titleOffsets)
        open.anchor = detail.state.position ?? pending.fallbackPosition ?? .top
        open.scroll = open.row(for: open.anchor)
        if let first = open.matches.first {
            open.currentMatch = 0
            open.scroll = max(0, first.row - Self.matchContext)
            open.anchor = open.position(atRow: open.scroll)
        }
        article = open
        marks.record(ArticleMarks(detail.state), for: key)
        relatedSelection = 0
        if let focus = pending.focus { self.focus = focus }
        clampArticleScroll()
        let rest = layoutRest(of: open)
        switch preferences.markRead {
        case .onOpen: return markOpenArticleRead() + rest
        case .atEnd: return markReadIfAtEnd() + rest
        }
    }

    /// Asks for the rows after the first ones, when the article has more.
    func layoutRest(of open: OpenArticle) -> [Effect] {
        open.document.isComplete ? [] : [.layOutArticle(open.detail, width: open.document.width, preferences: preferences)]
    }

    /// The whole layout arrived: it replaces the first rows (which it starts
    /// with, row for row) unless the article or the width changed since.
    mutating func receiveLayout(_ document: ArticleDocument, for key: String) -> [Effect] {
        // A layout asked for before the script was changed starts with other rows.
        guard var open = article, open.key == key, !open.document.isComplete, open.document.width == document.width,
              document.rows.starts(with: open.document.rows)
        else { return [] }
        open.document = document
        open.findMatches()
        open.scroll = open.row(for: open.anchor)
        article = open
        clampArticleScroll()
        if open.endWanted { scrollArticle(to: document.rows.count) }
        return markReadIfAtEnd()
    }

    /// The `mark_read = "end"` policy: read once the last row is on screen.
    mutating func markReadIfAtEnd() -> [Effect] {
        guard preferences.markRead == .atEnd, let open = article, open.document.isComplete else { return [] }
        let bottom = open.scroll + max(1, layout.articleText.height)
        return bottom >= open.document.rows.count ? markOpenArticleRead() : []
    }

    mutating func articleMissing(_ key: String) {
        guard let pending = pendingOpen, pending.key == key else { return }
        pendingOpen = nil
        // A vanished article must not block back/forward for good.
        if pending.navigation == .back, history.back.last == key { history.back.removeLast() }
        if pending.navigation == .forward, history.forward.last == key { history.forward.removeLast() }
        status = StatusMessage("文章不在库中 article not in the library", isError: true)
    }

    /// Rows shown above a match jumped to, so it is read in context.
    static let matchContext = 2

    /// Scrolling by the reader: the new top row becomes the reading position.
    mutating func scrollArticle(to row: Int) {
        guard article != nil else { return }
        article?.endWanted = false
        article?.scroll = row
        clampArticleScroll()
        if let open = article { article?.anchor = open.position(atRow: open.scroll) }
    }

    /// Keeps the last page full; leaves the reading position alone.
    mutating func clampArticleScroll() {
        guard let open = article else { return }
        let limit = max(0, open.document.rows.count - max(1, layout.articleText.height))
        article?.scroll = max(0, min(open.scroll, limit))
    }

    mutating func jumpToMatch(forward: Bool) {
        guard var open = article, !open.matches.isEmpty else {
            status = StatusMessage("没有匹配 no matches")
            return
        }
        let count = open.matches.count
        let index: Int
        if let current = open.currentMatch {
            index = (current + (forward ? 1 : count - 1)) % count
        } else {
            index = forward ? 0 : count - 1
        }
        open.currentMatch = index
        article = open
        focus = .article
        let row = open.matches[index].row
        let top = open.scroll, h = max(1, layout.articleText.height)
        if row < top || row >= top + h { scrollArticle(to: row - Self.matchContext) }
        status = StatusMessage("匹配 match \(index + 1)/\(count)")
    }

    // MARK: related reading

    var relatedItems: [RelatedItem] { article?.detail.article.related ?? [] }

    mutating func selectRelated(_ index: Int) {
        relatedSelection = max(0, min(index, relatedItems.count - 1))
    }

    /// Opens related item `index` when the library has it; else fetches it
    /// when it has a web URL; else says so and shows its excerpt in the
    /// related pane.
    mutating func openRelated(at index: Int) -> [Effect] {
        let items = relatedItems
        guard index >= 0, index < items.count else {
            status = StatusMessage("没有第 \(index + 1) 条相关阅读 no related item \(index + 1)")
            return []
        }
        relatedSelection = index
        guard let target = items[index].targetKey else {
            focus = .related
            if let url = items[index].url, Self.isWebLink(url), let owner = article?.key {
                return startFetch(url, for: RelatedOrigin(ownerKey: owner, index: index))
            }
            status = StatusMessage("不在库中 not in the library: " + items[index].title)
            return []
        }
        return requestOpen(target, navigation: .push, focus: .article)
    }
}
