import Foundation
import Testing
@testable import YueduHTML

/// Every link a page or feed hands on is one a reader can open: absolute,
/// http or https, with a host. The hostless cases came from fuzzing.
@Suite struct URLResolverTests {
    let resolver = URLResolver(base: URL(string: "http://www.example.cn/news/2024/a.html")!)

    @Test func relative_links_resolve_against_the_page() {
        #expect(resolver.absolute("b.html") == "http://www.example.cn/news/2024/b.html")
        #expect(resolver.absolute("/c.html") == "http://www.example.cn/c.html")
        #expect(resolver.absolute("//cdn.example.cn/d.html") == "http://cdn.example.cn/d.html")
        #expect(resolver.absolute(" 新闻.html ") == "http://www.example.cn/news/2024/%E6%96%B0%E9%97%BB.html")
    }

    @Test func a_link_with_the_pages_scheme_and_no_slashes_is_relative_as_browsers_read_it() {
        #expect(resolver.absolute("http:b.html") == "http://www.example.cn/news/2024/b.html")
        #expect(resolver.absolute("http:'/www.example.cn/b.html") == "http://www.example.cn/news/2024/'/www.example.cn/b.html")
    }

    @Test func a_link_that_names_no_host_or_another_scheme_is_dropped() {
        #expect(resolver.absolute("https:b.html") == nil)
        #expect(URLResolver(base: nil).absolute("http:/%C2%A4com/1") == nil)
        #expect(resolver.absolute("http:/%C2%A4com/1") == "http://www.example.cn/%C2%A4com/1")
        #expect(URLResolver(base: nil).absolute("http:///x") == nil)
        for href in ["javascript:alert(1)", "mailto:a@b.cn", "data:text/html,x", "ftp://h/x", "#top", "  "] {
            #expect(resolver.absolute(href) == nil, "\(href)")
        }
    }
}
