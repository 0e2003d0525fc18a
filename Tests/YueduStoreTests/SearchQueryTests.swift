import Testing
@testable import YueduStore

@Suite struct SearchQueryTests {
    @Test func terms_split_on_spaces_and_quotes_keep_phrases() {
        #expect(SearchQuery("教育  发展").terms == ["教育", "发展"])
        #expect(SearchQuery("\"hello world\" 教育").terms == ["hello world", "教育"])
        #expect(SearchQuery("\"unclosed phrase").terms == ["unclosed phrase"])
        #expect(SearchQuery("  ").isEmpty)
    }

    @Test func user_text_reaches_fts_only_inside_quoted_strings() {
        #expect(SearchQuery("a\"b").matchExpression == "\"a\" * AND \"b\" *")
        #expect(SearchQuery("NEAR(").matchExpression == "(\"nea\" AND \"ear\" AND \"ar(\")")
        #expect(SearchQuery("教育").matchExpression == "\"教育\" *")
    }

    @Test func only_terms_longer_than_a_trigram_need_checking_against_the_text() {
        #expect(!SearchQuery("教育局 育").needsVerification)
        #expect(SearchQuery("教育局长").needsVerification)
    }
}
