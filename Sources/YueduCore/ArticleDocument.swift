import YueduModel
import YueduText

/// An article laid out for a given width: its rows, and the mapping between
/// rows and the width-independent ReadingPosition. Pure, so `yuedu show` and
/// the reader share it; the reducer keeps the current one in state and lays
/// out again only on open and resize. On the UI thread it lays out at most
/// `firstScreenBudget` bytes of text (`firstRows`); the runtime lays out the
/// rest off it, so a 10 MB paragraph never blocks a key.
public struct ArticleDocument: Equatable, Sendable {
    public enum RowKind: Equatable, Sendable { case title, meta, blank, body }

    public struct Row: Equatable, Sendable {
        public var text: String
        public var kind: RowKind
        /// Paragraph index; -1 for the heading (title and meta line).
        public var paragraph: Int
        /// Offset in Characters of the row's first character in its paragraph
        /// as laid out (before sanitizing), so positions survive any change to
        /// what sanitizing drops; the indent maps to 0. OpenArticle maps it
        /// back to the imported text when a script conversion is shown.
        public var character: Int
        public init(text: String, kind: RowKind, paragraph: Int, character: Int) {
            self.text = text; self.kind = kind; self.paragraph = paragraph; self.character = character
        }
    }

    public let width: Int
    public let rows: [Row]
    /// False while only the first rows are laid out: more follow `rows`.
    public let isComplete: Bool

    public init(width: Int, rows: [Row], isComplete: Bool = true) {
        self.width = width; self.rows = rows; self.isComplete = isComplete
    }

    public static func layout(_ detail: ArticleDetail, width: Int, preferences: Preferences = .standard) -> ArticleDocument {
        layout(detail.article, width: width, indent: preferences.firstLineIndent)
    }

    /// Bytes of paragraph text the UI thread lays out when an article opens
    /// or the width changes: many screens' worth, a bounded cost whatever the article.
    public static let firstScreenBudget = 64 * 1024

    /// The rows of the first `budget` bytes of paragraph text, exactly as the
    /// whole layout starts; complete when the article fits.
    public static func firstRows(_ detail: ArticleDetail, width: Int, preferences: Preferences = .standard,
                                 budget: Int = firstScreenBudget) -> ArticleDocument {
        layout(detail.article, width: width, indent: preferences.firstLineIndent, budget: budget)
    }

    /// Title, meta line, a blank row, then the body paragraphs separated by
    /// blank rows. zh and ja get the first-line indent of Chinese/Japanese
    /// typesetting (unless `indent` is off); every row goes through the text
    /// engine. The text is laid out as given: the reducer made it display
    /// text (`DisplayText`) as the article arrived.
    public static func layout(_ article: Article, width: Int, indent indentWanted: Bool = true,
                              budget: Int = .max) -> ArticleDocument {
        let width = max(1, width)
        let locale = article.language.lineBreakLocale
        var rows: [Row] = []
        for line in LineWrapper.wrap(article.title, options: LayoutOptions(width: width, locale: locale)) {
            rows.append(Row(text: line, kind: .title, paragraph: -1, character: 0))
        }
        for line in metaRows(article, width: width, locale: locale) {
            rows.append(Row(text: line, kind: .meta, paragraph: -1, character: 0))
        }
        let indent = indentWanted && (article.language == .zh || article.language == .ja)
        let options = LayoutOptions(width: width, locale: locale, indentFirstLine: indent)
        var remaining = budget
        for (index, original) in article.paragraphs.enumerated() {
            rows.append(Row(text: "", kind: .blank, paragraph: index, character: 0))
            // Over budget: wrap a prefix and drop its last row, which the
            // text after the cut could still change; the rows before it are
            // the whole layout's, as greedy wrapping only looks ahead.
            let cut = original.utf8.count > remaining
            let paragraph = cut ? String(original.prefix(max(0, remaining))) : original
            var wrapped = LineWrapper.rows(paragraph, options: options)
            if cut { wrapped.removeLast(min(1, wrapped.count)) }
            for row in wrapped {
                rows.append(Row(text: row.text, kind: .body, paragraph: index, character: row.sourceRange.lowerBound))
            }
            if cut { return ArticleDocument(width: width, rows: rows, isComplete: false) }
            remaining -= original.utf8.count
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
    static func metaRows(_ article: Article, width: Int, locale: String) -> [String] {
        var rows: [String] = [], current = ""
        for field in metaFields(article).map(Sanitizer.sanitize) {
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

extension ArticleDocument {
    /// Every match of `query` in a document laid out from `shown`, a script
    /// conversion of `imported`: matches are found in the imported text (as
    /// the search found them: 软件 in text shown as 軟體) and carried through
    /// the offsets onto the rows, a match across rows on each. The meta line,
    /// and a row whose text is not its paragraph's (sanitizing dropped
    /// something), are matched as shown.
    public func matches(of query: String, imported: [String], shown: [String], offsets: [ConversionOffsets],
                        title: (imported: String, shown: String, offsets: ConversionOffsets)? = nil)
        -> [DocumentMatch]
    {
        guard !offsets.isEmpty || title != nil else { return matches(of: query) }
        let terms = SearchTerms.parse(query)
        guard !terms.isEmpty else { return [] }
        var out: [DocumentMatch] = []
        func direct(_ index: Int) {
            for range in SearchFold.matchRanges(ofAny: terms, in: rows[index].text) {
                out.append(DocumentMatch(row: index, characters: range))
            }
        }
        /// Rows `range` show `shown` (rows[r] from `starts[r]`, an indent aside), converted from `imported`.
        func mapped(_ range: Range<Int>, starts: [Int], imported: String, shown: String, offsets: ConversionOffsets) {
            guard offsets.originalCount == imported.count, offsets.convertedCount == shown.count else {
                range.forEach(direct)
                return
            }
            let text = Array(shown)
            let found = SearchFold.matchRanges(ofAny: terms, in: imported).map(offsets.converted)
            for (r, start) in zip(range, starts) {
                let row = Array(rows[r].text)
                // The first row may carry the two-space indent the paragraph has not.
                guard let shift = [0, 2].first(where: { s in
                    s <= row.count && start + row.count - s <= text.count
                        && row[s...].elementsEqual(text[start..<(start + row.count - s)])
                }) else { direct(r); continue }
                let stop = start + row.count - shift
                for match in found where match.lowerBound < stop && match.upperBound > start {
                    out.append(DocumentMatch(row: r, characters: (max(match.lowerBound, start) - start + shift)
                                                 ..< (min(match.upperBound, stop) - start + shift)))
                }
            }
        }
        var index = 0
        while index < rows.count {
            let kind = rows[index].kind, p = rows[index].paragraph
            var end = index
            while end < rows.count && rows[end].kind == kind && rows[end].paragraph == p { end += 1 }
            if kind == .body, p < offsets.count, p < imported.count, p < shown.count {
                mapped(index..<end, starts: rows[index..<end].map(\.character), imported: imported[p], shown: shown[p],
                       offsets: offsets[p])
            } else if kind == .title, let title {
                // Title rows keep no offsets: each starts where the last ended, past the spaces a break ate.
                let text = Array(title.shown)
                var starts: [Int] = [], next = 0
                for r in index..<end {
                    while next < text.count, text[next] == " ", rows[r].text.first != " " { next += 1 }
                    starts.append(next)
                    next += rows[r].text.count
                }
                mapped(index..<end, starts: starts, imported: title.imported, shown: title.shown, offsets: title.offsets)
            } else if kind != .blank {
                (index..<end).forEach(direct)
            }
            index = end
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
