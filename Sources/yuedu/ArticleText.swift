import YueduModel
import YueduText

/// The plain-text rendering of `yuedu show`: title, meta line, body and
/// related reading, each paragraph wrapped to `width` columns. One function,
/// so the reader's article layout can take its place later.
enum ArticleText {
    static func render(_ detail: ArticleDetail, width: Int) -> String {
        let a = detail.article
        let locale = a.language.lineBreakLocale
        let indent = a.language == .zh || a.language == .ja
        func wrap(_ text: String, indented: Bool = false) -> [String] {
            LineWrapper.wrap(text, options: LayoutOptions(width: max(width, 4), locale: locale, indentFirstLine: indented))
        }
        var meta = [a.site, a.published.displayString]
        if let views = a.views { meta.append("围观\(views)次") }
        var lines = wrap(a.title) + wrap(meta.joined(separator: "  ")) + [""]
        for paragraph in a.paragraphs { lines += wrap(paragraph, indented: indent) }
        var credits: [String] = []
        if !a.source.isEmpty { credits.append("来源：\(a.source)") }
        if !a.editor.isEmpty { credits.append("责任编辑：\(a.editor)") }
        if !credits.isEmpty { lines += [""] + wrap(credits.joined(separator: "  ")) }
        if !a.related.isEmpty {
            lines += ["", "相关阅读"]
            for item in a.related {
                lines += wrap("• " + item.title)
                lines += wrap("  " + [item.source, item.dateAsWritten].filter { !$0.isEmpty }.joined(separator: "  "))
                if !item.excerpt.isEmpty { lines += wrap("  " + item.excerpt) }
                if let target = item.targetKey { lines += wrap("  → " + target) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
