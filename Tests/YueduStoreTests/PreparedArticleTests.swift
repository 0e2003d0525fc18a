import Testing
import YueduModel
@testable import YueduStore

@Suite struct PreparedArticleTests {
    /// Preparation runs on every core and each worker writes its own slot.
    /// Tiny articles make the workers' writes overlap as often as they can,
    /// which is what broke when the slots were an Array mutated through
    /// `withUnsafeMutableBufferPointer` (it moves the array out while the
    /// closure runs, so a second writer saw an empty one).
    @Test func preparing_in_parallel_keeps_every_article_in_its_place() {
        let articles = (0..<20_000).map { makeArticle("k\($0)", title: "题\($0)", paragraphs: ["文"]) }
        for _ in 0..<5 {
            let prepared = articles.parallelMap(PreparedArticle.init)
            #expect(prepared.count == articles.count)
            #expect(prepared.map(\.article.key) == articles.map(\.key))
        }
    }
}
