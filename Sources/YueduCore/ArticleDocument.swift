import YueduModel
import YueduText

/// An article laid out for a given width: its rows, and the mapping between
/// rows and the width-independent ReadingPosition. Pure, so `yuedu show` and
/// the reader share it; the reducer keeps the current one in state and lays
/// out again only on open and resize.
public struct ArticleDocument: Equatable, Sendable {
    public enum RowKind: Equatable, Sendable { case title, meta, blank, body }

    public struct Row: Equatable, Sendable {
        public var text: String
        public var kind: RowKind
        /// Paragraph index; -1 for the heading (title and meta line).
        public var paragraph: Int
        /// Offset in Characters of the row's first character in its paragraph
        /// as stored (before sanitizing), so positions survive any change to
        /// what sanitizing drops; the indent maps to 0.
        public var character: Int
        public init(text: String, kind: RowKind, paragraph: Int, character: Int) {
            self.text = text; self.kind = kind; self.paragraph = paragraph; self.character = character
        }
    }

    public let width: Int
    public let rows: [Row]

    public init(width: Int, rows: [Row]) { self.width = width; self.rows = rows }

    public static func layout(_ detail: ArticleDetail, width: Int, preferences: Preferences = .standard) -> ArticleDocument {
        layout(detail.article, width: width, indent: preferences.firstLineIndent, asciiPunctuation: preferences.asciiPunctuation)
    }

    /// Title, meta line, a blank row, then the body paragraphs separated by
    /// blank rows. zh and ja get the first-line indent of Chinese/Japanese
    /// typesetting (unless `indent` is off); every row goes through the text
    /// engine. `asciiPunctuation` spells ambiguous-width punctuation in ASCII
    /// before wrapping, so the widths the wrapper counts are the drawn ones.
    public static func layout(_ article: Article, width: Int, indent indentWanted: Bool = true,
                              asciiPunctuation: Bool = false) -> ArticleDocument {
        let width = max(1, width)
        func display(_ text: String) -> String { asciiPunctuation ? Sanitizer.asciiForAmbiguous(text) : text }
        let locale = article.language.lineBreakLocale
        var rows: [Row] = []
        for line in LineWrapper.wrap(display(article.title), options: LayoutOptions(width: width, locale: locale)) {
            rows.append(Row(text: line, kind: .title, paragraph: -1, character: 0))
        }
        for line in metaRows(article, width: width, locale: locale, display: display) {
            rows.append(Row(text: line, kind: .meta, paragraph: -1, character: 0))
        }
        let indent = indentWanted && (article.language == .zh || article.language == .ja)
        let options = LayoutOptions(width: width, locale: locale, indentFirstLine: indent)
        for (index, original) in article.paragraphs.enumerated() {
            let paragraph = display(original)
            rows.append(Row(text: "", kind: .blank, paragraph: index, character: 0))
            for row in LineWrapper.rows(paragraph, options: options) {
                rows.append(Row(text: row.text, kind: .body, paragraph: index, character: row.sourceRange.lowerBound))
            }
        }
        return ArticleDocument(width: width, rows: rows)
    }

    /// `site · 2024-01-08 09:30 · 1234 views · 来源 X · 编辑 Y`, empty parts left out.
    public static func metaLine(_ article: Article) -> String { metaFields(article).joined(separator: " · ") }

    static func metaFields(_ article: Article) -> [String] {
        var fields: [String] = []
        if !article.site.isEmpty { fields.append(article.site) }
        fields.append(article.published.displayString)
        if let views = article.views { fields.append("\(views) views") }
        if !article.source.isEmpty { fields.append("来源 " + article.source) }
        if !article.editor.isEmpty { fields.append("编辑 " + article.editor) }
        return fields
    }

    /// The meta line packed field by field, so a name or a date is never cut
    /// between rows; only a field wider than the row is wrapped inside.
    static func metaRows(_ article: Article, width: Int, locale: String,
                         display: (String) -> String = { $0 }) -> [String] {
        var rows: [String] = [], current = ""
        for field in metaFields(article).map({ Sanitizer.sanitize(display($0)) }) {
            let joined = current.isEmpty ? field : current + " · " + field
            if TextWidth.of(joined) <= width { current = joined; continue }
            if !current.isEmpty { rows.append(current) }
            var pieces = LineWrapper.wrap(field, options: LayoutOptions(width: width, locale: locale))
            current = pieces.popLast() ?? ""
            rows += pieces
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// The position a reader at `row` (the pane's top row) has reached.
    public func position(atRow row: Int) -> ReadingPosition {
        guard !rows.isEmpty else { return .top }
        let r = rows[max(0, min(row, rows.count - 1))]
        return r.paragraph < 0 ? .top : ReadingPosition(paragraph: r.paragraph, character: r.character)
    }

    /// The row that shows `position`: the last row of its paragraph starting
    /// at or before its character.
    public func row(for position: ReadingPosition) -> Int {
        guard position.paragraph >= 0 else { return 0 }
        var found: Int?
        for (index, row) in rows.enumerated() where row.paragraph == position.paragraph {
            if found == nil || (row.kind == .body && row.character <= position.character) { found = index }
        }
        if let found { return found }
        return rows.lastIndex { $0.paragraph >= 0 && $0.paragraph < position.paragraph } ?? 0
    }

    /// Every match of `query` (search terms, folded as the search folds)
    /// row by row. A match broken across two rows is not found.
    public func matches(of query: String) -> [DocumentMatch] {
        let terms = SearchTerms.parse(query)
        guard !terms.isEmpty else { return [] }
        var out: [DocumentMatch] = []
        for (index, row) in rows.enumerated() where row.kind != .blank {
            for range in SearchFold.matchRanges(ofAny: terms, in: row.text) {
                out.append(DocumentMatch(row: index, characters: range))
            }
        }
        return out
    }
}

/// A search match in a laid-out article: a row and Character offsets in it.
public struct DocumentMatch: Hashable, Sendable {
    public var row: Int
    public var characters: Range<Int>
    public init(row: Int, characters: Range<Int>) { self.row = row; self.characters = characters }
}
