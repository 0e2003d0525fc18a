import Foundation
import Testing
import YueduModel
@testable import YueduFeeds

@Suite struct RSSTests {
    @Test func rss2ChannelAndItems() throws {
        let feed = try Fixture.feed("rss2.xml", url: "https://blog.example.com/feed.xml")
        #expect(feed.format == .rss)
        #expect(feed.title == "科技 & 生活 & 更多")  // CDATA and an entity in one title
        #expect(feed.link == "https://blog.example.com/")
        #expect(feed.language == "zh-cn")
        #expect(feed.ttlMinutes == 60)
        #expect(feed.problem == nil)
        #expect(feed.entries.count == 3)
        let first = feed.entries[0]
        #expect(first.title == "Tom & Jerry\u{2019}s 新番")  // escaped markup in a title is HTML
        #expect(first.id == "post-1" && first.identity == .guid)
        #expect(first.link == "https://blog.example.com/posts/1.html")  // relative link against the feed URL
        #expect(first.author == "王小明")
        #expect(first.published == PublishedDate(year: 2024, month: 1, day: 8, hour: 9, minute: 30, second: 0, utcOffsetMinutes: 480))
        #expect(first.summary == ["摘要第一段。", "摘要第二段。"])
        #expect(first.content == ["正文第一段，链接。", "正文第二段。"])  // the script is dropped by the HTML code
        #expect(first.enclosures == [FeedEnclosure(url: "https://blog.example.com/audio/1.mp3", type: "audio/mpeg", length: 12345)])
    }

    @Test func identityFallsBackToLinkThenContentHash() throws {
        let feed = try Fixture.feed("rss2.xml", url: "https://blog.example.com/feed.xml")
        #expect(feed.entries[1].identity == .link && feed.entries[1].id == "https://blog.example.com/posts/2.html")
        // dc:date without a zone on a zh feed is +08:00
        #expect(feed.entries[1].published?.iso8601 == "2024-01-09T10:00:00+08:00")
        let third = feed.entries[2]
        #expect(third.identity == .contentHash && third.id.hasPrefix("hash:") && third.id.count == 21)
        // Stable across parses (the store compares ids across runs), different for different content.
        let again = try Fixture.feed("rss2.xml", url: "https://blog.example.com/feed.xml")
        #expect(again.entries[2].id == third.id)
        #expect(ContentHash.of(["a", "bc"]) != ContentHash.of(["ab", "c"]))
        #expect(third.published == nil)  // no date: the caller uses first seen
    }

    @Test func rss091AndPermalinkGuid() throws {
        let feed = try parse("""
            <rss version="0.91"><channel><title>Old</title><link>http://old.example.com/</link>
            <item><title>One</title><guid>http://old.example.com/one</guid><description>Hello &lt;i&gt;world&lt;/i&gt;</description></item>
            </channel></rss>
            """)
        #expect(feed.entries.first?.link == "http://old.example.com/one")
        #expect(feed.entries.first?.summary == ["Hello world"])
        #expect(feed.language == nil)
    }

    @Test func rss10RDF() throws {
        let feed = try parse("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://rdf.example.org/"><title>RDF Site</title><link>http://rdf.example.org/</link>
                <dc:language>en</dc:language></channel>
              <item rdf:about="http://rdf.example.org/a"><title>Item A</title><link>http://rdf.example.org/a</link>
                <dc:date>2024-01-08T09:30:00-05:00</dc:date><dc:creator>Ann</dc:creator><description>Text A</description></item>
              <item rdf:about="http://rdf.example.org/b"><title>Item B</title></item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rdf && feed.title == "RDF Site" && feed.language == "en")
        #expect(feed.entries.map(\.title) == ["Item A", "Item B"])
        #expect(feed.entries[0].published?.utcOffsetMinutes == -300 && feed.entries[0].author == "Ann")
        #expect(feed.entries[1].link == "http://rdf.example.org/b")  // rdf:about stands in for a missing link
    }

    @Test func unescapedMarkupInDescription() throws {
        let feed = try parse("<rss><channel><title>T</title><item><title>x</title><description><p>One</p><p>Two</p></description></item></channel></rss>")
        #expect(feed.entries[0].summary == ["One", "Two"])
    }
}

@Suite struct AtomTests {
    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans" xml:base="https://atom.example.com/blog/">
          <title type="html">&lt;em&gt;原子&lt;/em&gt; 博客</title>
          <link rel="self" href="feed.atom"/>
          <link href="./"/>
          <author><name>作者甲</name></author>
          <id>urn:uuid:feed</id>
          <updated>2024-01-08T09:30:00Z</updated>
          <entry>
            <title>纯文本 &lt;标题&gt;</title>
            <link rel="alternate" type="text/html" href="2024/first.html"/>
            <link rel="enclosure" href="media/a.mp3" type="audio/mpeg" length="99"/>
            <id>urn:uuid:1</id>
            <published>2024-01-08T09:30:00+08:00</published>
            <updated>2024-01-09T10:00:00+08:00</updated>
            <summary>第一行
        续行

