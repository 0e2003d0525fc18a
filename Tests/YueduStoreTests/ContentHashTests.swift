import Testing
import YueduModel
@testable import YueduStore

/// Libraries store content hashes, so a faster hash must give the values
/// the byte-at-a-time one gave, or every re-import looks "updated".
@Suite struct ContentHashTests {
    /// The value pinned was computed by the byte-at-a-time code.
    @Test func a_known_article_keeps_its_hash() {
        let related = RelatedItem(title: "相关", source: "来源", dateAsWritten: "09-26", date: day(2024, 9, 26),
                                  yearInferred: true, excerpt: "摘要")
        let article = makeArticle("https://example.com/a", title: "教育 Ａ😀", related: [related])
        #expect(ContentHash.of(article) == 0x0865_9412_6c5a_4868)
    }
}

/// `yuedu-bench prepare --digest` proves faster preparing changes nothing:
/// the digest must see every article field and everything prepared.
@Suite struct PreparedBatchDigestTests {
    @Test func digest_is_stable_and_sees_articles_and_their_order() {
        let a = makeArticle("k1", title: "教育 Ａ"), b = makeArticle("k2", paragraphs: ["發展，"])
        #expect(PreparedBatch([a, b]).digest() == PreparedBatch([a, b]).digest())
        #expect(PreparedBatch([a, b]).digest() != PreparedBatch([b, a]).digest())
        var edited = b
        edited.paragraphs = ["發展,"]
        #expect(PreparedBatch([a, b]).digest() != PreparedBatch([a, edited]).digest())
        #expect(PreparedBatch([b]).digest(continuing: PreparedBatch([a]).digest()) == PreparedBatch([a, b]).digest())
    }
}
