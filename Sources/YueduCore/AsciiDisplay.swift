import YueduModel
import YueduText

/// `ascii_punctuation`: text from the library is respelled as it enters the
/// state, before anything measures, wraps or truncates it, so every width
/// the panes compute is the width drawn. (Text the UI adds itself, such as
/// the truncation mark, is handled cell by cell in CellBuffer.) Search hits
/// keep their text: their match ranges count its characters.
extension Action {
    func asciiForDisplay() -> Action {
        let a = Sanitizer.asciiForAmbiguous
        switch self {
        case .pageLoaded(let filter, let offset, let rows, let total):
            let rows = rows.map { row in
                var row = row
                row.title = a(row.title); row.site = a(row.site); row.source = a(row.source); row.editor = a(row.editor)
                return row
            }
            return .pageLoaded(filter: filter, offset: offset, rows: rows, total: total)
        case .articleLoaded(var detail):
            var article = detail.article
            article.title = a(article.title); article.site = a(article.site)
            article.source = a(article.source); article.editor = a(article.editor)
            article.paragraphs = article.paragraphs.map(a)
            article.related = article.related.map { item in
                var item = item
                item.title = a(item.title); item.source = a(item.source); item.excerpt = a(item.excerpt)
                return item
            }
            detail.article = article
            return .articleLoaded(detail)
        default:
            return self
        }
    }
}
