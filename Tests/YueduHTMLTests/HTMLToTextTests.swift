import Foundation
import Testing
@testable import YueduHTML

@Suite struct HTMLToTextTests {
    @Test func block_elements_and_br_end_paragraphs_and_entities_are_decoded() {
        let html = "<p>第一段&amp;<b>加粗</b></p><div>第二段<br>第三段</div>尾&nbsp;巴"
        #expect(HTMLToText.paragraphs(fromHTMLFragment: html, baseURL: nil) == ["第一段&加粗", "第二段", "第三段", "尾 巴"])
    }

    @Test func a_source_line_break_inside_chinese_is_not_a_space_but_a_typed_space_stays() {
        let html = "<p>中文段落\n  继续写</p><p>DeepMind新电脑 人工智能</p><p>word\nwrap</p>"
        #expect(HTMLToText.paragraphs(fromHTMLFragment: html, baseURL: nil) == ["中文段落继续写", "DeepMind新电脑 人工智能", "word wrap"])
    }

    @Test func images_become_one_placeholder_line_and_tiny_icons_vanish() {
        let html = "<p>前文<img src=a.jpg alt=\"天宫 一号\">后文</p><img src=b.png><img src=dot.gif width=1 height=1>"
        #expect(HTMLToText.paragraphs(fromHTMLFragment: html, baseURL: nil) == ["前文", "[图 天宫 一号]", "后文", "[图]"])
    }

    @Test func scripts_styles_and_hidden_blocks_leave_no_text() {
        let html = "<style>p{}</style><script>var x='正文';</script><p hidden>藏</p><p style=\"display: none\">藏</p><p>看得见</p>"
        #expect(HTMLToText.paragraphs(fromHTMLFragment: html, baseURL: nil) == ["看得见"])
    }

    @Test func an_empty_or_markup_only_fragment_gives_no_paragraphs() {
        #expect(HTMLToText.paragraphs(fromHTMLFragment: "", baseURL: nil).isEmpty)
        #expect(HTMLToText.paragraphs(fromHTMLFragment: "<div><p> </p><br></div>", baseURL: nil).isEmpty)
    }
}
