import Testing
@testable import YueduStore

@Suite struct ParagraphCodecTests {
    @Test func paragraphs_round_trip_through_the_stored_body() {
        let paragraphs = ["夯实基础。", "", "\u{0301}a combining mark first", "家庭 👨‍👩‍👧 群", "ｶﾞｲﾄﾞ", "last"]
        #expect(ParagraphCodec.decode(ParagraphCodec.encode(paragraphs)) == paragraphs)
    }

    @Test func an_empty_body_has_no_paragraphs_and_one_empty_paragraph_survives() {
        #expect(ParagraphCodec.decode("") == [])
        #expect(ParagraphCodec.decode(ParagraphCodec.encode(["", ""])) == ["", ""])
    }

    @Test func a_separator_inside_a_paragraph_becomes_a_space_instead_of_splitting_it() {
        #expect(ParagraphCodec.decode(ParagraphCodec.encode(["a\u{1E}b", "c"])) == ["a b", "c"])
    }
}
