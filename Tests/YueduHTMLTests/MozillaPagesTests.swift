import Foundation
import Testing
@testable import YueduHTML
@testable import yuedu_bench

/// Mozilla Readability's six CJK test pages, against Readability's own expected text.
/// Thresholds: expected.html is Readability's output, which keeps some page furniture
/// (qq's share and rating widgets, hukumusume's site menu). So precision must be high
/// everywhere (what we print is article), and F1 high where Readability kept only the article.
@Suite struct MozillaPagesTests {
    static let pages: [(name: String, minimumF1: Double, headline: String)] = [
        ("gmw", 0.95, "宇航员在太空中喝酒会怎么样？后果很严重"),
        ("pixnet", 0.95, "新竹尖石_美樹營地賞楓 (2)"),
        ("qq", 0.88, "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶"),
        ("yahoo-4", 0.95, "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」"),
        ("youth", 0.95, "海外留学生看两会：出国前后关注点大不同"),
        ("hukumusume", 0.55, "欲張りなイヌ"),
    ]

    @Test(arguments: pages.map(\.name))
    func the_body_matches_readabilitys_expected_text_by_character_bigrams(name: String) throws {
        let page = Self.pages.first { $0.name == name }!
        let article = try Corpus.extract("mozilla/\(name)/source.html")
        let expected = HTMLToText.paragraphs(fromHTMLFragment: try Corpus.page("mozilla/\(name)/expected.html"), baseURL: nil)
        let score = BigramScore(extracted: article.paragraphs.joined(separator: "\n"), expected: expected.joined(separator: "\n"))
        #expect(score.precision >= 0.95, "\(name): precision \(score.precision)")
        #expect(score.f1 >= page.minimumF1, "\(name): F1 \(score.f1)")
    }

    @Test(arguments: pages.map(\.name))
    func the_headline_is_the_expected_title_without_its_site_suffix(name: String) throws {
        let page = Self.pages.first { $0.name == name }!
        let article = try Corpus.extract("mozilla/\(name)/source.html")
        let metadata = try JSONSerialization.jsonObject(with: Data(try Corpus.page("mozilla/\(name)/expected-metadata.json").utf8)) as! [String: Any]
        let expectedTitle = metadata["title"] as! String
        #expect(article.title == page.headline)
        #expect(expectedTitle.replacingOccurrences(of: "　", with: " ").hasPrefix(article.title))
    }

    @Test func the_fable_page_keeps_the_whole_story_and_none_of_the_site_menu() throws {
        let article = try Corpus.extract("mozilla/hukumusume/source.html")
        let text = article.paragraphs.joined()
        #expect(text.contains("肉をくわえた"))
        #expect(!text.contains("世界60秒巡り"))
        #expect(article.language == "ja")
    }

    /// qq names its share button `mbArticleShareBtn` and its video player `rv-player-wrap`:
    /// "article" in a name does not rescue a short label, and a player's
    /// loading text and its "精彩视频推荐" heading are not the article.
    @Test func the_qq_body_keeps_its_photo_and_paragraphs_but_not_the_share_button_or_video_player() throws {
        let article = try Corpus.extract("mozilla/qq/source.html")
        #expect(article.paragraphs.first == "[图 DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶]")
        #expect(article.paragraphs.dropFirst().first == "TNW中文站 10月14日报道")
        #expect(article.paragraphs.last?.hasPrefix("DeepMind希望DNC可以推动计算行业实现更多突破") == true, "last: \(article.paragraphs.last ?? "-")")
        let body = article.paragraphs.joined(separator: "\n")
        for furniture in ["转播到腾讯微博", "正在加载", "精彩视频推荐"] { #expect(!body.contains(furniture), "\(furniture) in the body") }
    }

    @Test func bylines_and_dates_come_from_the_page_when_it_shows_them() throws {
        let gmw = try Corpus.extract("mozilla/gmw/source.html")
        #expect(gmw.author == "肖春芳")
        #expect(gmw.published?.dateString == "2017-03-10")
        let qq = try Corpus.extract("mozilla/qq/source.html")
        #expect(qq.published?.iso8601 == "2016-10-14T07:17+08:00")
        let pixnet = try Corpus.extract("mozilla/pixnet/source.html")
        #expect(pixnet.language == "zh-TW")
    }
}
