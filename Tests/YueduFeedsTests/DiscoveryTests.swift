import Foundation
import Testing
@testable import YueduFeeds

/// Feed discovery from a page's `<link rel="alternate">` and the HTTP
/// `Link` header, as `feed add` of a web page uses it.
@Suite struct DiscoveryTests {
    let page = URL(string: "https://www.example.cn/news/index.html")!

    @Test func a_relative_alternate_link_is_resolved_against_the_page() {
        let html = """
            <html><head><title>新闻</title>
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="application/rss+xml" title="新闻 RSS" href="../rss.xml">
            </head><body><p>正文</p></body></html>
            """
        #expect(FeedDiscovery.discover(html: html, linkHeaders: [], pageURL: page) == [
            DiscoveredFeed(url: URL(string: "https://www.example.cn/rss.xml")!, type: "application/rss+xml", title: "新闻 RSS",
                           origin: .linkTag),
        ])
    }

    @Test func base_href_resolves_links_and_types_are_matched_without_case_or_parameters() {
        let html = """
            <head><base href="https://cdn.example.cn/site/"><LINK REL="Alternate" TYPE="Application/Atom+XML; charset=utf-8"
            href="atom.xml"></head>
            """
        let found = FeedDiscovery.discover(html: html, linkHeaders: [], pageURL: page)
        #expect(found.map(\.url.absoluteString) == ["https://cdn.example.cn/site/atom.xml"])
        #expect(found.first?.type == "application/atom+xml")
    }

    @Test func rss_atom_and_json_feed_come_before_plain_json_and_other_links_are_ignored() {
        let html = """
            <head>
            <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
            <link rel="alternate" hreflang="en" href="/en/">
            <link rel="alternate" type="text/html" href="/m/">
            <link rel="feed" type="application/rss+xml" href="/not-alternate.xml">
            <link rel="alternate" type="application/feed+json" href="/feed.json">
            <link rel="alternate" type="application/rss+xml" href="/feed/">
            <link rel="alternate" type="application/rss+xml" href="/comments/feed/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head>
            """
        #expect(FeedDiscovery.discover(html: html, linkHeaders: [], pageURL: page).map(\.url.absoluteString) == [
            "https://www.example.cn/feed/", "https://www.example.cn/comments/feed/", "https://www.example.cn/feed.json",
            "https://www.example.cn/wp-json/wp/v2/posts/1",
        ])
    }

    @Test func the_link_header_names_a_feed_when_the_page_does_not() {
        let header = #"<https://example.cn/a,b>; rel="next", </feed.atom>; rel="alternate"; type="application/atom+xml"; title="Atom, 全部""#
        let found = FeedDiscovery.discover(html: "<html><body>hi</body></html>", linkHeaders: [header], pageURL: page)
        #expect(found == [DiscoveredFeed(url: URL(string: "https://www.example.cn/feed.atom")!, type: "application/atom+xml",
                                         title: "Atom, 全部", origin: .linkHeader)])
    }

    @Test func a_page_naming_no_feed_gives_none_and_a_broken_header_parses_what_it_can() {
        #expect(FeedDiscovery.discover(html: "<p>没有</p>", linkHeaders: ["garbage", "<unterminated"], pageURL: page).isEmpty)
        #expect(FeedDiscovery.parseLinkHeader(#"<a>; rel=alternate; type=application/rss+xml, junk, <b>; rel="alternate""#) == [
            FeedDiscovery.HeaderLink(target: "a", rel: ["alternate"], type: "application/rss+xml", title: nil),
            FeedDiscovery.HeaderLink(target: "b", rel: ["alternate"], type: nil, title: nil),
        ])
    }

    @Test func gb2312_page_bytes_are_decoded_before_the_links_are_read() {
        let html = #"<html><head><meta charset="gb2312"><link rel="alternate" type="application/rss+xml" title=""#
        var bytes = Array(html.utf8)
        bytes += [0xD0, 0xC2, 0xCE, 0xC5]  // 新闻 in GB2312
        bytes += Array(#"" href="/rss"></head></html>"#.utf8)
        let found = FeedDiscovery.discover(html: bytes, httpCharset: nil, linkHeaders: [], pageURL: page)
        #expect(found.map(\.title) == ["新闻"])
    }
}
