import Foundation
import Testing
import YueduApp
import YueduFetch
import YueduModel
import YueduStore
import YueduTestSupport

/// A news page as Chinese sites write one: headline, byline with date and
/// source, paragraphs, a 相关阅读 list; `canonical` adds `<link rel=canonical>`.
func newsPage(title: String = "长江流域今年首场春汛平稳通过", date: String? = "2024-03-18 09:30",
              canonical: String? = nil, body: [String]? = nil) -> String {
    let paragraphs = body ?? [
        "本报武汉3月18日电，记者从长江水利委员会获悉，今年长江流域首场春汛已于近日平稳通过，沿线各地防汛工作有序开展。",
        "据介绍，受持续降雨影响，长江中游部分支流水位一度上涨，有关部门提前部署，科学调度水库群，确保了沿江群众安全。",
        "专家表示，今年春汛来得较往年偏早，但整体可控。下一步将继续加强监测预警，做好主汛期各项准备工作，保障防洪安全。",
    ]
    return """
    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>\(title)_新闻中心</title>
    \(canonical.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? "")
    </head><body><div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
    <div class="article"><h1>\(title)</h1>
    <div class="info">\(date.map { "<span>\($0)</span>" } ?? "") 来源：长江日报</div>
    \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
    <p>责任编辑：王小明</p></div>
    <div class="related"><h3>相关阅读</h3><ul>
    <li><a href="/news/2.html">湖北多地开展春季防汛演练</a> 03-15</li>
    <li><a href="/news/3.html">三峡水库下泄流量加大</a> 03-12</li>
    </ul></div></body></html>
    """
}

/// `text` in `encoding` (YueduTestSupport's iconv encoder).
func encoded(_ text: String, as encoding: String) throws -> [UInt8] { try encode(text, to: encoding) }

@Suite struct WebPageImportTests {
    let client = HTTPClient(environment: [:])

    @Test func a_page_behind_a_redirect_is_keyed_by_its_canonical_url_and_decoded_by_its_http_charset() throws {
        let canonical = "https://news.example.cn/2024/03/18/spring.html"
        let gbk = try encoded(newsPage(canonical: canonical), as: "GBK")
        let server = try LoopbackHTTPServer(routes: [
            "/short": .redirect(to: "/news/1.html"),
            "/news/1.html": .body(Array(gbk), headers: [("Content-Type", "text/html; charset=gbk")]),
        ])
        let page = try WebPageImport.fetch(url: server.url("/short"), client: client)
        #expect(page.article.key == canonical && page.article.url == canonical)
        #expect(page.finalURL == server.url("/news/1.html"))
        #expect(page.redirects.count == 1)
        #expect(page.encoding == "GB18030", "\(page.encoding)")  // WHATWG reads the gbk label as GB18030
        #expect(page.article.title == "长江流域今年首场春汛平稳通过")
        #expect(page.article.published == PublishedDate(year: 2024, month: 3, day: 18, hour: 9, minute: 30, utcOffsetMinutes: 480))
        #expect(page.article.paragraphs.contains { $0.hasPrefix("本报武汉3月18日电") }, "\(page.article.paragraphs)")
        #expect(page.article.language == .zh)
        #expect(page.article.site == "news.example.cn")  // the page names no site: the canonical URL's host
        #expect(page.notes.isEmpty, "\(page.notes)")
    }

    @Test func a_page_without_canonical_url_is_keyed_by_the_url_it_was_fetched_from_after_redirects() throws {
        let server = try LoopbackHTTPServer(routes: [
            "/a": .redirect(to: "/b", status: 301), "/b": .redirect(to: "/final.html", status: 307),
            "/final.html": .text(newsPage()),
        ])
        let page = try WebPageImport.fetch(url: server.url("/a"), client: client)
        #expect(page.article.key == server.url("/final.html").absoluteString)
        #expect(page.redirects.map(\.status) == [301, 307])
        let related = page.article.related
        #expect(related.map(\.title) == ["湖北多地开展春季防汛演练", "三峡水库下泄流量加大"], "\(related)")
        #expect(related.first?.url == server.url("/news/2.html").absoluteString)
        #expect(related.first?.dateAsWritten == "03-15")
        #expect(related.first?.date == PublishedDate(year: 2024, month: 3, day: 15) && related.first?.yearInferred == true)
    }

