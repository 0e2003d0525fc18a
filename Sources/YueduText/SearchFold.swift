// Part of the text engine's public surface: it routes to the rules in Folding.swift and HighlightMapping.swift.

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
