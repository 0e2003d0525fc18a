import Foundation
import Testing
import YueduModel
@testable import YueduHTML

@Suite struct TitleAndDateTests {
    @Test func a_heading_inside_the_title_tag_is_the_headline_and_the_site_suffix_goes() {
        #expect(TitleCleaner.headline(titleTag: "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网",
                                      candidates: ["DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶"])
            == "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶")
        #expect(TitleCleaner.headline(titleTag: "多地项目连环爆雷_网易财经", candidates: ["网易财经"]) == "多地项目连环爆雷")
    }

    @Test func without_a_matching_heading_the_suffix_is_cut_at_a_separator_but_not_inside_words() {
        #expect(TitleCleaner.stripSuffix("フリーWi-Fiプロテクション」（CNET Japan） - Yahoo!ニュース")
            == "フリーWi-Fiプロテクション」（CNET Japan）")
        #expect(TitleCleaner.stripSuffix("常德市金融系统积极开展活动--当代商报") == "常德市金融系统积极开展活动")
    }

    @Test func zone_less_times_on_chinese_pages_are_china_time_and_cst_is_china_standard_time() {
        #expect(DateFinder.parse("2019-09-07 13:43:45", chinese: true)
            == PublishedDate(year: 2019, month: 9, day: 7, hour: 13, minute: 43, second: 45, utcOffsetMinutes: 480))
        #expect(DateFinder.parse("2016年10月14日07:17", chinese: true)
            == PublishedDate(year: 2016, month: 10, day: 14, hour: 7, minute: 17, utcOffsetMinutes: 480))
        #expect(DateFinder.parse("2020/06/05 20:35 CST", chinese: true)?.utcOffsetMinutes == 480)
        #expect(DateFinder.parse("2019-09-07T13:43:45+08:00", chinese: false)?.utcOffsetMinutes == 480)
        #expect(DateFinder.parse("2019-09-07T05:43:45Z", chinese: true)?.utcOffsetMinutes == 0)
    }

    @Test func a_date_without_time_has_no_offset_and_impossible_dates_are_refused() {
        #expect(DateFinder.parse("2017-03-10", chinese: true) == PublishedDate(year: 2017, month: 3, day: 10))
        #expect(DateFinder.parse("2019-02-30 10:00", chinese: true) == nil)
        #expect(DateFinder.parse("不是日期", chinese: true) == nil)
    }

    @Test func meta_tags_come_before_json_ld_and_json_ld_before_visible_text() {
        let page = """
            <html lang="zh-CN"><head><script type="application/ld+json">{"datePublished": "2020-01-02T03:04:00+08:00"}</script>
            </head><body><h1>标题文字很长</h1><p>2021-05-06 07:08</p></body></html>
            """
        #expect(ArticleExtractor.extract(html: page, pageURL: nil).published?.iso8601 == "2020-01-02T03:04:00+08:00")
        let withMeta = page.replacingOccurrences(of: "</head>", with: "<meta property=\"article:published_time\" content=\"2019-01-01T00:00:00+08:00\"></head>")
        #expect(ArticleExtractor.extract(html: withMeta, pageURL: nil).published?.year == 2019)
        let textOnly = "<body><h1>标题文字很长</h1><p>来源：新华社 2021-05-06 07:08</p></body>"
        #expect(ArticleExtractor.extract(html: textOnly, pageURL: nil).published?.iso8601 == "2021-05-06T07:08+08:00")
    }

    @Test func the_canonical_url_wins_over_og_url_and_the_fetched_url_and_is_made_absolute() {
        let base = URL(string: "https://news.example.cn/a/b.html?from=rss")
        let both = "<head><link rel=canonical href=\"/a/b.html\"><meta property=og:url content=\"https://m.example.cn/b\"></head>"
        #expect(ArticleExtractor.extract(html: both, pageURL: base).url == "https://news.example.cn/a/b.html")
        let og = "<head><meta property=og:url content=\"https://m.example.cn/b\"></head>"
        #expect(ArticleExtractor.extract(html: og, pageURL: base).url == "https://m.example.cn/b")
        #expect(ArticleExtractor.extract(html: "<p>x</p>", pageURL: base).url == "https://news.example.cn/a/b.html?from=rss")
    }
}
