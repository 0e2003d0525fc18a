import Foundation
import Testing
@testable import YueduFeeds

/// OPML as other readers export it, and what `export-opml` writes.
@Suite struct OPMLTests {
    private func parse(_ text: String) throws -> OPMLDocument { try OPML.parse(Array(text.utf8)) }

    @Test func newsboat_export_is_flat_and_its_exec_and_filter_urls_are_set_aside() throws {
        let document = try parse("""
            <?xml version="1.0"?>
            <opml version="1.0">
              <head><title>newsboat - Exported Feeds</title></head>
              <body>
                <outline type="rss" xmlUrl="https://sspai.com/feed" htmlUrl="https://sspai.com" title="少数派"/>
                <outline type="rss" xmlUrl="exec:~/bin/feed.sh" htmlUrl="" title="script"/>
                <outline type="rss" xmlUrl="https://rsshub.app/zaobao/realtime/china?a=1&amp;b=2" htmlUrl="" title=""/>
              </body>
            </opml>
            """)
        #expect(document.title == "newsboat - Exported Feeds")
        #expect(document.feeds == [
            OPMLFeed(url: "https://sspai.com/feed", title: "少数派", siteLink: "https://sspai.com"),
            OPMLFeed(url: "https://rsshub.app/zaobao/realtime/china?a=1&b=2"),
        ])
        #expect(document.unsupported == ["exec:~/bin/feed.sh"])
    }

    @Test func nested_categories_as_feedly_and_thunderbird_write_them_are_walked_in_order() throws {
        let document = try parse("""
            <opml version="2.0"><head><title>Feedly</title></head><body>
              <outline text="科技" title="科技">
                <outline type="rss" text="爱范儿" title="爱范儿" xmlUrl="https://www.ifanr.com/feed" htmlUrl="https://www.ifanr.com"/>
                <outline text="深" title="深">
                  <outline type="rss" text="Only text" xmlUrl="http://example.com/a.xml"/>
                </outline>
              </outline>
              <outline type="rss" text="顶层" xmlurl="http://example.com/top.xml"/>
            </body></opml>
            """)
        #expect(document.feeds.map(\.url) == ["https://www.ifanr.com/feed", "http://example.com/a.xml", "http://example.com/top.xml"])
        #expect(document.feeds.map(\.categories) == [["科技"], ["科技", "深"], []])
        #expect(document.feeds.map(\.title) == ["爱范儿", "Only text", "顶层"])
    }

    @Test func what_is_not_opml_is_a_clear_error() {
        #expect(throws: FeedError("not OPML: its root element is <rss>, not <opml>")) { try parse("<rss><channel/></rss>") }
        #expect(throws: FeedError("not OPML: no <body>")) { try parse("<opml version=\"2.0\"><head/></opml>") }
        #expect(throws: FeedError.self) { try parse("<opml><body><outline xmlUrl=\"http://a/\"") }
    }

    @Test func an_external_entity_is_never_read() throws {
        let document = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <opml version="2.0"><body><outline title="&xxe;" xmlUrl="http://127.0.0.1/feed.xml"/></body></opml>
            """)
        #expect(document.feeds.count == 1)
        #expect(document.feeds[0].title?.contains("root") != true)
    }

    @Test func export_escapes_what_xml_needs_and_round_trips_through_import() throws {
        let feeds = [
            OPMLFeed(url: "https://example.com/feed?a=1&b=<2>", title: "Tom & \"Jerry\" <新番> 'x'", siteLink: "https://example.com/"),
            OPMLFeed(url: "http://127.0.0.1/中文.xml", title: "多\n行\u{7}"),
        ]
        let text = OPMLWriter.document(feeds, dateCreated: "Wed, 02 Dec 2026 18:00:00 GMT")
        #expect(text.contains("xmlUrl=\"https://example.com/feed?a=1&amp;b=&lt;2&gt;\""))
        #expect(text.contains("title=\"Tom &amp; &quot;Jerry&quot; &lt;新番&gt; &apos;x&apos;\""))
        #expect(!text.contains("\u{7}"))
        let back = try OPML.parse(Array(text.utf8))
        #expect(back.feeds.map(\.url) == feeds.map(\.url))
        // A line break between Han characters is no space.
        #expect(back.feeds.map(\.title) == ["Tom & \"Jerry\" <新番> 'x'", "多行"])
        #expect(back.feeds.map(\.siteLink) == ["https://example.com/", nil])
    }
}
