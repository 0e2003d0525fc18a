// Paragraph layout as the other modules call it: the rules are in
// ParagraphLayout.swift, GreedyWrap.swift, BreakOpportunities.swift and Kinsoku.swift.

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
