/// Where the reader stopped in an article, independent of the pane width:
/// a paragraph index and a character (grapheme) offset into it. Paragraph -1
/// is the heading (title and meta line).
public struct ReadingPosition: Hashable, Sendable, Codable {
    public var paragraph: Int
    public var character: Int
    public init(paragraph: Int, character: Int) { self.paragraph = paragraph; self.character = character }
    public static let top = ReadingPosition(paragraph: -1, character: 0)
}

/// The reader's own marks on an article, keyed by the article's stable key so
/// they survive re-imports. Times are seconds since 1970 (UTC).
public struct ReaderState: Hashable, Sendable, Codable {
    public var key: String
    public var readAt: Int64?
    public var favoriteAt: Int64?
    public var position: ReadingPosition?
    public init(key: String, readAt: Int64? = nil, favoriteAt: Int64? = nil, position: ReadingPosition? = nil) {
        self.key = key; self.readAt = readAt; self.favoriteAt = favoriteAt; self.position = position
    }
}
