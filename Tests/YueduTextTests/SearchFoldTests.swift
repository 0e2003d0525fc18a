import Testing
import YueduText

@Suite struct SearchFoldTests {
    @Test func traditional_and_simplified_fold_alike() {
        #expect(SearchFold.fold("發展") == SearchFold.fold("发展"))
        #expect(SearchFold.fold("臺灣教育") == "台湾教育")
    }

    @Test func fullwidth_latin_and_case_fold_to_lower_ascii() {
        #expect(SearchFold.fold("ＳＷＩＦＴ") == SearchFold.fold("Swift"))
    }

    @Test func default_ignorables_vanish() {
        #expect(SearchFold.fold("教\u{200B}育\u{00AD}") == "教育")
    }

    @Test func halfwidth_katakana_with_marks_recompose() {
        #expect(SearchFold.fold("ｶﾞｲﾄﾞ") == "ガイド")
    }

    @Test func fold_map_points_every_folded_character_at_its_origin() {
        let (folded, origins) = SearchFold.foldWithMap("①㍻ß發")
        #expect(folded == "1平成ss发")
        #expect(origins == [0, 1, 1, 2, 2, 3])
    }

    @Test func highlight_ranges_are_in_original_characters_when_folding_changes_lengths() {
        #expect(SearchFold.matchRanges(of: "平成", in: "令和と㍻の話") == [3..<4])
        #expect(SearchFold.matchRanges(of: "1", in: "第①章") == [1..<2])
        #expect(SearchFold.matchRanges(of: "strasse", in: "Die Straße, die STRASSE") == [4..<10, 16..<23])
        #expect(SearchFold.matchRanges(of: "发展", in: "經濟發展與社會發展") == [2..<4, 7..<9])
    }

    @Test func highlight_finds_every_match_and_nothing_for_an_empty_query() {
        #expect(SearchFold.matchRanges(of: "教育", in: "教育，教育。") == [0..<2, 3..<5])
        #expect(SearchFold.matchRanges(of: "", in: "教育").isEmpty)
        #expect(SearchFold.matchRanges(of: "\u{200B}", in: "教育").isEmpty)
    }

    @Test func hostile_query_characters_are_searched_as_text() {
        #expect(SearchFold.matchRanges(of: "%_*", in: "a%_*b") == [1..<4])
        #expect(SearchFold.fold("NEAR(\"x\") OR (") == "near(\"x\") or (")
    }

    @Test func fold_map_agrees_with_fold_on_mixed_text() {
        for text in ["SwiftUI開發指南", "乾燥與乾隆", "ＡＢＣ１２３ｶﾞ", "Straße①㍻", "한국어 텍스트", "💡 Idea"] {
            #expect(SearchFold.foldWithMap(text).folded == SearchFold.fold(text), "\(text)")
        }
    }
}

@Suite struct MultiTermHighlightTests {
    @Test func every_term_is_highlighted_in_order_with_overlaps_merged_and_neighbours_kept_apart() {
        #expect(SearchFold.matchRanges(ofAny: ["教育", "發展", "育发"], in: "教育发展，发展教育") == [0..<4, 5..<7, 7..<9])
        #expect(SearchFold.matchRanges(ofAny: ["並發", "swift"], in: "Swift并发编程") == [0..<5, 5..<7])
        #expect(SearchFold.matchRanges(ofAny: ["", " "], in: "教育").isEmpty)
    }
}
