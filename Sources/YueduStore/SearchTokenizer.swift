import GRDB

/// SQLite's trigram tokenizer, plus one thing it cannot do: a query term of
/// one or two characters becomes a single token, so `"教育"*` finds every
/// trigram that starts with 教育 (a prefix lookup in the index). Documents are
/// handed straight to the C tokenizer, so indexing runs at C speed.
final class SearchTokenizer: FTS5CustomTokenizer {
    static let name = "yuedu_trigram"
    private let trigram: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        // Text arrives already folded (SearchFold), so the tokenizer must not fold again.
        trigram = try db.makeTokenizer(FTS5TokenizerDescriptor(components: ["trigram", "case_sensitive", "1"]))
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        if tokenization.contains(.query), let pText, nText > 0,
           Self.scalarCount(pText, nText, atMost: 3) < 3 {
            return tokenCallback(context, 0, pText, nText, 0, nText)
        }
        return trigram.tokenize(context: context, tokenization: tokenization, pText: pText, nText: nText,
                                tokenCallback: tokenCallback)
    }

    /// Unicode scalars in UTF-8 bytes, counting no further than `limit`.
    private static func scalarCount(_ text: UnsafePointer<CChar>, _ length: CInt, atMost limit: Int) -> Int {
        var count = 0
        for i in 0..<Int(length) where UInt8(bitPattern: text[i]) & 0xC0 != 0x80 {
            count += 1
            if count >= limit { break }
        }
        return count
    }
}
