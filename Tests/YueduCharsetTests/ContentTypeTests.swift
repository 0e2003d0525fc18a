import Testing
import YueduCharset

@Suite("Content-Type charset")
struct ContentTypeTests {
    @Test func the_charset_parameter_is_found_quoted_or_not_in_any_case() {
        #expect(ContentType.charset("text/html; charset=gbk") == "gbk")
        #expect(ContentType.charset(#"text/html; charset="gbk""#) == "gbk")
        #expect(ContentType.charset("text/html;CHARSET=Big5 ") == "Big5")
        #expect(ContentType.charset(#"text/html; q="a;b"; charset=euc-kr; x=1"#) == "euc-kr")
        #expect(ContentType.charset(#"application/xhtml+xml; charset = "shift\_jis""#) == nil)
        #expect(ContentType.charset(#"text/html; charset="shift\_jis""#) == "shift_jis")
    }

    @Test func no_charset_parameter_gives_nil() {
        #expect(ContentType.charset("text/html") == nil)
        #expect(ContentType.charset("text/html; charset=") == nil)
        #expect(ContentType.charset("text/html; boundary=x") == nil)
    }
}
