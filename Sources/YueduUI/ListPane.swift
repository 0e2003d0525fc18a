import YueduCore
import YueduModel
import YueduText

/// The article list: a header in the top border (view and counts) and one
/// row per article: unread and favourite markers, title, site, date. In the
/// search view each hit has a second row with its snippet.
enum ListPane {
    static func render(_ state: AppState, box: Region, theme: Theme, into buffer: inout CellBuffer) {
        let content = box.inner
        buffer.putTitle(header(state), box: box, style: state.focus == .list ? theme.focusedPaneTitle : theme.paneTitle)
        guard content.width > 0, content.height > 0 else { return }
        let perItem = state.listRowsPerItem
        if state.list.total == 0 {
            buffer.putRow(state.list.isLoaded ? "（空）empty" : "加载中 loading…", x: content.x, y: content.y,
                          width: content.width, style: theme.dim)
            return
        }
        for item in 0..<(content.height / perItem) {
            let index = state.listScroll + item
            guard index < state.list.total else { break }
            let y = content.y + item * perItem
            let selected = index == state.selection
            let selectionStyle = state.focus == .list ? theme.selection : theme.inactiveSelection
            guard let summary = state.list.row(at: index) else {
                buffer.putRow("  …", x: content.x, y: y, width: content.width, style: selected ? selectionStyle : theme.dim)
                continue
            }
            let hit = state.searchHit(at: index)
            let marks = state.marks(of: summary)
            let text = row(summary, marks: marks, width: content.width, theme: theme)
            var style = marks.isRead ? theme.row : theme.unread
            if selected { style = merge(style, selectionStyle) }
            buffer.putRow(text, x: content.x, y: y, width: content.width, style: style)
            if marks.isFavorite, content.width > 1, !selected {
                buffer.restyle(Rect(x: content.x + 1, y: y, width: 1, height: 1)) { $0.fg = theme.favoriteMarker.fg }
            }
            if let hit {
                // The title starts after the two markers and a space; matches
                // past where it was cut are not drawn (never on `…` or the date).
                let shown = content.width > 3 ? Truncation.listRowVisibleTitleCount(
                    title: summary.title.singleLine, date: right(summary, width: content.width), width: content.width - 3) : 0
                buffer.highlight(Self.visible(hit.titleMatches, count: shown, shift: 3), of: text,
                                 x: content.x, y: y, maxWidth: content.width, style: theme.match)
                if perItem > 1 {
                    let snippetText = "   " + hit.snippet.singleLine
                    let snippet = Truncation.truncate(snippetText, to: content.width)
                    buffer.putRow(snippet, x: content.x, y: y + 1, width: content.width, style: theme.dim)
                    let snippetShown = Truncation.visibleCount(snippetText, to: content.width) - 3
                    buffer.highlight(Self.visible(hit.snippetMatches, count: snippetShown, shift: 3), of: snippet,
                                     x: content.x, y: y + 1, maxWidth: content.width, style: theme.match)
                }
            }
        }
    }

    /// Match ranges cut to the first `count` Characters, moved by `shift`.
    static func visible(_ ranges: [Range<Int>], count: Int, shift: Int) -> [Range<Int>] {
        ranges.compactMap { range in
            let cut = range.clamped(to: 0..<max(0, count))
            return cut.isEmpty ? nil : (cut.lowerBound + shift)..<(cut.upperBound + shift)
        }
    }

    /// `全部 All 1234 · 未读 30 · 收藏 5`; other views lead with their own name and size.
    static func header(_ state: AppState) -> String {
        guard let counts = state.counts else { return state.view.title + " \(state.list.total)" }
        let totals = "未读 \(counts.unread) · 收藏 \(counts.favorites)"
        if state.view == .all { return "全部 All \(counts.all) · " + totals }
        return state.view.title + " \(state.list.total) · 全部 \(counts.all) · " + totals
    }

    /// Markers, a space, then the title and the right-aligned site and date.
    static func row(_ s: ArticleSummary, marks: ArticleMarks, width: Int, theme: Theme) -> String {
        let markers = String(marks.isRead ? " " : theme.unreadMark) + String(marks.isFavorite ? theme.favoriteMark : " ")
        // Too narrow for a title: the markers still tell unread and favourite apart.
        guard width > 3 else { return String((markers + " ").prefix(width)) }
        return markers + " " + Truncation.listRow(title: s.title.singleLine, date: right(s, width: width), width: width - 3)
    }

    /// Site and date when there is room, the date alone when less, nothing
    /// when the title needs every column.
    static func right(_ s: ArticleSummary, width: Int) -> String {
        if width >= 50 { return Truncation.truncate(s.site.singleLine, to: 10) + " " + s.published.dateString }
        if width >= 24 { return s.published.dateString }
        return ""
    }

    static func merge(_ base: Style, _ over: Style) -> Style {
        var s = base
        s.reverse = s.reverse || over.reverse
        s.underline = s.underline || over.underline
        s.bold = s.bold || over.bold
        if over.fg != nil { s.fg = over.fg }
        if over.bg != nil { s.bg = over.bg }
        return s
    }
}
