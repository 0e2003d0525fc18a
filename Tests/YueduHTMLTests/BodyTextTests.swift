import Foundation
import Testing
@testable import YueduHTML

/// Line rules of the body writer that no corpus page pins from both sides.
@Suite struct BodyTextTests {
    static let paragraph = "<p>正文的一段话，写得足够长，有逗号，有句号，也有更多的文字在这里。</p>"

    /// A bare number above the first paragraph is a counter (mingridapan-1 pins that side);
    /// further down it is a table cell and stays.
    @Test func a_number_below_the_first_paragraph_stays() {
        let html = """
            <body><div class="content"><span>\u{E60E}12</span>\(String(repeating: Self.paragraph, count: 5))
            <table><tr><td>2019</td><td>246</td></tr></table></div></body>
            """
        let article = ArticleExtractor.extract(html: html, pageURL: nil)
        #expect(article.paragraphs.first?.hasPrefix("正文的一段话") == true, "first: \(article.paragraphs.first ?? "-")")
        #expect(Array(article.paragraphs.suffix(2)) == ["2019", "246"])
    }
}
