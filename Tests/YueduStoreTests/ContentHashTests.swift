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

    @Test func fields_hash_as_byte_at_a_time_fnv1a() {
        for text in ["", "a", "教育\u{1E}發展", "e\u{301}👨‍👩‍👧", String(repeating: "ＡＢ教", count: 1000)] {
            var hasher = FNV1a()
            hasher.add(text)
            #expect(hasher.value == Self.reference([text]), "\(text.debugDescription)")
        }
        var hasher = FNV1a()
        hasher.add("站"); hasher.add("题")
        #expect(hasher.value == Self.reference(["站", "题"]))
    }

    /// FNV-1a 64 of each text's 8-byte little-endian length, then its bytes.
    static func reference(_ texts: [String]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in texts {
            let bytes = Array(text.utf8)
            var length = UInt64(bytes.count)
            var all: [UInt8] = []
            for _ in 0..<8 { all.append(UInt8(truncatingIfNeeded: length)); length >>= 8 }
            for byte in all + bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        return value
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
