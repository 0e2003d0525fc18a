import Testing
import YueduCharset

@Suite("HTML charset prescan")
struct HTMLCharsetPrescanTests {
    func declared(_ html: String) -> String? { HTMLCharsetPrescan.declaredCharset(in: Array(html.utf8)) }

    @Test func meta_charset_in_its_usual_forms() {
        #expect(declared(#"<html><head><meta charset="gbk"><title>x</title>"#) == "gbk")
        #expect(declared("<meta charset='big5'>") == "big5")
        #expect(declared("<META CHARSET=Shift_JIS>") == "shift_jis")
        #expect(declared("<meta name=viewport content=\"width=device-width\"/><meta charset=euc-kr />") == "euc-kr")
        #expect(declared("<meta\ncharset = \"gb2312\" >") == "gb2312")
    }

    @Test func meta_http_equiv_content_type() {
        #expect(declared(#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#) == "gb2312")
        #expect(declared(#"<meta content="text/html;charset='big5'" http-equiv="content-type">"#) == "big5")
        #expect(declared(#"<meta http-equiv="refresh" content="5; charset=gbk">"#) == nil)
    }

    @Test func comments_and_scripts_are_stepped_over() {
        #expect(declared(#"<!-- <meta charset="big5"> --><meta charset="gbk">"#) == "gbk")
        #expect(declared(#"<script>document.write('<meta charset="big5">')</script><meta charset="gbk">"#) == "gbk")
        #expect(declared(#"<style>/* <meta charset="big5"> */</style><meta charset="gbk">"#) == "gbk")
        #expect(declared(#"<div title="<meta charset=big5>"><meta charset="gbk">"#) == "gbk")
    }

    @Test func a_meta_after_a_kilobyte_is_found_but_not_after_the_body_starts_or_past_the_limit() {
        let script = "<script>" + String(repeating: "var a = 1; ", count: 300) + "</script>"
        #expect(declared("<head>" + script + #"<meta charset="gbk">"#) == "gbk")
        #expect(declared(#"<head></head><body><meta charset="gbk">"#) == nil)
        let padding = "<head>" + String(repeating: "<link rel=x>", count: HTMLCharsetPrescan.scanLimit / 12 + 1)
        #expect(declared(padding + #"<meta charset="gbk">"#) == nil)
    }

    @Test func an_unknown_label_gives_way_to_a_later_known_one_but_is_returned_alone() {
        #expect(declared(#"<meta charset="klingon"><meta charset="big5">"#) == "big5")
        #expect(declared(#"<meta charset="klingon">"#) == "klingon")
    }

    @Test func broken_markup_ends_the_scan_without_trapping() {
        for html in ["<", "<meta", "<meta charset=", "<meta charset=\"gbk", "<!--", "<script>", "</", "<a href='x"] {
            _ = declared(html)
        }
        #expect(declared("<meta charset=\"gbk") == "gbk")
    }
}
