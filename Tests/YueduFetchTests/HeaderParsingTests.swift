import Testing
@testable import YueduFetch

/// Header lines as curl hands them over, and the proxy variables as curl reads them.
@Suite struct HeaderParsingTests {
    @Test func headerLinesLoseTheirLineEndAndSurroundingBlanks() {
        var headers = HTTPHeaders()
        headers.appendLine("Content-Type:  text/html; charset=gb2312 \r\n")
        headers.appendLine("X-Empty:\r\n")
        headers.appendLine("\r\n")
        #expect(headers.fields == [.init(name: "Content-Type", value: "text/html; charset=gb2312"),
                                   .init(name: "X-Empty", value: "")])
        #expect(headers.contentTypeCharset == "gb2312")
    }

    @Test func aFoldedLineContinuesThePreviousValue() {
        var headers = HTTPHeaders()
        headers.appendLine("Link: <https://a.example/>;\r\n")
        headers.appendLine("\t rel=hub\r\n")
        #expect(headers["link"] == "<https://a.example/>; rel=hub")
    }

    @Test func aLineWithoutAColonIsIgnored() {
        var headers = HTTPHeaders()
        headers.appendLine("garbage\r\n")
        headers.appendLine(": no name\r\n")
        #expect(headers.fields.isEmpty)
    }

    @Test func charsetIsFoundAmongParametersAndUnquoted() {
        #expect(HTTPHeaders([("Content-Type", "text/html;q=1; Charset=\"Big5\"")]).contentTypeCharset == "Big5")
        #expect(HTTPHeaders([("Content-Type", "text/html")]).contentTypeCharset == nil)
        #expect(HTTPHeaders([("Content-Type", "text/html; charset=")]).contentTypeCharset == nil)
        #expect(HTTPHeaders().contentTypeCharset == nil)
    }

    @Test func proxiesFollowCurlsRules() {
        let settings = ProxySettings(environment: [
            "http_proxy": "http://127.0.0.1:1", "HTTPS_PROXY": "http://127.0.0.1:2", "NO_PROXY": "localhost",
        ])
        #expect(settings.proxy(forScheme: "http") == "http://127.0.0.1:1")
        #expect(settings.proxy(forScheme: "https") == "http://127.0.0.1:2")
        #expect(settings.noProxy == "localhost")

        let fallback = ProxySettings(environment: ["all_proxy": "socks5h://127.0.0.1:3", "HTTP_PROXY": "http://evil:4"])
        #expect(fallback.proxy(forScheme: "http") == "socks5h://127.0.0.1:3")
        #expect(fallback.proxy(forScheme: "https") == "socks5h://127.0.0.1:3")

        let none = ProxySettings(environment: ["http_proxy": "", "PATH": "/usr/bin"])
        #expect(none.proxy(forScheme: "http") == nil)
        #expect(none.noProxy == nil)
    }
}
