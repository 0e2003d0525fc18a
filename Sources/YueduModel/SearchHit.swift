/// One search result: the article's list row, a snippet around the first
/// body match, and where the query matched, as ranges of Character
/// (grapheme) offsets into `summary.title` and `snippet`.
public struct SearchHit: Hashable, Sendable {
    public var summary: ArticleSummary
    public var snippet: String
    public var titleMatches: [Range<Int>]
    public var snippetMatches: [Range<Int>]
    public init(summary: ArticleSummary, snippet: String, titleMatches: [Range<Int>], snippetMatches: [Range<Int>]) {
        self.summary = summary; self.snippet = snippet; self.titleMatches = titleMatches; self.snippetMatches = snippetMatches
    }
}
