import Testing
import YueduSearchIndex

@Suite struct SearchQueryTests {
    @Test func terms_split_on_spaces_and_quotes_keep_phrases() {
        #expect(SearchQuery("教育  发展").terms == ["教育", "发展"])
        #expect(SearchQuery("\"hello world\" 教育").terms == ["hello world", "教育"])
        #expect(SearchQuery("\"unclosed phrase").terms == ["unclosed phrase"])
        #expect(SearchQuery("  ").isEmpty)
    }

    @Test func a_one_character_term_needs_its_character_and_a_longer_one_its_pairs_and_trigrams() {
        let 教 = UInt32(("教" as Unicode.Scalar).value), 育 = UInt32(("育" as Unicode.Scalar).value)
        let 局 = UInt32(("局" as Unicode.Scalar).value)
        #expect(SearchQuery("教").requiredGrams(flag: 0) == [SearchGrams.unigram(教)])
        #expect(SearchQuery("教育局 教育").requiredGrams(flag: 0)
                    == [SearchGrams.bigram(教, 育), SearchGrams.bigram(育, 局), SearchGrams.trigram(教, 育, 局)])
        #expect(SearchQuery("教").requiredGrams(flag: SearchGrams.titleFlag) == [SearchGrams.unigram(教) | SearchGrams.titleFlag])
    }

    @Test func a_repeated_pair_is_required_once() {
        let 哈 = UInt32(("哈" as Unicode.Scalar).value)
        #expect(SearchQuery("哈哈哈哈").requiredGrams(flag: 0) == [SearchGrams.bigram(哈, 哈), SearchGrams.trigram(哈, 哈, 哈)])
    }

    @Test func only_terms_longer_than_a_pair_need_checking_against_the_text() {
        #expect(!SearchQuery("教育 育").needsVerification)
        #expect(SearchQuery("教育局").needsVerification)
    }
}
