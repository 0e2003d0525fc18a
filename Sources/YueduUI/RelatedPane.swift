import YueduCore
import YueduModel
import YueduText

/// 相关阅读: numbered items (the number keys open them), each marked in the
/// library (→) or not (·), with source and full date; below them the
/// selected item's excerpt.
enum RelatedPane {
    static func render(_ state: AppState, box: Region, theme: Theme, into buffer: inout CellBuffer) {
        let content = box.inner
        let items = state.article?.detail.article.related ?? []
        buffer.putTitle("相关阅读 Related \(items.count)", box: box,
                        style: state.focus == .related ? theme.focusedPaneTitle : theme.paneTitle)
        guard content.width > 0, content.height > 0 else { return }
        guard !items.isEmpty else {
            let message = state.article == nil ? "（无文章）no article open" : "（无相关阅读）no related reading"
            buffer.putRow(message, x: content.x, y: content.y, width: content.width, style: theme.dim)
            return
        }
        // The same window the mouse maps presses through.
        let shown = state.relatedListRows(height: content.height)
        let selection = max(0, min(state.relatedSelection, items.count - 1))
        for (i, index) in shown.enumerated() {
            let selected = index == selection
            var style = theme.row
            if selected { style = state.focus == .related ? theme.selection : theme.inactiveSelection }
            buffer.putRow(row(items[index], number: index + 1, width: content.width, theme: theme),
                          x: content.x, y: content.y + i, width: content.width, style: style)
        }
        let item = items[selection]
        var y = content.y + shown.count + 1
        let end = content.y + content.height
        guard y < end else { return }
        let note = item.targetKey == nil ? String(theme.notInLibraryMark) + " 不在库中 not in the library"
                                         : String(theme.inLibraryMark) + " 在库中 in the library: Enter"
        buffer.putRow(note, x: content.x, y: y, width: content.width, style: theme.dim)
        y += 1
        let locale = state.article?.detail.article.language.lineBreakLocale ?? "zh"
        for line in LineWrapper.wrap(item.excerpt, options: LayoutOptions(width: content.width, locale: locale)) {
            guard y < end else { break }
            buffer.putRow(line, x: content.x, y: y, width: content.width, style: theme.body)
            y += 1
        }
    }

    /// `1 → 标题…  来源 2024?-09-26`
    static func row(_ item: RelatedItem, number: Int, width: Int, theme: Theme) -> String {
        let mark = item.targetKey == nil ? theme.notInLibraryMark : theme.inLibraryMark
        let prefix = (number < 10 ? "\(number)" : "·") + String(mark) + " "
        guard width > 3 else { return Truncation.truncate(prefix, to: width) }
        var right = date(item)
        if width >= 40, !item.source.isEmpty { right = Truncation.truncate(item.source.singleLine, to: 8) + " " + right }
        if width < 24 { right = "" }
        return prefix + Truncation.listRow(title: item.title.singleLine, date: right, width: width - 3)
    }

    /// The full date; a year the page left out and the importer inferred is
    /// marked `2024?-09-26`. Without a full date, the date as written.
    static func date(_ item: RelatedItem) -> String {
        guard let d = item.date else { return item.dateAsWritten }
        guard item.yearInferred else { return d.dateString }
        let text = d.dateString
        return String(text.prefix(4)) + "?" + String(text.dropFirst(4))
    }
}
