import YueduCore
import YueduModel
import YueduText

/// The open article: its laid-out rows from the scroll position, search
/// matches highlighted, and a position indicator in the bottom border.
enum ArticlePane {
    static func render(_ state: AppState, box: Region, text: Region, theme: Theme, into buffer: inout CellBuffer) {
        let content = box.inner
        var title = "文章 Article"
        if state.openArticleMarks?.isFavorite == true { title += " " + String(theme.favoriteMark) }
        buffer.putTitle(title, box: box, style: state.focus == .article ? theme.focusedPaneTitle : theme.paneTitle)
        guard content.width > 0, content.height > 0 else { return }
        guard let open = state.article else {
            let message = state.pendingOpen != nil ? "加载中 loading…" : "按 Enter 打开文章 press Enter to open an article"
            let lines = LineWrapper.wrap(message, options: LayoutOptions(width: content.width))
            for (i, line) in lines.prefix(content.height).enumerated() {
                buffer.putRow(line, x: content.x, y: content.y + i, width: content.width, style: theme.dim)
            }
            return
        }
        let rows = open.document.rows
        for i in 0..<text.height {
            let index = open.scroll + i
            guard index < rows.count else { break }
            let row = rows[index]
            let style: Style
            switch row.kind {
            case .title: style = theme.articleTitle
            case .meta: style = theme.meta
            case .blank, .body: style = theme.body
            }
            let line = Truncation.truncate(row.text, to: text.width)
            buffer.putRow(line, x: text.x, y: text.y + i, width: text.width, style: style)
            for (m, match) in open.matches.enumerated() where match.row == index {
                buffer.highlight([match.characters], of: line, x: text.x, y: text.y + i, maxWidth: text.width,
                                 style: m == open.currentMatch ? theme.currentMatch : theme.match)
            }
        }
        let indicator = " " + positionIndicator(open, height: text.height) + " "
        let width = TextWidth.of(indicator)
        let x = box.x + box.width - 2 - width, y = box.y + box.height - 1
        // Only over bare border (never over the narrow-mode pane tabs), with a dash either side.
        let free = x > box.x + 1 && (x - 1..<x + width).allSatisfy { buffer[$0, y].text == String(theme.borders.horizontal) }
        if free { buffer.put(indicator, x: x, y: y, maxWidth: width, style: theme.paneTitle) }
    }

    /// `24/80 30%`: the last row shown, the row count, and how far that is;
    /// `24/80+` while the rest of the article is still being laid out.
    static func positionIndicator(_ open: OpenArticle, height: Int) -> String {
        let total = open.document.rows.count
        let shown = min(total, open.scroll + height)
        guard open.document.isComplete else { return "\(shown)/\(total)+" }
        let percent = total == 0 ? 100 : shown * 100 / total
        return "\(shown)/\(total) \(percent)%"
    }
}
