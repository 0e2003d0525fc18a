import Foundation
import Testing
@testable import YueduHTML

@Suite struct RelatedListTests {
    static let body = String(repeating: "<p>正文的一段话，写得足够长，有逗号，有句号。</p>", count: 6)

    @Test(arguments: ["相关阅读", "相關閱讀", "関連記事", "관련기사", "【延伸阅读】"])
    func a_labelled_list_in_any_cjk_language_gives_titles_absolute_urls_sources_and_dates(label: String) {
        let html = """
            <body><div class="article">\(Self.body)</div>
            <div><h3>\(label)</h3><ul>
            <li><a href="/news/1.html">第一条相关新闻的标题</a><span>新华社</span><span>2023-09-26</span></li>
            <li><a href="https://other.example/2">第二条相关新闻的标题</a><span>人民日报</span><span>09-25</span></li>
            </ul></div></body>
            """
        let article = ArticleExtractor.extract(html: html, pageURL: URL(string: "https://site.example/a/x.html"))
        #expect(article.related.map(\.title) == ["第一条相关新闻的标题", "第二条相关新闻的标题"])
        #expect(article.related.map(\.url) == ["https://site.example/news/1.html", "https://other.example/2"])
        #expect(article.related.first?.date == "2023-09-26")
        #expect(article.related.last?.date == "09-25")
        #expect(article.related.first?.source == "新华社")
        #expect(!article.paragraphs.joined().contains("相关新闻的标题"))
    }

    /// thepaper puts the 相关推荐 list in the article's own column; the body ends at its heading.
    @Test func the_body_ends_at_a_related_heading_that_follows_the_article() throws {
        let article = try Corpus.extract("news/thepaper-5.html")
        #expect(article.related.count >= 2)
        let body = article.paragraphs.joined(separator: "\n")
        for item in article.related { #expect(!body.contains(item.title), "\(item.title) in the body") }
    }

    /// A related list above the article (a sidebar in the same column) must not cut the body short.
    @Test func a_related_heading_before_the_article_leaves_the_body_whole() {
        let html = """
            <body><div><div><h3>相关阅读</h3><ul>
            <li><a href="/1.html">第一条相关新闻的标题</a></li><li><a href="/2.html">第二条相关新闻的标题</a></li></ul></div>
            \(Self.body)<p>最后一段在这里，也有逗号和句号。</p></div></body>
            """
        let article = ArticleExtractor.extract(html: html, pageURL: URL(string: "https://site.example/a.html"))
        #expect(article.related.count == 2)
        #expect(article.paragraphs.last == "最后一段在这里，也有逗号和句号。")
        #expect(article.paragraphs.count == 7)
    }

    @Test func links_without_a_related_label_are_not_a_related_list() {
        let html = "<body><div>\(Self.body)</div><ul><li><a href=/1>一条普通导航链接文字</a></li><li><a href=/2>另一条普通导航链接</a></li></ul></body>"
        #expect(ArticleExtractor.extract(html: html, pageURL: nil).related.isEmpty)
    }
}
