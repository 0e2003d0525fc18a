import Foundation
import Testing
import YueduFetch
import YueduTestSupport

/// https against the fixture server's self-signed certificate: verified, never skipped.
@Suite struct HTTPSTests {
    @Test func anHTTPSPageArrivesWhenItsCertificateIsTrusted() throws {
        let server = try LoopbackHTTPServer(routes: ["/secure": .text("加密的页面").gzipped()], tls: true)
        let client = HTTPClient(environment: [:], certificateAuthorityFile: LoopbackHTTPServer.certificateAuthorityFile)
        let response = try client.fetch(FetchRequest(url: server.url("/secure")))
        #expect(server.url("/secure").scheme == "https")
        #expect(response.status == 200)
        #expect(response.body == Array("加密的页面".utf8))
    }

    @Test func anUntrustedCertificateIsRefused() throws {
        let server = try LoopbackHTTPServer(routes: ["/secure": .text("secret")], tls: true)
        let error = #expect(throws: FetchError.self) { try HTTPClient(environment: [:]).fetch(FetchRequest(url: server.url("/secure"))) }
        guard case .connectionFailed(let reason, let url) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(url == server.url("/secure"))
        #expect(reason.localizedCaseInsensitiveContains("certificate"))
        #expect(server.requests().isEmpty)  // nothing was sent before verification failed
    }

    @Test func aRedirectFromHTTPToHTTPSIsFollowed() throws {
        let secure = try LoopbackHTTPServer(routes: ["/page": .text("now secure")], tls: true)
        let plain = try LoopbackHTTPServer(host: "127.0.0.2", routes: ["/page": .redirect(to: secure.url("/page").absoluteString, status: 301)])
        let client = HTTPClient(environment: [:], certificateAuthorityFile: LoopbackHTTPServer.certificateAuthorityFile)
        let response = try client.fetch(FetchRequest(url: plain.url("/page")))
        #expect(response.finalURL == secure.url("/page"))
        #expect(response.redirects == [Redirect(status: 301, from: plain.url("/page"), to: secure.url("/page"))])
        #expect(response.body == Array("now secure".utf8))
    }
}
