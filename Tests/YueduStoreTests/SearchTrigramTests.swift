import Foundation
import GRDB
import Testing
import YueduModel
import YueduSearchIndex
import YueduTestSupport
import YueduText
@testable import YueduStore

/// The shapes a pair index is slow on (issue 14): terms whose pairs are in
/// nearly every article but whose whole is rare or absent, several of them,
/// long and quoted phrases, Latin words and mixed scripts; checked against
/// a brute-force scan of the folded text, and the trigram postings that
/// keep them fast checked for what they leave to verify.
@Suite struct SearchTrigramTests {
    /// Few characters, so that every pair is everywhere and most runs of
    /// three are rare; a Traditional form, Latin, digits and punctuation.
    private let alphabet = Array("局发展布會会议开a5G，。 ")

    private func text(_ random: inout SplitMix64, length: Int) -> String {
        String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    private func library(_ random: inout SplitMix64) throws -> (LibraryStore, [Article]) {
        let store = try LibraryStore.inMemory()
        var articles: [Article] = []
        for round in 0..<12 {
            let batch = (0..<25).map { i in
                makeArticle("k\(round)-\(i)", title: text(&random, length: 6), published: day(2021, 1 + round, 1 + i),
                            paragraphs: [text(&random, length: 60), text(&random, length: 40)])
            }
            _ = try store.upsert(batch, importedAt: Int64(round))
            articles += batch
        }
        return (store, articles)
    }

    private func scan(_ articles: [Article], _ query: String) -> Set<String> {
        let terms = SearchTerms.parse(query).map(SearchFold.fold).filter { !$0.isEmpty }
        return Set(articles.filter { a in
            let folded = Array(SearchDocument.foldedText(title: a.title, paragraphs: a.paragraphs,
                                                         source: a.source, site: a.site).utf8)
            return terms.allSatisfy { Self.occurs(Array($0.utf8), in: folded) }
        }.map(\.key))
    }

    @Test func hard_shapes_find_exactly_what_a_scan_of_the_folded_text_finds() throws {
        var random = SplitMix64(seed: 14)
        let (store, articles) = try library(&random)
        var queries = ["局发展", "展局发", "会议开局", "發展會议", "局发展 会议开", "\"发展 会\"", "\"局发，展\"",
                       "a5g", "5g局", "g发展", "ga", "局发展布会议开局发展布", "，。", "开。局"]
        // Runs cut from the articles, long and short, and the same with one
        // character changed, which is most likely nowhere.
        for i in stride(from: 0, to: articles.count, by: 37) {
            let body = Array(articles[i].paragraphs[0])
            for length in [3, 4, 9, 16] {
                let run = String(body[10..<10 + length])
                queries += [run, String(run.dropLast()) + "议", run + " " + String(body[40..<44])]
            }
        }
        var found = 0
        for query in queries {
            let expected = scan(articles, query)
            let hits = try store.search(query, limit: 1000).map(\.summary.key)
            #expect(Set(hits) == expected, "query \"\(query)\"")
            #expect(hits.count == expected.count, "query \"\(query)\" repeats an article")
            found += expected.isEmpty ? 0 : 1
        }
        // The set must hold both kinds: terms found and terms found nowhere.
        #expect(found > 10 && found < queries.count - 5)
        #expect(try store.checkHealth().isHealthy)
    }

    @Test func a_term_whose_pairs_are_everywhere_leaves_few_candidates_when_its_whole_is_rare() throws {
        // Every article holds 局发 and 发展, one holds 局发展.
        let store = try LibraryStore.inMemory()
        var articles = (0..<200).map { i in
            makeArticle("a\(i)", title: "第\(i)期", paragraphs: ["公安局发布通知。", "城市发展很快。"])
        }
        articles.append(makeArticle("rare", title: "新闻", paragraphs: ["教育局发展规划。"]))
        _ = try store.upsert(articles, importedAt: 1)
        let query = SearchQuery("局发展")
        let candidates = try store.writer.read { db in
            try SearchIndexReader(db).candidates(holding: query.requiredGrams(flag: 0))
        }
        #expect(candidates.ids.count < 5, "\(candidates.ids.count) candidates to check")
        #expect(try store.search("局发展").map(\.summary.key) == ["rare"])
        #expect(try store.search("局发布 局发展").isEmpty)
    }

    @Test func a_term_found_nowhere_leaves_nothing_to_check_however_many_trigrams_every_article_holds() throws {
        // Given 40 articles that all hold the same 6,000 trigrams (one text
        // of 6,000 ideographs drawn from 2,000), so that every pair of it is
        // in every article.
        var random = SplitMix64(seed: 1414)
        let common = (0..<6000).map { _ in Character(Unicode.Scalar(0x4E00 + UInt32(random.next() % 2000))!) }
        let store = try LibraryStore.inMemory()
        let body = String(common)
        _ = try store.upsert((0..<40).map { i in
            makeArticle("c\(i)", title: "第\(i)期", paragraphs: [body])
        }, importedAt: 1)
        var trigramsHeld = Set<String>()
        for i in 0..<common.count - 2 { trigramsHeld.insert(String(common[i...i + 2])) }
        // When terms are made of two of its pairs that never meet as a run
        // (x y then y z, where "x y z" is in no article)
        var terms: [String] = []
        var position = 0
        while terms.count < 100, position < common.count - 2 {
            let (x, y) = (common[position], common[position + 1])
            if let next = (0..<common.count - 1).first(where: { j in
                common[j] == y && !trigramsHeld.contains(String([x, y, common[j + 1]]))
            }) {
                terms.append(String([x, y, common[next + 1]]))
            }
            position += 1
        }
        #expect(terms.count == 100)
        // Then no article is left to check for any of them: each trigram
        // has a list of its own. (Sharing 2^17 buckets, about one term in
        // twenty met a bucket holding one of the 6,000, and all 40 articles.)
        let crowded = try store.writer.read { db in
            let index = try SearchIndexReader(db)
            return try terms.filter { term in
                try !index.candidates(holding: SearchQuery(term).requiredGrams(flag: 0)).isEmpty
            }
        }
        #expect(crowded.isEmpty, "terms left with candidates: \(crowded)")
        #expect(try terms.prefix(10).allSatisfy { try store.search($0).isEmpty })
    }

    @Test func an_index_of_pairs_alone_is_rebuilt_when_the_library_opens_not_misread() throws {
        // Given a library indexed the way before trigrams (pairs and
        // characters only, fingerprint ".../bigram-1")
        let scratch = try TemporaryDirectory(prefix: "yuedu-store"); defer { scratch.remove() }
        let root = scratch.url
        let location = LibraryLocation(path: root.path + "/library.sqlite", isExplicit: true)
        do {
            let store = try LibraryStore.open(location)
            let article = makeArticle("b", title: "乙", paragraphs: ["教育局发展规划"])
            _ = try store.upsert([article], importedAt: 1)
            try store.writer.write { db in
                try db.execute(sql: "DELETE FROM search_blocks; DELETE FROM search_segments; DELETE FROM search_documents")
                let id = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE key = 'b'"))
                let pairsOnly = SearchDocument.grams(title: article.title, paragraphs: article.paragraphs,
                                                     source: article.source, site: article.site)
                    .filter { $0 & SearchGrams.trigramFlag == 0 }
                try SearchIndexWriter(db).add(GramPostings(grams: [pairsOnly]), ids: [id])
                try db.execute(sql: "UPDATE search_meta SET value = ? WHERE name = 'fold'",
                               arguments: [SearchFold.version + "/bigram-1"])
            }
            // Read as today's format, it would silently find nothing.
            #expect(try store.search("局发展").isEmpty)
            #expect(try store.checkHealth().indexFoldCurrent == false)
        }
        // When it is opened again, then the index is rebuilt with trigrams
        let reopened = try LibraryStore.open(location)
        #expect(try reopened.checkHealth().isHealthy)
        #expect(try reopened.search("局发展").map(\.summary.key) == ["b"])
    }

    @Test func only_runs_of_word_characters_make_trigrams() {
        func trigrams(_ text: String) -> [UInt64] {
            var found: [UInt64] = []
            SearchGrams.forEach(in: text) { if $0 & SearchGrams.trigramFlag != 0 { found.append($0) } }
            return found
        }
        let s = { (c: Character) in c.unicodeScalars.first!.value }
        #expect(trigrams("发展局") == [SearchGrams.trigram(s("发"), s("展"), s("局"))])
        #expect(trigrams("发，展局。ab c5g") == [SearchGrams.trigram(s("c"), s("5"), s("g"))])
        #expect(trigrams("ab5g").count == 2)
        #expect(trigrams("发\n展局").isEmpty)
        // A query asks for exactly the trigrams the text would have.
        #expect(SearchGrams.required(by: "局发展，会").filter { $0 & SearchGrams.trigramFlag != 0 }
                    == trigrams("局发展，会"))
    }

    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }
}
