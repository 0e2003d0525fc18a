import Testing
@testable import YueduCore
import YueduModel

/// The reader's fetch of a page into the library, as the reducer sees it:
/// Enter on a related item with a URL, `a` and a typed URL, and each way a
/// fetch ends (it lands, fails, or Esc cancels it).
@Suite struct PageFetchTests {
    init() { _ = TestLocale.ready }

    static let url = "http://127.0.0.1:8080/news/2.html"

    /// k1 open with item 1 in the library, item 2 fetchable, item 3 without a URL.
    static func reading() -> AppState {
        var withURL = Fixture.related("湖北多地开展春季防汛演练", excerpt: "演练摘要。")
        withURL.url = url
        let related = [Fixture.related("在库的相关文章", target: "k2"), withURL, Fixture.related("无网址的相关文章")]
        var s = Fixture.reading(Fixture.detail("k1", related: related))
        s.status = nil
        return s
    }

    @Test func enter_on_a_related_item_with_a_url_starts_a_fetch_that_the_status_line_shows() {
        var s = Self.reading()
        s.focus = .related
        _ = reduce(&s, .keyPressed(.character("j")))
        #expect(reduce(&s, .keyPressed(.enter)) == [.fetchPage(url: Self.url)])
        #expect(s.fetch == PendingFetch(url: Self.url, origin: RelatedOrigin(ownerKey: "k1", index: 1)))
        #expect(s.status == nil)
        // Keys keep working meanwhile, and do not end the fetch.
        _ = reduce(&s, .keyPressed(.character("k")))
        #expect(s.relatedSelection == 0)
        #expect(s.fetch != nil)
        // A second fetch waits for the first.
        #expect(reduce(&s, .keyPressed(.character("2"))) == [])
        #expect(s.status?.text.contains("already fetching \(Self.url)") == true)
    }

    @Test func the_number_of_an_item_without_a_url_says_it_is_not_in_the_library() {
        var s = Self.reading()
        #expect(reduce(&s, .keyPressed(.character("3"))) == [])
        #expect(s.fetch == nil)
        #expect(s.status == StatusMessage("不在库中 not in the library: 无网址的相关文章"))
    }

    @Test func a_landed_page_resolves_the_item_refreshes_the_list_and_opens() {
        var s = Self.reading()
        _ = reduce(&s, .keyPressed(.character("2")))
        let effects = reduce(&s, .pageFetched(url: Self.url, key: "web-key"))
        #expect(effects == [.loadCounts, .loadPage(filter: .all, offset: 0, limit: ListWindow.pageSize),
                            .savePosition(key: "k1", s.article!.position), .openArticle(key: "web-key")])
        #expect(s.fetch == nil)
        #expect(s.article?.detail.article.related[1].targetKey == "web-key")
        #expect(s.status == StatusMessage("已取回 fetched " + Self.url))
        #expect(s.pendingOpen?.key == "web-key" && s.pendingOpen?.focus == .article)
        _ = reduce(&s, .articleLoaded(Fixture.detail("web-key", title: "湖北多地开展春季防汛演练")))
        #expect(s.article?.key == "web-key")
        #expect(s.history.back.last == "k1")
    }

    @Test func a_failed_fetch_names_the_url_and_shows_the_item_excerpt() {
        var s = Self.reading()
        _ = reduce(&s, .keyPressed(.character("2")))
        s.focus = .article
        #expect(reduce(&s, .fetchFailed(url: Self.url, message: "\(Self.url): the server answered HTTP 404")) == [])
        #expect(s.fetch == nil)
        #expect(s.status == StatusMessage("取回失败 fetch failed: \(Self.url): the server answered HTTP 404", isError: true))
        #expect(s.focus == .related && s.relatedSelection == 1)
        #expect(s.article?.key == "k1" && s.article?.detail.article.related[1].targetKey == nil)
    }

    @Test func esc_cancels_the_fetch_and_its_late_answer_changes_nothing() {
        var s = Self.reading()
        _ = reduce(&s, .keyPressed(.character("2")))
        #expect(reduce(&s, .keyPressed(.escape)) == [.cancelFetch(url: Self.url)])
        #expect(s.fetch == nil)
        #expect(s.status == StatusMessage("已取消 cancelled fetching " + Self.url))
        let before = s
        #expect(reduce(&s, .fetchFailed(url: Self.url, message: "\(Self.url): cancelled")) == [])
        #expect(reduce(&s, .pageFetched(url: Self.url, key: "web-key")) == [])
        #expect(s == before)
        // With no fetch running, Esc is what it was (nothing outside a search view).
        #expect(reduce(&s, .keyPressed(.escape)) == [])
    }

    @Test func a_opens_a_url_prompt_whose_enter_fetches_and_whose_esc_closes() {
        var s = Self.reading()
        _ = reduce(&s, .keyPressed(.character("a")))
        #expect(s.keyContext == .prompt && s.urlPrompt == SearchPrompt())
        for c in " https://example.cn/a?q=1 " { _ = reduce(&s, .keyPressed(.character(c))) }
        _ = reduce(&s, .keyPressed(.backspace))  // the editing keys work: the trailing space goes
        #expect(s.urlPrompt?.query == " https://example.cn/a?q=1")
        #expect(reduce(&s, .keyPressed(.enter)) == [.fetchPage(url: "https://example.cn/a?q=1")])
        #expect(s.overlay == nil && s.fetch == PendingFetch(url: "https://example.cn/a?q=1"))
        // Landing opens it; no related item to resolve.
        let effects = reduce(&s, .pageFetched(url: "https://example.cn/a?q=1", key: "https://example.cn/a"))
        #expect(effects.last == .openArticle(key: "https://example.cn/a"))

        _ = reduce(&s, .keyPressed(.character("a")))
        _ = reduce(&s, .keyPressed(.character("x")))
        #expect(reduce(&s, .keyPressed(.escape)) == [])
        #expect(s.overlay == nil && s.fetch == nil)
    }

    @Test(arguments: ["ftp://example.cn/a", "file:///etc/passwd", "example.cn", "http://", "https:///path", "javascript:alert(1)"])
    func only_http_and_https_urls_with_a_host_are_fetched(_ text: String) {
        var s = Self.reading()
        _ = reduce(&s, .keyPressed(.character("a")))
        for c in text { _ = reduce(&s, .keyPressed(.character(c))) }
        #expect(reduce(&s, .keyPressed(.enter)) == [])
        #expect(s.fetch == nil && s.overlay == nil)
        #expect(s.status == StatusMessage("只取回 http/https 网址 only http and https URLs are fetched, not: " + text, isError: true))
    }
}