        第二段</summary>
            <content type="html" xml:base="https://cdn.example.com/posts/">&lt;p&gt;&lt;a href="img.html"&gt;图&lt;/a&gt;文&lt;/p&gt;</content>
          </entry>
          <entry xml:base="/other/">
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">XHTML <b>标题</b></div></title>
            <link href="second.html"/>
            <id>urn:uuid:2</id>
            <updated>2024-01-10 08:00:00</updated>
            <author><name>作者乙</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>段一</p><p>段二</p></div></content>
          </entry>
        </feed>
        """

    @Test func feedLevel() throws {
        let feed = try parse(Self.atom, url: "https://atom.example.com/blog/feed.atom")
        #expect(feed.format == .atom)
        #expect(feed.title == "原子 博客")
        #expect(feed.link == "https://atom.example.com/blog/")  // not the self link
        #expect(feed.language == "zh-Hans")
    }

    @Test func textConstructsAndBases() throws {
        let feed = try parse(Self.atom, url: "https://atom.example.com/blog/feed.atom")
        let first = feed.entries[0], second = feed.entries[1]
        #expect(first.id == "urn:uuid:1" && first.identity == .guid)
        #expect(first.title == "纯文本 <标题>")  // type="text": the brackets are text
        #expect(first.link == "https://atom.example.com/blog/2024/first.html")
        #expect(first.enclosures == [FeedEnclosure(url: "https://atom.example.com/blog/media/a.mp3", type: "audio/mpeg", length: 99)])
        #expect(first.published?.iso8601 == "2024-01-08T09:30:00+08:00")
        #expect(first.updated?.iso8601 == "2024-01-09T10:00:00+08:00")
        #expect(first.summary == ["第一行续行", "第二段"])  // a plain-text line break inside Chinese is not a space
        #expect(first.content == ["图文"])
        #expect(first.author == "作者甲")  // inherited from the feed
        #expect(second.title == "XHTML 标题")
        #expect(second.link == "https://atom.example.com/other/second.html")  // entry xml:base, absolute path
        #expect(second.content == ["段一", "段二"])
        #expect(second.author == "作者乙")
        #expect(second.published == nil)
        #expect(second.updated?.utcOffsetMinutes == 480)  // zone-less on a zh feed
    }
}

@Suite struct JSONFeedTests {
    @Test func version11() throws {
        let feed = try parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "JSON 站", "home_page_url": "https://j.example.com/",
             "feed_url": "https://j.example.com/feed.json", "language": "zh-CN", "authors": [{"name": "编辑部"}],
             "items": [
               {"id": "1", "url": "/p/1", "title": "第一篇", "content_html": "<p>一</p><p>二</p>", "summary": "摘要",
                "date_published": "2024-01-08T09:30:00+08:00", "date_modified": "2024-01-09T09:30:00Z",
                "attachments": [{"url": "/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 10}]},
               {"id": 2, "title": "第二篇", "content_text": "甲\\n\\n乙", "authors": [{"name": "张三"}, {"name": "李四"}]}
             ]}
            """)
        #expect(feed.format == .jsonFeed && feed.title == "JSON 站" && feed.link == "https://j.example.com/" && feed.language == "zh-CN")
        let first = feed.entries[0], second = feed.entries[1]
        #expect(first.id == "1" && first.link == "https://j.example.com/p/1" && first.content == ["一", "二"] && first.summary == ["摘要"])
        #expect(first.published?.iso8601 == "2024-01-08T09:30:00+08:00" && first.updated?.utcOffsetMinutes == 0)
        #expect(first.author == "编辑部")
        #expect(first.enclosures == [FeedEnclosure(url: "https://j.example.com/a.mp3", type: "audio/mpeg", length: 10)])
        #expect(second.id == "2" && second.content == ["甲", "乙"] && second.author == "张三, 李四")
    }

    @Test func version10Author() throws {
        let feed = try parse("""
            {"version": "https://jsonfeed.org/version/1", "title": "Old", "author": {"name": "Solo"},
             "items": [{"id": "x", "content_text": "hi"}]}
            """)
        #expect(feed.entries[0].author == "Solo" && feed.entries[0].content == ["hi"])
    }

    @Test func notAJSONFeed() {
        #expect(throws: FeedError.self) { try parse("{\"title\": \"no version\"}") }
        #expect(throws: FeedError.self) { try parse("{\"version\": ") }
    }
}
