import GRDB

/// The FTS5 tokenizer of the search index before migration 5 (SQLite's
/// trigram tokenizer under our name). The search no longer uses it, but
/// FTS5 tables that name it can be neither created (migration 2, which
/// still runs on a new library) nor dropped (migration 5) unless SQLite
/// knows it, so every connection registers it.
final class RetiredTrigramTokenizer: FTS5CustomTokenizer {
    static let name = "yuedu_trigram"
    private let trigram: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        trigram = try db.makeTokenizer(FTS5TokenizerDescriptor(components: ["trigram", "case_sensitive", "1"]))
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        trigram.tokenize(context: context, tokenization: tokenization, pText: pText, nText: nText,
                         tokenCallback: tokenCallback)
    }
}
