import Testing
import YueduText

/// Query splitting and highlight mapping, shared by the store's search and
/// the reader's highlighting.
@Suite struct SearchTermsTests {
    @Test func query_terms_split_on_spaces_and_keep_quoted_phrases() {
        #expect(SearchTerms.parse("教育  改革") == ["教育", "改革"])
        #expect(SearchTerms.parse("\"new york\" 纽约") == ["new york", "纽约"])
        #expect(SearchTerms.parse("") == [])
        // A quote ends the term before it, even without a space.
        #expect(SearchTerms.parse("ab\"cd ef\"") == ["ab", "cd ef"])
    }

    @Test func highlighting_maps_folded_matches_back_to_whole_characters() {
        #expect(SearchFold.matchRanges(ofAny: ["swift"], in: "Learn ＳＷＩＦＴ now") == [6..<11])
        #expect(SearchFold.matchRanges(ofAny: ["教育"], in: "教育与教育") == [0..<2, 3..<5])
        #expect(SearchFold.matchRanges(ofAny: ["平成"], in: "㍻元年") == [0..<1])
        #expect(SearchFold.matchRanges(ofAny: ["fi"], in: "ﬁne") == [0..<1])
        #expect(SearchFold.matchRanges(ofAny: ["1"], in: "第①条") == [1..<2])
        #expect(SearchFold.matchRanges(ofAny: ["strasse"], in: "Die Straße") == [4..<10])
        // Overlapping matches merge; touching ones stay apart (drawn alike).
        #expect(SearchFold.matchRanges(ofAny: ["教育", "育与"], in: "教育与") == [0..<3])
        #expect(SearchFold.matchRanges(ofAny: ["教", "育"], in: "教育") == [0..<1, 1..<2])
    }
}