    @Test func a_page_without_a_date_takes_the_last_modified_header_and_says_so() throws {
        let route = FixtureRoute.body(Array(newsPage(date: nil).utf8), headers: [
            ("Content-Type", "text/html"), ("Last-Modified", "Tue, 05 Mar 2024 06:07:08 GMT"),
        ])
        let server = try LoopbackHTTPServer(routes: ["/undated": route])
        let page = try WebPageImport.fetch(url: server.url("/undated"), client: client)
        #expect(page.article.published == PublishedDate(year: 2024, month: 3, day: 5, hour: 6, minute: 7, second: 8,
                                                          utcOffsetMinutes: 0))
        #expect(page.notes == ["no publication date found in the page: using the HTTP Last-Modified header, 2024-03-05T06:07:08Z"])
    }

    @Test func adding_a_page_again_keeps_the_reader_state_and_an_unchanged_page_writes_nothing() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        let store = try library.open()
        let server = try LoopbackHTTPServer(routes: ["/p.html": .text(newsPage())])
        let first = try WebPageImport.add(url: server.url("/p.html"), into: store, client: client)
        #expect(first.outcome == .new && first.key == server.url("/p.html").absoluteString)
        try store.setFavorite(key: first.key, true)
        #expect(try WebPageImport.add(url: server.url("/p.html"), into: store, client: client).outcome == .unchanged)

        try server.setRoutes(["/p.html": .text(newsPage(title: "长江流域首场春汛平稳通过（更新）"))])
        let again = try WebPageImport.add(url: server.url("/p.html"), into: store, client: client)
        #expect(again.outcome == .updated && again.key == first.key)
        let detail = try #require(try store.detail(key: first.key))
        #expect(detail.article.title == "长江流域首场春汛平稳通过（更新）")
        #expect(detail.state.favoriteAt != nil)
        #expect(try store.count(.all) == 1)
    }

    @Test func a_status_outside_2xx_fails_naming_the_url_and_stores_nothing() throws {
        let library = try TemporaryLibrary()
        defer { library.remove() }
        let store = try library.open()
        let server = try LoopbackHTTPServer(routes: ["/gone": .text(newsPage(), status: 404),
                                                     "/broken": .text("oops", status: 500)])
        for (path, status) in [("/gone", 404), ("/broken", 500)] {
            let error = #expect(throws: WebPageError.self) { try WebPageImport.add(url: server.url(path), into: store, client: client) }
            #expect(error == .fetch(.httpStatus(status, url: server.url(path))))
            #expect(error?.description == "\(server.url(path).absoluteString): the server answered HTTP \(status)")
        }
        #expect(try store.count(.all) == 0)
    }

    @Test func what_is_not_a_page_or_holds_no_article_is_refused_with_what_is_missing() throws {
        let server = try LoopbackHTTPServer(routes: [
            "/image.png": .body([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], headers: [("Content-Type", "image/png")]),
            "/empty": .body([], headers: [("Content-Type", "text/html")]),
            "/shell": .text("<html><head><title>x</title></head><body><script>render()</script></body></html>"),
        ])
        let png = #expect(throws: WebPageError.self) { try WebPageImport.fetch(url: server.url("/image.png"), client: client) }
        #expect(png?.description == "\(server.url("/image.png").absoluteString): not an HTML page (Content-Type: image/png)")
        let empty = #expect(throws: WebPageError.self) { try WebPageImport.fetch(url: server.url("/empty"), client: client) }
        #expect(empty?.description == "\(server.url("/empty").absoluteString): the server sent an empty page")
        let shell = #expect(throws: WebPageError.self) { try WebPageImport.fetch(url: server.url("/shell"), client: client) }
        #expect(shell?.description == "\(server.url("/shell").absoluteString): no article text found in the page", "\(String(describing: shell))")
    }

    @Test func a_redirect_to_a_hostile_location_is_reported_without_its_escape_sequences() throws {
        let server = try LoopbackHTTPServer(routes: ["/evil": .redirect(to: "http://[\u{1B}]2;owned\u{07}")])
        let error = #expect(throws: WebPageError.self) { try WebPageImport.fetch(url: server.url("/evil"), client: client) }
        let text = try #require(error?.description)
        #expect(text.hasPrefix(server.url("/evil").absoluteString), "\(text)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text.debugDescription)")
    }
}
