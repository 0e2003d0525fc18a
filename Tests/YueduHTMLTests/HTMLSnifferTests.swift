import Testing
@testable import YueduHTML

@Suite struct HTMLSnifferTests {
    @Test func a_doctype_or_html_tag_after_a_bom_and_blanks_is_html() {
        #expect(HTMLSniffer.looksLikeHTML(Array("\u{FEFF}\n  <!DOCTYPE html><html>".utf8)))
        #expect(HTMLSniffer.looksLikeHTML(Array("<HTML lang=zh>".utf8)))
        #expect(HTMLSniffer.looksLikeHTML(Array("<!-- saved --><html>".utf8)))
    }

    @Test func json_plain_text_and_lookalike_tags_are_not_html() {
        #expect(!HTMLSniffer.looksLikeHTML(Array("{\"title\": \"<html>\"}".utf8)))
        #expect(!HTMLSniffer.looksLikeHTML(Array("标题\n<html>".utf8)))
        #expect(!HTMLSniffer.looksLikeHTML(Array("<htmlfoo>".utf8)))
        #expect(!HTMLSniffer.looksLikeHTML([]))
    }
}
