import Testing
import YueduModel
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

@Suite struct RelatedCodecTests {
    @Test func items_round_trip_with_every_field_and_their_order() {
        let items = [
            RelatedItem(title: "攀枝花市仁和区：教育新篇", source: "仁和区", dateAsWritten: "09-26",
                        date: PublishedDate(year: 2024, month: 9, day: 26), yearInferred: true, excerpt: "摘要..."),
            RelatedItem(title: "", source: "", dateAsWritten: "", date: nil, yearInferred: false, excerpt: ""),
            RelatedItem(title: "第三", source: "源", dateAsWritten: "2023-01-02",
                        date: PublishedDate(year: 2023, month: 1, day: 2), yearInferred: false, excerpt: "尾"),
        ]
        #expect(RelatedCodec.decode(RelatedCodec.encode(items)) == items)
        #expect(RelatedCodec.decode(RelatedCodec.encode([])) == [])
    }

    @Test func a_separator_inside_a_field_becomes_a_space_instead_of_splitting_it() {
        let item = RelatedItem(title: "甲\u{1E}乙\u{1F}丙", source: "源", dateAsWritten: "", date: nil,
                               yearInferred: false, excerpt: "摘\u{1F}要")
        let decoded = RelatedCodec.decode(RelatedCodec.encode([item]))
        #expect(decoded.map(\.title) == ["甲 乙 丙"])
        #expect(decoded.map(\.excerpt) == ["摘 要"])
    }

    @Test func an_items_url_round_trips_and_an_item_without_one_keeps_the_six_fields_of_older_rows() {
        let linked = RelatedItem(title: "有链接", source: "源", dateAsWritten: "09-26", date: nil, yearInferred: false,
                                 excerpt: "摘要", url: "https://example.cn/a/1.html")
        let plain = RelatedItem(title: "无链接", source: "源", dateAsWritten: "", date: nil, yearInferred: false, excerpt: "")
        #expect(RelatedCodec.decode(RelatedCodec.encode([linked, plain])) == [linked, plain])
        // A row written before URLs were kept: six fields, read as an item without a URL.
        let older = ["旧", "源", "09-26", "2024-09-26", "1", "摘要"].joined(separator: "\u{1F}")
        #expect(RelatedCodec.encode([plain]).utf8.filter { $0 == 0x1F }.count == 5)
        #expect(RelatedCodec.decode(older).map(\.url) == [nil])
        #expect(RelatedCodec.decode(older).map(\.title) == ["旧"])
    }
}
