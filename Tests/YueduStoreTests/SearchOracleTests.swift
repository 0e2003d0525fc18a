import Testing
import YueduModel
import YueduSearchIndex
@testable import YueduStore
import YueduTestSupport

/// Search against the simplest thing that can be right: fold every
/// article and look for the terms in it. Texts come from a tiny alphabet so
/// that pairs repeat, runs nearly match, and every query length finds
/// something; the library is built by many imports, with re-imports that
/// change text, so that segments merge and leave stale postings behind.
@Suite struct SearchOracleTests {
    private let alphabet = Array("教育发展城乡aB ")

    private func text(_ random: inout SplitMix64, length: Int) -> String {
        String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    @Test func every_query_finds_exactly_the_articles_whose_folded_text_holds_its_terms() throws {
        var random = SplitMix64(seed: 7)
        let store = try LibraryStore.inMemory()
        var current: [String: Article] = [:]
        for round in 0..<40 {
            var batch: [Article] = []
            for _ in 0..<(1 + Int(random.next() % 6)) {
                // Keys repeat across rounds: about a third are re-imports.
                let key = "k\(random.next() % 90)"
                batch.append(makeArticle(key, title: text(&random, length: 4), published: day(2020, 1, 1 + round % 28),
                                         paragraphs: [text(&random, length: 12), text(&random, length: 8)]))
            }
            _ = try store.upsert(batch, importedAt: Int64(round))
            for article in batch { current[article.key] = article }
        }
        for _ in 0..<150 {
            let query = text(&random, length: 1 + Int(random.next() % 4))
            let parsed = SearchQuery(query)
            guard !parsed.isEmpty else { continue }
            let expected = Set(current.values.filter { a in
                let folded = Array(SearchDocument.foldedText(title: a.title, paragraphs: a.paragraphs,
                                                             source: a.source, site: a.site).utf8)
                return parsed.terms.allSatisfy { term in Self.occurs(Array(term.utf8), in: folded) }
            }.map(\.key))
            let found = try store.search(query, limit: 1000).map(\.summary.key)
            #expect(Set(found) == expected, "query \"\(query)\"")
            #expect(found.count == Set(found).count, "query \"\(query)\" repeats an article")
        }
        #expect(try store.checkHealth().isHealthy)
    }

    /// The plainest substring test, independent of the one search uses.
    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }
}
