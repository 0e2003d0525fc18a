// The public surface of the text engine that other modules build against.
// The rules live in the files named after them; this file only routes.

/// Options for laying out one paragraph.
public struct LayoutOptions: Hashable, Sendable {
    /// Columns available; every row returned is at most this wide.
    public var width: Int
    /// ICU locale for break opportunities: "zh", "ja@lb=strict", "ko", "en".
    public var locale: String
    /// Indent the first line with two U+3000 (Chinese/Japanese typesetting).
    public var indentFirstLine: Bool
    /// Let closing punctuation hang past the edge (off by default, L3).
    public var hangingPunctuation: Bool
    /// Korean breaks at spaces only (L10, on by default); false breaks
    /// between any two syllables as ICU does.
    public var koreanKeepAll: Bool

    public init(width: Int, locale: String = "zh", indentFirstLine: Bool = false, hangingPunctuation: Bool = false,
                koreanKeepAll: Bool = true) {
        self.width = width; self.locale = locale; self.indentFirstLine = indentFirstLine
        self.hangingPunctuation = hangingPunctuation; self.koreanKeepAll = koreanKeepAll
    }

    /// The layout for an article language code ("zh", "ja", "ko", anything
    /// else): ICU locale, and the first-line indent for zh and ja.
    public static func forLanguage(_ code: String, width: Int) -> LayoutOptions {
        switch code.lowercased().prefix(2) {
        case "zh": return LayoutOptions(width: width, locale: "zh", indentFirstLine: true)
        case "ja": return LayoutOptions(width: width, locale: "ja@lb=strict", indentFirstLine: true)
        case "ko": return LayoutOptions(width: width, locale: "ko")
        default: return LayoutOptions(width: width, locale: "en")
        }
    }
}

public enum TextWidth {
    /// Columns the terminal advances for `s` once sanitized (W2).
    public static func of(_ s: String) -> Int {
        var total = 0
        for scalar in s.unicodeScalars { total += max(LibcWidth.of(scalar.value), 0) }
        return total
    }

    /// Columns for one grapheme cluster (already sanitized).
    public static func of(_ c: Character) -> Int {
        var total = 0
        for scalar in c.unicodeScalars { total += max(LibcWidth.of(scalar.value), 0) }
        return total
    }

    /// libc `wcwidth` of one code point under C.UTF-8, whatever the process
    /// locale: −1 for code points libc does not know.
    public static func libcWidth(_ scalar: Unicode.Scalar) -> Int { LibcWidth.of(scalar.value) }
}

public enum Sanitizer {
    /// Display-safe text (S1–S8): no escape sequences or controls, zero-width
    /// format characters dropped, emoji reduced, NFC. Newlines are kept.
    public static func sanitize(_ s: String) -> String { SanitizePipeline.run(s) }

    /// W3's ASCII mode for terminals that draw ambiguous-width punctuation
    /// double: “”→", ‘’→', …→..., —→-, ·→. (apply before layout).
    public static func asciiForAmbiguous(_ s: String) -> String { AmbiguousSubstitution.apply(s) }
}

/// One laid-out row: its text (not padded), its width in columns, and
/// where its Characters come from in the original paragraph.
public struct WrappedRow: Hashable, Sendable {
    public var text: String
    public var width: Int
    /// For each Character of `text`, the Character offset in the original
    /// (unsanitized) paragraph it shows; the first-line indent maps to 0.
    /// Use it to place search highlights and reading positions.
    public var sourceOffsets: [Int]

    public init(text: String, width: Int, sourceOffsets: [Int] = []) {
        self.text = text; self.width = width; self.sourceOffsets = sourceOffsets
    }

    /// The original Characters this row shows (empty for an empty row).
    public var sourceRange: Range<Int> {
        guard let first = sourceOffsets.first, let last = sourceOffsets.last else { return 0..<0 }
        return first..<(last + 1)
    }
}

public enum LineWrapper {
    /// Sanitizes and lays out one paragraph into rows no wider than
    /// `options.width` (L1–L11). Rows are not padded. A line break inside
    /// the paragraph starts a new row.
    public static func wrap(_ paragraph: String, options: LayoutOptions) -> [String] {
        ParagraphLayout.rows(paragraph, options: options).map(\.text)
    }

    /// Same as `wrap`, with each row's width and the original Characters
    /// it shows (for highlights and reading positions).
    public static func rows(_ paragraph: String, options: LayoutOptions) -> [WrappedRow] {
        ParagraphLayout.rows(paragraph, options: options, sources: true)
    }

    /// Lays out paragraphs, with one empty row between them.
    public static func wrapParagraphs(_ paragraphs: [String], options: LayoutOptions) -> [String] {
        var rows: [String] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { rows.append("") }
            rows.append(contentsOf: wrap(paragraph, options: options))
        }
        return rows
    }

    /// Plain text whose paragraphs are separated by blank lines (what `fmt`
    /// reads). Lines inside a paragraph are joined without a space between
    /// CJK characters, with one otherwise.
    public static func paragraphs(of text: String) -> [String] { TextParagraphs.split(text) }
}

public enum Truncation {
    /// Exactly `cells` columns: padded if it fits, else cut with `…` (T1).
    public static func truncate(_ s: String, to cells: Int) -> String { TruncateRules.truncate(s, to: cells) }

    /// How many Characters of `s` `truncate(s, to: cells)` shows before its
    /// `…` (all when it fits): highlights stop there, never on the `…`.
    public static func visibleCount(_ s: String, to cells: Int) -> Int { TruncateRules.keptCount(s, to: cells) }

    /// How many Characters of `title` a `listRow` shows.
    public static func listRowVisibleTitleCount(title: String, date: String, width: Int) -> Int {
        TruncateRules.keptCount(title, to: TruncateRules.listRowTitleColumns(date: date, width: width))
    }

    /// Title truncated, a space, and the date right-aligned: exactly `width` (T2).
    public static func listRow(title: String, date: String, width: Int) -> String {
        TruncateRules.listRow(title: title, date: date, width: width)
    }
}

public enum SearchFold {
    /// The search fold (N1): NFKC, case fold, Traditional→Simplified, default
    /// ignorables removed. The same at index and query time.
    public static func fold(_ s: String) -> String { Folding.fold(s) }

    /// Changes whenever the fold could fold differently: this algorithm's
    /// revision, ICU's version and OpenCC's dictionaries. An index built
    /// under another version must be rebuilt. Cheap: no fold is run (opening
    /// OpenCC's dictionaries alone takes ~70 ms, too much for every launch).
    public static var version: String { FoldVersion.current }

    /// The fold of `s`, and for every Character of the folded text the
    /// offset of the Character of `s` it came from (N3).
    public static func foldWithMap(_ s: String) -> (folded: String, originalOffsets: [Int]) {
        Folding.foldWithMap(s)
    }

    /// Where the folded `query` occurs in `text`, as Character offset ranges
    /// of the original `text`, for highlighting. Empty query: no ranges.
    public static func matchRanges(of query: String, in text: String) -> [Range<Int>] {
        HighlightMapping.matchRanges(of: query, in: text)
    }

    /// Matches of any of `terms` (a query split into its terms), sorted,
    /// overlaps merged, as Character offset ranges of the original `text`.
    public static func matchRanges(ofAny terms: [String], in text: String) -> [Range<Int>] {
        HighlightMapping.matchRanges(ofAny: terms, in: text)
    }
}
