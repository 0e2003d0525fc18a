import Foundation
import Testing
import YueduTestSupport

/// libcurl, libxml2 and uchardet are opened on first use, not at start
/// (YueduLazyLibrary): the dynamic loader's own log (LD_DEBUG=files) of the
/// real binary shows which libraries a command loaded and how.
@Suite struct StartupLibrariesTests {
    static let lazy = ["libcurl", "libxml2", "libuchardet"]

    /// The loader's log of what was loaded: "file=libsqlite3.so.0 [0];  needed by …"
    /// for the program's own links, "… dynamically loaded by …" for dlopen.
    static func loaded(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.contains("file=") && ($0.contains("needed by") || $0.contains("dynamically loaded")) }
    }

    @Test func listing_the_library_loads_neither_libcurl_nor_libxml2_nor_uchardet() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["list", "--limit", "1"], environment: ["LD_DEBUG": "files"])
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        let lines = Self.loaded(result.stderr)
        // The log is real: SQLite, which `list` needs, is in it.
        #expect(lines.contains { $0.contains("file=libsqlite3.so.0") }, "\(lines)")
        for name in Self.lazy {
            #expect(!lines.contains { $0.contains(name) }, "\(name) was loaded: \(lines.filter { $0.contains(name) })")
        }
    }

    @Test func fetching_a_page_in_an_undeclared_encoding_opens_each_library_when_it_is_needed_and_it_works() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let title = "长江流域今年首场春汛平稳通过"
        let body = String(repeating: "<p>本报武汉3月18日电，记者从长江水利委员会获悉，今年长江流域首场春汛已于近日平稳通过，沿线各地防汛工作有序开展。</p>\n", count: 4)
        // GBK with no charset anywhere: the detector asks uchardet for its guess.
        let page = try encode("<html><head><title>\(title)</title></head><body><h1>\(title)</h1>\(body)</body></html>", to: "GBK")
        let server = try LoopbackHTTPServer(routes: ["/p.html": .body(page, headers: [("Content-Type", "text/html")])])
        let result = try cli.run(["extract", "--json", server.url("/p.html").absoluteString],
                                 environment: ["no_proxy": "*", "LD_DEBUG": "files"], library: false)
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "\(result.stdout.prefix(500))")
        #expect(object["title"] as? String == title)
        #expect(object["encoding"] as? String == "GB18030")
        let lines = Self.loaded(result.stderr)
        for soname in ["libcurl.so.4", "libxml2.so.2", "libuchardet.so.0"] {
            #expect(lines.contains { $0.contains("file=\(soname)") && $0.contains("dynamically loaded") }, "\(soname): \(lines)")
            #expect(!lines.contains { $0.contains("file=\(soname)") && $0.contains("needed by") && $0.contains("/yuedu ") },
                    "\(soname) is linked: \(lines)")
        }
    }
}
