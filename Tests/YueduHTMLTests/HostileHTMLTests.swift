import Foundation
import Testing
@testable import YueduHTML

@Suite struct HostileHTMLTests {
    @Test func terminal_escape_sequences_and_controls_in_text_never_reach_the_output() {
        let evil = "标题\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m"
        let html = "<html><head><title>\(evil)</title></head><body><article><h1>\(evil)</h1>"
            + String(repeating: "<p>正文里有\u{1B}[31m红色\u{1B}[0m和\u{0}空字符，还有很多很多的文字，这样才像一段正文。</p>", count: 5)
            + "</article></body></html>"
        let article = ArticleExtractor.extract(html: html, pageURL: nil)
        let everything = ([article.title] + article.paragraphs).joined()
        #expect(!everything.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(article.title.hasPrefix("标题"))
        #expect(article.paragraphs.first?.contains("红色") == true)
    }

    @Test func script_and_style_text_never_becomes_body() {
        let body = String(repeating: "<p>这是正文的一段话，有逗号，也有句号。</p>", count: 4)
        let html = "<body><div><script>document.write('脚本里的中文，逗号，句号。')</script><style>.a{content:'样式'}</style>\(body)</div></body>"
        let article = ArticleExtractor.extract(html: html, pageURL: nil)
        #expect(article.paragraphs.count == 4)
        #expect(!article.paragraphs.joined().contains("脚本") && !article.paragraphs.joined().contains("样式"))
    }

    @Test func markup_nested_a_hundred_thousand_deep_is_walked_without_overflowing_the_stack() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "深处的正文，有标点。" + String(repeating: "</div>", count: depth)
        let article = ArticleExtractor.extract(html: html, pageURL: nil)
        // libxml2 caps nesting at 256 levels in recovery mode; the text must still come out.
        #expect(article.paragraphs.joined().contains("深处的正文") || article.paragraphs.isEmpty)
        _ = HTMLToText.paragraphs(fromHTMLFragment: html, baseURL: nil)
    }

    /// Debug builds run the extractor at a tenth of release speed, so 6 MB here; the
    /// bench measures release throughput on the real pages.
    @Test func a_six_megabyte_page_is_extracted_in_bounded_time_and_memory() {
        let paragraph = "<p>一段很长的正文，用来测试很大的页面能否在有限的时间里处理完。它有标点，也有文字。</p>\n"
        let html = "<html><body><div class=content>" + String(repeating: paragraph, count: 60_000) + "</div></body></html>"
        #expect(html.utf8.count > 6_000_000)
        let before = Self.peakResidentBytes()
        let start = ContinuousClock.now
        let article = ArticleExtractor.extract(html: html, pageURL: nil)
        let elapsed = ContinuousClock.now - start
        #expect(article.paragraphs.count == 60_000)
        #expect(elapsed < .seconds(60), "6 MB took \(elapsed)")
        // The tree, the counts and the text: a small multiple of the page, never unbounded.
        #expect(Self.peakResidentBytes() - before < 40 * html.utf8.count, "peak grew by \(Self.peakResidentBytes() - before) bytes")
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func nul_bytes_do_not_cut_the_page_short() {
        let html = "<body><div><p>前半段，有标点。前半段，有标点。</p>\u{0}<p>后半段，也要在。后半段，也要在。</p></div></body>"
        let article = ArticleExtractor.extract(html: html, pageURL: nil)
        #expect(article.paragraphs.joined().contains("后半段"))
    }
}
