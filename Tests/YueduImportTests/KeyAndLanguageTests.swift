import Testing
@testable import YueduImport
import YueduModel
import YueduText

@Suite("Article keys")
struct ArticleKeyTests {
    let day = PublishedDate(year: 2024, month: 1, day: 8, hour: 9, minute: 30, utcOffsetMinutes: 480)

    @Test func a_derived_key_is_16_hex_digits_of_site_normalized_title_and_date() {
        let key = ArticleKey.derive(site: "教育装备采购网", title: "山东安丘市:构建", published: day)
        #expect(key.count == 16)
        #expect(key.allSatisfy { "0123456789abcdef".contains($0) })
        let expected = FNV1a.hash("教育装备采购网\u{1F}山东安丘市构建\u{1F}2024-01-08".utf8)
        #expect(key == String(expected, radix: 16).leftPadded(to: 16))
    }

    @Test func punctuation_and_width_variants_of_a_title_share_a_key() {
        let a = ArticleKey.derive(site: "网", title: "山东安丘市:构建 共同体", published: day)
        let b = ArticleKey.derive(site: "网", title: "山东安丘市：构建共同体", published: day)
        #expect(a == b)
    }

    @Test func another_site_day_or_title_gives_another_key_but_the_time_of_day_does_not() {
        let base = ArticleKey.derive(site: "网", title: "标题", published: day)
        var later = day
        later.hour = 18
        #expect(ArticleKey.derive(site: "网", title: "标题", published: later) == base)
        #expect(ArticleKey.derive(site: "站", title: "标题", published: day) != base)
        #expect(ArticleKey.derive(site: "网", title: "标题二", published: day) != base)
        #expect(ArticleKey.derive(site: "网", title: "标题", published: PublishedDate(year: 2024, month: 1, day: 9)) != base)
    }
}

@Suite("Language detection")
struct LanguageDetectorTests {
    @Test func kana_means_japanese() {
        #expect(LanguageDetector.detect(["東京で桜が満開になりました"]) == .ja)
    }

    @Test func a_hangul_majority_means_korean() {
        #expect(LanguageDetector.detect(["서울시 教育廳은 오늘 새로운 정책을 발표했다"]) == .ko)
    }

    @Test func han_without_kana_means_chinese() {
        #expect(LanguageDetector.detect(["四川古蔺县实施四大工程", "with some English words"]) == .zh)
    }

    @Test func latin_text_is_other() {
        #expect(LanguageDetector.detect(["A plain English article about schools."]) == .other)
    }

    @Test func one_katakana_brand_in_a_chinese_article_stays_chinese() {
        let text = "索尼公司今天发布了新款相机,型号为ソニー,售价较上一代略有下降,市场反应热烈,各地门店均已开始预售。"
        #expect(LanguageDetector.detect([text]) == .zh)
    }

    @Test func one_chinese_name_in_an_english_text_stays_other() {
        #expect(LanguageDetector.detect(["The minister, 王, visited several rural schools in the province last week."]) == .other)
    }

    @Test func given_names_map_to_languages_with_regions_and_case_ignored() {
        #expect(LanguageDetector.named("zh-CN") == .zh)
        #expect(LanguageDetector.named("JA") == .ja)
        #expect(LanguageDetector.named("ko_KR") == .ko)
        #expect(LanguageDetector.named("en") == .other)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
