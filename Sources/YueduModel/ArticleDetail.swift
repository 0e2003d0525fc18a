/// An article opened for reading: its content (related items carry their
/// resolved `targetKey`) and the reader's state.
public struct ArticleDetail: Hashable, Sendable {
    public var id: Int64
    public var article: Article
    public var state: ReaderState
    public init(id: Int64, article: Article, state: ReaderState) {
        self.id = id; self.article = article; self.state = state
    }
}
