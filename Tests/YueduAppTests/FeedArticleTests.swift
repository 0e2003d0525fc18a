import Foundation
import Testing
import YueduApp
import YueduFeeds
import YueduModel

/// Feed entries as library articles: the key, site, date and text the
/// store's rules rest on.
@Suite struct FeedArticleTests {
    private let feedURL = URL(string: "http://127.0.0.1:8080/rss.xml")!

    private func parse(_ xml: String) throws -> Feed {
        try FeedParser.parse(Array(xml.utf8), url: feedURL)
    }

    private let rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>少数派</title><link>https://sspai.com/</link><language>zh-cn</language>
        <item><title>第一篇</title><link>https://sspai.com/post/1</link><guid>p1</guid>
          <description>摘要。</description><content:encoded><![CDATA[<p>正文第一段。</p><p>正文第二段。</p>]]></content:encoded>
          <dc:creator>王五</dc:creator><pubDate>Mon, 08 Jan 2024 09:30:00 +0800</pubDate></item>
        <item><title>第二篇</title><description>只有摘要。</description></item>
        </channel></rss>
        """

    @Test func an_entry_with_a_link_is_keyed_by_it_and_reads_its_content() throws {
        let feed = try parse(rss)
        let article = FeedArticle.make(entry: feed.entries[0], feed: feed, feedURL: feedURL, firstSeen: 0)
        #expect(article.key == "https://sspai.com/post/1")
        #expect(article.url == "https://sspai.com/post/1")
        #expect(article.site == "少数派")
        #expect(article.paragraphs == ["正文第一段。", "正文第二段。"])
        #expect(article.editor == "王五")
        #expect(article.language == .zh)
        #expect(article.published.iso8601 == "2024-01-08T09:30:00+08:00")
    }

    @Test func an_entry_without_link_or_date_gets_a_derived_key_its_summary_and_the_time_first_seen() throws {
        let feed = try parse(rss)
        // 2024-01-09T00:00:00Z
        let article = FeedArticle.make(entry: feed.entries[1], feed: feed, feedURL: feedURL, firstSeen: 1_704_758_400)
        #expect(article.url == nil)
        #expect(article.key.count == 16)
        #expect(article.paragraphs == ["只有摘要。"])
        #expect(article.editor == "")
        #expect(article.published.iso8601 == "2024-01-09T00:00:00Z")
        // The same entry seen later derives the same key from its first-seen date's day.
        let later = FeedArticle.make(entry: feed.entries[1], feed: feed, feedURL: feedURL, firstSeen: 1_704_758_400 + 60)
        #expect(later.key == article.key)
    }

    @Test func a_feed_without_a_title_names_its_site_by_host() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title></title><link>https://news.example.cn/</link>
            <item><title>Hello</title><link>https://news.example.cn/1</link></item></channel></rss>
            """)
        let article = FeedArticle.make(entry: feed.entries[0], feed: feed, feedURL: feedURL, firstSeen: 0)
        #expect(article.site == "news.example.cn")
    }
}
