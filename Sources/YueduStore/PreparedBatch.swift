import GRDB
import YueduSearchIndex
import YueduModel
import YueduText

/// Articles ready to be written: everything derived from them (hash, title
/// keys, the search index's postings) is computed on every core before the
/// write transaction starts, so the transaction holds the lock only for
/// SQL, and an import can prepare the next batch while this one is written.
public struct PreparedBatch: Sendable {
    /// Most articles one batch may hold (positions in `GramPostings`).
    public static let maxCount = GramPostings.maxArticles

    let articles: [PreparedArticle]
    let postings: GramPostings

    public init(_ articles: [Article]) {
        self.init(prepared: articles.parallelMap(PreparedArticle.init))
    }

    /// From articles already prepared, each with its grams.
    init(prepared: [PreparedArticle]) {
        precondition(prepared.count <= Self.maxCount, "a batch holds at most \(Self.maxCount) articles")
        postings = GramPostings(grams: prepared.map(\.grams))
        articles = prepared.map(\.withoutGrams)
    }

    public var count: Int { articles.count }
}

/// One article of a `PreparedBatch` with what is derived from it.
struct PreparedArticle: Sendable {
    let article: Article
    let hash: Int64
    let titleKey: String
    /// The paragraphs as stored (`ParagraphCodec`, then `StoredText`).
    let body: DatabaseValue
    /// The related items as stored (`RelatedCodec`, then `StoredText`).
    let related: DatabaseValue
    /// Their title keys as stored (`RelatedCodec.encodeTitleKeys`).
    let relatedTitleKeys: String
    /// Its search grams, until they are gathered into the batch's postings.
    private(set) var grams: [UInt64]

    init(_ article: Article) {
        self.article = article
        hash = ContentHash.of(article)
        titleKey = TitleKey.normalize(article.title)
        body = StoredText.encode(ParagraphCodec.encode(article.paragraphs))
        related = StoredText.encode(RelatedCodec.encode(article.related))
        relatedTitleKeys = RelatedCodec.encodeTitleKeys(article.related)
        grams = SearchDocument.grams(title: article.title, paragraphs: article.paragraphs,
                                     source: article.source, site: article.site)
    }

    var withoutGrams: PreparedArticle {
        var copy = self
        copy.grams = []
        return copy
    }
}
