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
        /// Offset in Characters of the row's first character in its
        /// (sanitized) paragraph, indentation excluded.
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
        for line in LineWrapper.wrap(display(metaLine(article)), options: LayoutOptions(width: width, locale: locale)) {
            rows.append(Row(text: line, kind: .meta, paragraph: -1, character: 0))
        }
        let indent = indentWanted && (article.language == .zh || article.language == .ja)
        let options = LayoutOptions(width: width, locale: locale, indentFirstLine: indent)
        for (index, original) in article.paragraphs.enumerated() {
            let paragraph = display(original)
            rows.append(Row(text: "", kind: .blank, paragraph: index, character: 0))
            let wrapped = LineWrapper.wrap(paragraph, options: options)
            let offsets = characterOffsets(of: wrapped, in: paragraph, indented: indent)
            for (line, offset) in zip(wrapped, offsets) {
                rows.append(Row(text: line, kind: .body, paragraph: index, character: offset))
            }
        }
        return ArticleDocument(width: width, rows: rows)
    }

    /// `site · 2024-01-08 09:30 · 1234 views · 来源 X · 编辑 Y`, empty parts left out.
    public static func metaLine(_ article: Article) -> String {
        var parts: [String] = []
        if !article.site.isEmpty { parts.append(article.site) }
        parts.append(article.published.displayString)
        if let views = article.views { parts.append("\(views) views") }
        if !article.source.isEmpty { parts.append("来源 " + article.source) }
        if !article.editor.isEmpty { parts.append("编辑 " + article.editor) }
        return parts.joined(separator: " · ")
    }

    /// Where each wrapped row starts in the paragraph. The wrapper drops
    /// spaces at breaks and adds the indent, so rows are matched against the
    /// sanitized paragraph rather than counted blindly.
    static func characterOffsets(of rows: [String], in paragraph: String, indented: Bool) -> [Int] {
        let source = Array(Sanitizer.sanitize(paragraph))
        var cursor = 0
        var offsets: [Int] = []
        for (index, row) in rows.enumerated() {
            var count = row.count
            if index == 0, indented, row.hasPrefix("\u{3000}\u{3000}") { count -= 2 }
            let first = row.dropFirst(row.count - count).first
            while cursor < source.count, source[cursor] == " ", first != " " { cursor += 1 }
            offsets.append(min(cursor, source.count))
            cursor += count
        }
        return offsets
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
            for range in TextMatcher.ranges(of: terms, in: row.text) {
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
