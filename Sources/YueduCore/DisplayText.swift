import YueduModel
import YueduText

/// The one place display text is derived from library text: every list row,
/// search hit and article passes through it as it enters the state
/// (`reduce`), before anything measures, wraps or truncates it, so each
/// article is converted once and every width the panes compute is the width
/// drawn. Two steps, in this order: the script conversion (OpenCC, on the
/// text as imported, with offset maps back to it), then `ascii_punctuation`.
/// Text the UI adds itself (the truncation mark, borders) is the theme's and
/// CellBuffer's business.
public struct DisplayText: Equatable, Sendable {
    public var asciiPunctuation: Bool
    public var conversion: ScriptConversion

    public init(_ preferences: Preferences, conversion: ScriptConversion? = nil) {
        asciiPunctuation = preferences.asciiPunctuation
        self.conversion = conversion ?? preferences.conversion
    }

    /// Changes nothing: `apply` can skip the copying.
    public var isIdentity: Bool { !asciiPunctuation && conversion == .none }

    public func callAsFunction(_ text: String) -> String {
        let converted = conversion == .none ? text : ((try? ScriptConverter.convert(text, conversion)) ?? text)
        return asciiPunctuation ? Sanitizer.asciiForAmbiguous(converted) : converted
    }

    public func summary(_ row: ArticleSummary) -> ArticleSummary {
        var row = row
        row.title = self(row.title); row.site = self(row.site); row.source = self(row.source); row.editor = self(row.editor)
        return row
    }

    /// A hit's text converted, its match ranges carried onto the converted
    /// text (软件 found in the title highlights 軟體). ascii_punctuation
    /// leaves hits alone: their ranges count the text's characters.
    public func hit(_ hit: SearchHit) -> SearchHit {
        guard conversion != .none,
              let title = try? ScriptConverter.convertWithOffsets(hit.summary.title, conversion),
              let snippet = try? ScriptConverter.convertWithOffsets(hit.snippet, conversion)
        else { return hit }
        var converted = hit
        var rest = hit.summary
        rest.title = ""  // converted above, with its offsets
        converted.summary = DisplayText(conversion: conversion).summary(rest)
        converted.summary.title = title.text
        converted.snippet = snippet.text
        converted.titleMatches = hit.titleMatches.map(title.offsets.converted)
        converted.snippetMatches = hit.snippetMatches.map(snippet.offsets.converted)
        return converted
    }

    private init(conversion: ScriptConversion) { asciiPunctuation = false; self.conversion = conversion }

    /// The article as the panes show it, and for each paragraph where its
    /// Characters came from (empty when nothing changed lengths: no
    /// conversion). Converted through `cache`, so an article is run through
    /// OpenCC once per conversion, not on every open or toggle.
    public func article(_ detail: ArticleDetail, cache: inout DisplayConversionCache) -> DisplayedArticle {
        var article = detail.article
        var offsets: [ConversionOffsets] = [], titleOffsets: ConversionOffsets?
        if conversion != .none, let converted = try? cache.converted(Self.source(of: article), key: article.key,
                                                                     conversion: conversion) {
            Self.fill(&article, from: converted)
            offsets = converted.paragraphs.map(\.offsets)
            titleOffsets = converted.title.offsets
        }
        if asciiPunctuation { article = Self.ascii(article) }
        var shown = detail
        shown.article = article
        return DisplayedArticle(detail: shown, offsets: offsets, titleOffsets: titleOffsets)
    }

    /// The cache's view of an article. The meta line's fields (site, source,
    /// editor) and each related item's (title, source, excerpt) travel as one
    /// string joined by NUL, which OpenCC never converts across.
    static func source(of article: Article) -> ArticleDisplayText {
        ArticleDisplayText(title: article.title, meta: joined([article.site, article.source, article.editor]),
                           paragraphs: article.paragraphs,
                           related: article.related.map { joined([$0.title, $0.source, $0.excerpt]) })
    }

    static func fill(_ article: inout Article, from converted: ConvertedArticleText) {
        article.title = converted.title.text
        if let meta = split(converted.meta.text, 3) { article.site = meta[0]; article.source = meta[1]; article.editor = meta[2] }
        article.paragraphs = converted.paragraphs.map(\.text)
        for (index, item) in converted.related.enumerated() where index < article.related.count {
            guard let fields = split(item.text, 3) else { continue }
            article.related[index].title = fields[0]; article.related[index].source = fields[1]
            article.related[index].excerpt = fields[2]
        }
    }

    private static func joined(_ fields: [String]) -> String { fields.joined(separator: "\u{0}") }

    /// nil when a field itself held a NUL: that field set stays as imported.
    private static func split(_ text: String, _ count: Int) -> [String]? {
        let fields = text.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
        return fields.count == count ? fields : nil
    }

    static func ascii(_ article: Article) -> Article {
        let a: (String) -> String = Sanitizer.asciiForAmbiguous
        var article = article
        article.title = a(article.title); article.site = a(article.site)
        article.source = a(article.source); article.editor = a(article.editor)
        article.paragraphs = article.paragraphs.map(a)
        article.related = article.related.map { item in
            var item = item
            item.title = a(item.title); item.source = a(item.source); item.excerpt = a(item.excerpt)
            return item
        }
        return article
    }

    /// The action with its list text as the panes show it. An arriving
    /// article is converted by `receiveArticle`, which keeps it as imported too.
    func apply(to action: Action) -> Action {
        guard !isIdentity else { return action }
        switch action {
        case .pageLoaded(let filter, let offset, let rows, let total):
            return .pageLoaded(filter: filter, offset: offset, rows: rows.map(summary), total: total)
        case .searchResultsLoaded(let ticket, let query, let hits, let isComplete):
            return .searchResultsLoaded(ticket: ticket, query: query, hits: hits.map(hit), isComplete: isComplete)
        default:
            return action
        }
    }
}

/// An article as shown, with the map from its paragraphs back to the text
/// as imported (reading positions are kept in imported offsets).
public struct DisplayedArticle: Equatable, Sendable {
    public var detail: ArticleDetail
    /// Per paragraph, imported → shown; empty means one to one.
    public var offsets: [ConversionOffsets]
    /// The title's, for its highlights; nil means one to one.
    public var titleOffsets: ConversionOffsets?
}
