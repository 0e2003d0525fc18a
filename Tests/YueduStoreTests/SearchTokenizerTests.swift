import GRDB
import Testing
@testable import YueduStore

@Suite struct SearchTokenizerTests {
    private func tokens(document: String? = nil, query: String? = nil) throws -> [String] {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            db.add(tokenizer: SearchTokenizer.self)
            let tokenizer = try db.makeTokenizer(SearchTokenizer.tokenizerDescriptor())
            if let document { return try tokenizer.tokenize(document: document).map(\.token) }
            return try tokenizer.tokenize(query: query ?? "").map(\.token)
        }
    }

    @Test func a_document_yields_every_run_of_three_characters_unfolded() throws {
        #expect(try tokens(document: "abcd") == ["abc", "bcd"])
        #expect(try tokens(document: "教育局长") == ["教育局", "育局长"])
        #expect(try tokens(document: "A😀é\u{E000}") == ["A😀é", "😀é\u{E000}"])
    }

    @Test func a_document_shorter_than_three_characters_yields_nothing() throws {
        #expect(try tokens(document: "教育").isEmpty)
    }

    @Test func a_short_query_term_is_one_token_for_a_prefix_lookup() throws {
        #expect(try tokens(query: "教育") == ["教育"])
        #expect(try tokens(query: "a") == ["a"])
        #expect(try tokens(query: "教育局") == ["教育局"])
    }
}
