import YueduCore
import YueduModel
import YueduText

/// The plain-text rendering of `yuedu show`: the reader's own article layout
/// (title, meta line, body, through the same engine and at the same width
/// rules as the article pane), then the related-reading list.
enum ArticleText {
    static func render(_ detail: ArticleDetail, width: Int) -> String {
        let width = max(width, 4)
        var lines = ArticleDocument.layout(detail, width: width).rows.map(\.text)
        let a = detail.article
        if !a.related.isEmpty {
            let options = LayoutOptions(width: width, locale: a.language.lineBreakLocale)
            func wrap(_ text: String) -> [String] { LineWrapper.wrap(text, options: options) }
            lines += ["", "相关阅读"]
            for (index, item) in a.related.enumerated() {
                lines += wrap("\(index + 1). " + item.title)
                let date = item.date.map { item.yearInferred ? $0.dateString + " (year inferred)" : $0.dateString }
                    ?? item.dateAsWritten
                lines += wrap("   " + [item.source, date].filter { !$0.isEmpty }.joined(separator: "  "))
                if !item.excerpt.isEmpty { lines += wrap("   " + item.excerpt) }
                lines += wrap("   " + (item.targetKey.map { "→ " + $0 } ?? "(not in the library)"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
