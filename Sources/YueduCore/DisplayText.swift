import YueduModel
import YueduText

/// The one place display text is derived from library text: every list row
/// and article passes through it as it enters the state (`reduce`), before
/// anything measures, wraps or truncates it, so each article is converted
/// once and every width the panes compute is the width drawn. Today's one
/// transform is `ascii_punctuation`; another (a script conversion) is one
/// more step in `callAsFunction`. Search hits keep their text: their match
/// ranges count its characters. Text the UI adds itself (the truncation
/// mark, borders) is the theme's and CellBuffer's business.
public struct DisplayText: Equatable, Sendable {
    public var asciiPunctuation: Bool

    public init(_ preferences: Preferences) { asciiPunctuation = preferences.asciiPunctuation }

    /// Changes nothing: `apply` can skip the copying.
    public var isIdentity: Bool { !asciiPunctuation }

    public func callAsFunction(_ text: String) -> String {
        asciiPunctuation ? Sanitizer.asciiForAmbiguous(text) : text
    }

    public func summary(_ row: ArticleSummary) -> ArticleSummary {
        var row = row
        row.title = self(row.title); row.site = self(row.site); row.source = self(row.source); row.editor = self(row.editor)
        return row
    }

    public func article(_ article: Article) -> Article {
        var article = article
        article.title = self(article.title); article.site = self(article.site)
        article.source = self(article.source); article.editor = self(article.editor)
        article.paragraphs = article.paragraphs.map { self($0) }
        article.related = article.related.map { item in
            var item = item
            item.title = self(item.title); item.source = self(item.source); item.excerpt = self(item.excerpt)
            return item
        }
        return article
    }

    /// The action with its library text as the panes show it.
    func apply(to action: Action) -> Action {
        guard !isIdentity else { return action }
        switch action {
        case .pageLoaded(let filter, let offset, let rows, let total):
            return .pageLoaded(filter: filter, offset: offset, rows: rows.map(summary), total: total)
        case .articleLoaded(var detail):
            detail.article = article(detail.article)
            return .articleLoaded(detail)
        default:
            return action
        }
    }
}
