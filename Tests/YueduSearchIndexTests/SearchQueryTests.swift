import Testing
import YueduSearchIndex

@Suite struct SearchQueryTests {
    @Test func terms_split_on_spaces_and_quotes_keep_phrases() {
        #expect(SearchQuery("教育  发展").terms == ["教育", "发展"])
        #expect(SearchQuery("\"hello world\" 教育").terms == ["hello world", "教育"])
        #expect(SearchQuery("\"unclosed phrase").terms == ["unclosed phrase"])
        #expect(SearchQuery("  ").isEmpty)
    }

    @Test func a_one_character_term_needs_its_character_and_a_longer_one_its_trigrams_and_the_pairs_they_leave() {
        let 教 = UInt32(("教" as Unicode.Scalar).value), 育 = UInt32(("育" as Unicode.Scalar).value)
        let 局 = UInt32(("局" as Unicode.Scalar).value), comma = UInt32(("," as Unicode.Scalar).value)
        #expect(SearchQuery("教").requiredGrams(flag: 0) == [SearchGrams.unigram(教)])
        // 教育局's trigram spans both its pairs; the term 教育 is a pair alone.
        #expect(SearchQuery("教育局 教育").requiredGrams(flag: 0) == [SearchGrams.trigram(教, 育, 局), SearchGrams.bigram(教, 育)])
        // Punctuation (，folds to ,) makes no trigram, so the pairs beside it are asked for.
        #expect(SearchQuery("教育局，教").requiredGrams(flag: 0)
                    == [SearchGrams.bigram(局, comma), SearchGrams.bigram(comma, 教), SearchGrams.trigram(教, 育, 局)])
        #expect(SearchQuery("教").requiredGrams(flag: SearchGrams.titleFlag) == [SearchGrams.unigram(教) | SearchGrams.titleFlag])
    }

    @Test func a_repeated_gram_is_required_once() {
        let 哈 = UInt32(("哈" as Unicode.Scalar).value)
        #expect(SearchQuery("哈哈哈哈").requiredGrams(flag: 0) == [SearchGrams.trigram(哈, 哈, 哈)])
        #expect(SearchQuery("哈，哈，").requiredGrams(flag: 0).count == 2)
    }

    @Test func only_terms_longer_than_a_pair_need_checking_against_the_text() {
        #expect(!SearchQuery("教育 育").needsVerification)
        #expect(SearchQuery("教育局").needsVerification)
    }
}
