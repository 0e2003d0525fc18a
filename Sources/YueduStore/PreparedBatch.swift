import Dispatch
import YueduModel
import YueduText

/// Articles ready to be written: everything derived from them (hash, title
/// keys, folded search text) is computed on every core before the write
/// transaction starts, so the transaction holds the lock only for SQL, and
/// an import can prepare the next batch while this one is written.
public struct PreparedBatch: Sendable {
    let articles: [PreparedArticle]

    public init(_ articles: [Article]) { self.articles = PreparedArticle.all(articles) }

    public var count: Int { articles.count }
}

/// One article of a `PreparedBatch` with what is derived from it.
struct PreparedArticle: Sendable {
    let article: Article
    let hash: Int64
    let titleKey: String
    let body: String
    let relatedKeys: [String]
    let searchText: String
    let searchTitle: String

    init(_ article: Article) {
        self.article = article
        hash = ContentHash.of(article)
        titleKey = TitleKey.normalize(article.title)
        body = ParagraphCodec.encode(article.paragraphs)
        relatedKeys = article.related.map { TitleKey.normalize($0.title) }
        searchText = SearchDocument.indexedText(title: article.title, paragraphs: article.paragraphs,
                                                source: article.source, site: article.site)
        searchTitle = SearchDocument.indexedTitle(article.title)
    }

    /// Prepares articles in parallel; the order of the result is the input's.
    static func all(_ articles: [Article]) -> [PreparedArticle] {
        let count = articles.count
        guard count > 1 else { return articles.map(PreparedArticle.init) }
        let slots = Slots(count: count)
        let chunk = 64
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
            for i in part * chunk..<min(count, part * chunk + chunk) { slots.set(i, PreparedArticle(articles[i])) }
        }
        return slots.values
    }

    /// One slot per article, each written by exactly one worker. The slots
    /// are raw memory on purpose: an Array mutated from several threads,
    /// even through `withUnsafeMutableBufferPointer` (which moves the array
    /// out while its closure runs), crashes when two writes overlap.
    private final class Slots: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<PreparedArticle?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
        func set(_ i: Int, _ value: PreparedArticle) { storage[i] = value }
        var values: [PreparedArticle] { storage.map { $0! } }
    }
}
