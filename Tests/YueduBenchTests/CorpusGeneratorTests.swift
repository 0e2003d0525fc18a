import Foundation
import Testing
import YueduImport
import YueduModel
import YueduTestSupport
@testable import yuedu_bench

/// The corpus is the benchmark's input: it must be the same for a seed, in
/// the shape the issue asks for, and accepted by the real importer.
@Suite struct CorpusGeneratorTests {
    /// The corpora live here, removed when the test's value goes.
    private let scratch: TemporaryDirectory

    init() throws { scratch = try TemporaryDirectory(prefix: "yuedu-corpus") }

    private func generate(count: Int, seed: UInt64) throws -> (path: String, summary: CorpusGenerator.Summary) {
        let path = scratch.path + "/corpus-\(count)-\(seed)-\(UUID().uuidString.prefix(8)).jsonl"
        return (path, try CorpusGenerator(count: count, seed: seed).write(to: path))
    }

    private func articles(at path: String) throws -> (articles: [Article], failures: [ImportFailure]) {
        var articles: [Article] = [], failures: [ImportFailure] = []
        try Importer().read(paths: [path]) { item in
            switch item {
            case .article(let article, _): articles.append(article)
            case .failure(let failure): failures.append(failure)
            }
        }
        return (articles, failures)
    }

    @Test func the_same_seed_writes_the_same_bytes_and_another_seed_does_not() throws {
        let a = try generate(count: 60, seed: 42), b = try generate(count: 60, seed: 42), c = try generate(count: 60, seed: 43)
        defer { for path in [a.path, b.path, c.path] { unlink(path) } }
        let bytesA = try Data(contentsOf: URL(fileURLWithPath: a.path))
        #expect(bytesA == (try Data(contentsOf: URL(fileURLWithPath: b.path))))
        #expect(bytesA != (try Data(contentsOf: URL(fileURLWithPath: c.path))))
    }

    @Test func every_line_imports_with_the_shape_the_benchmark_issue_asks_for() throws {
        let corpus = try generate(count: 300, seed: 7)
        defer { unlink(corpus.path) }
        let (articles, failures) = try articles(at: corpus.path)
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(articles.count == 300)
        #expect(Set(articles.map(\.title)).count == 300)
        for article in articles {
            #expect((15...35).contains(article.title.count), "\(article.title)")
            #expect((5...15).contains(article.paragraphs.count))
            #expect(article.paragraphs.allSatisfy { (80...300).contains($0.count) })
            #expect((4...8).contains(article.related.count))
            #expect(article.published.utcOffsetMinutes == 8 * 60)
            #expect((2020...2024).contains(article.published.year))
        }
        #expect(articles.contains { $0.title.contains("“") })
        #expect(articles.contains { $0.title.contains { $0.isASCII && ($0.isLetter || $0.isNumber) } })
    }

    @Test func related_items_mostly_name_corpus_articles_by_title_source_and_date() throws {
        let corpus = try generate(count: 400, seed: 3)
        defer { unlink(corpus.path) }
        let articles = try articles(at: corpus.path).articles
        let byTitle = Dictionary(uniqueKeysWithValues: articles.map { ($0.title, $0) })
        let items = articles.flatMap(\.related)
        let named = items.filter { byTitle[$0.title] != nil }
        #expect(Double(named.count) > 0.85 * Double(items.count))
        #expect(named.count < items.count, "some items must name articles outside the corpus")
        for item in named {
            let target = byTitle[item.title]!
            #expect(item.source == target.source)
            #expect(item.date?.dateString == target.published.dateString)
        }
        #expect(named.count == corpus.summary.relatedInCorpus)
    }

    @Test func raw_text_size_counts_titles_and_paragraphs_in_utf8() throws {
        let corpus = try generate(count: 50, seed: 11)
        defer { unlink(corpus.path) }
        let articles = try articles(at: corpus.path).articles
        let bytes = articles.reduce(0) { $0 + $1.title.utf8.count + $1.paragraphs.reduce(0) { $0 + $1.utf8.count } }
        #expect(corpus.summary.rawTextBytes == bytes)
    }
}
