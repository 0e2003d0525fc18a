import Foundation
import Testing
@testable import YueduFeeds

@Suite struct HostileXMLTests {
    @Test func externalEntityIsNeverRead() throws {
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
            <rss><channel><title>A&xxe;B</title><item><title>&xxe;</title><description>&remote;x</description></item></channel></rss>
            """)
        #expect(feed.title == "A&xxe;B")  // left as text, never resolved
        let all = ([feed.title] + feed.entries.flatMap { [$0.title] + $0.summary + $0.content }).joined()
        #expect(!all.contains("root:"))
    }

    @Test func externalDTDIsNotLoaded() throws {
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "file:///etc/passwd">
            <rss><channel><title>T</title></channel></rss>
            """)
        #expect(feed.title == "T")
    }

    @Test func billionLaughsIsBounded() throws {
        var dtd = "<!ENTITY lol0 \"lollollollollollollollollollol\">"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(dtd)]><rss><channel><title>&lol9;</title><item><title>x&lol9;</title></item></channel></rss>"
        let clock = ContinuousClock()
        var feed: Feed?
        var failure: FeedError?
        let elapsed = clock.measure {
            do { feed = try parse(xml) } catch { failure = error as? FeedError }
        }
        #expect(elapsed < .seconds(2))
        // Either libxml2 refuses the amplification or the entity is left unexpanded; never 3 GB of "lol".
        if let feed {
            #expect(feed.title.utf8.count < 1000)
            #expect(feed.entries.allSatisfy { $0.title.utf8.count < 1000 })
        } else {
            #expect(failure != nil)
        }
    }

    @Test func oversizedFeedIsRefusedUnparsed() {
        var bytes = Array("<rss><channel><title>big</title>".utf8)
        bytes += [UInt8](repeating: 0x20, count: 100_000_000)
        bytes += Array("</channel></rss>".utf8)
        #expect {
            try FeedParser.parse(bytes)
        } throws: { error in
            (error as? FeedError)?.message.contains("over the 16.0 MB a feed may be") == true
        }
    }

    @Test func deepNestingIsBounded() throws {
        let xml = "<rss><channel><title>deep</title><item><title>x</title><description>"
            + String(repeating: "<a>", count: 100_000) + "</description></item></channel></rss>"
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = try? parse(xml) }
        #expect(elapsed < .seconds(5))
    }

    @Test func truncatedFeedKeepsWhatParsed() throws {
        let full = try String(contentsOf: Fixture.directory.appendingPathComponent("rss2.xml"), encoding: .utf8)
        let cut = String(full[..<full.range(of: "<title>既无")!.lowerBound])
        let feed = try parse(cut, url: "https://blog.example.com/feed.xml")
        #expect(feed.entries.count >= 2)
        #expect(feed.entries[0].title == "Tom & Jerry\u{2019}s 新番")
        #expect(feed.entries[1].title == "没有 GUID 的条目")
        let problem = try #require(feed.problem)
        #expect(problem.contains("the feed breaks off: XML error at line"))
    }

    @Test func undeclaredHTMLEntityIsNotAFailure() throws {
        let feed = try parse("<rss><channel><title>A&nbsp;B</title></channel></rss>")
        #expect(feed.problem == nil)
        #expect(feed.title.hasPrefix("A"))
    }

    @Test func terminalEscapesNeverSurvive() throws {
        let feed = try parse("<rss><channel><title>A\u{1B}[2JB</title><item><title>t&#x1b;]0;pwned&#x07;</title>"
                             + "<description>&lt;p&gt;x\u{1B}[31my&lt;/p&gt;</description></item></channel></rss>")
        let all = ([feed.title] + feed.entries.flatMap { [$0.title] + $0.summary }).joined()
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func notAFeed() {
        #expect { try parse("<html><body>page</body></html>") } throws: { ($0 as? FeedError)?.message.contains("a web page") == true }
        #expect { try parse("<opml version=\"2.0\"/>") } throws: { ($0 as? FeedError)?.message.contains("root element is <opml>") == true }
        #expect { try parse("just text") } throws: { ($0 as? FeedError)?.message.hasPrefix("not XML") == true }
        #expect { try parse("   ") } throws: { ($0 as? FeedError)?.message.hasPrefix("empty") == true }
    }
}

@Suite struct EntityRewriteTests {
    @Test func anHTMLEntityEarlyDoesNotLoseLaterMarkup() throws {
        // libxml2 drops every entity reference after its first error; the rewrite keeps there from being one.
        let feed = try parse("""
            <rss><channel><title>A&nbsp;B&mdash;C &unknown; D</title>
            <item><title>x</title><description>&lt;p&gt;一&lt;/p&gt;&lt;p&gt;二&amp;三&lt;/p&gt;</description></item>
            <item><title>&#x1b;y&#12354;</title><description><![CDATA[<p>&nbsp;四</p>]]></description></item></channel></rss>
            """)
        #expect(feed.problem == nil)
        #expect(feed.title == "A B\u{2014}C &unknown; D")
        #expect(feed.entries[0].summary == ["一", "二&三"])
        #expect(feed.entries[1].title == "y\u{3042}")
        #expect(feed.entries[1].summary == ["四"])  // CDATA left alone; the HTML code reads its &nbsp;
    }
}

/// The XML layer alone, without the entity rewrite in front of it: libxml2's
/// own options must already keep external entities and bombs out.
@Suite struct XMLTreeSafetyTests {
    @Test func externalEntityIsNotReadByTheParserItself() throws {
        let tree = try XMLTree(text: """
            <?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r><t>A&xxe;B</t></r>
            """, url: nil)
        let text = withExtendedLifetime(tree) { tree.root.first("t")?.text }
        #expect(text == "AB")
    }

    @Test func billionLaughsIsBoundedByTheParserItself() throws {
        var dtd = "<!ENTITY lol0 \"lollollollollollollollollollol\">"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        let clock = ContinuousClock()
        var length = 0
        let elapsed = clock.measure {
            if let tree = try? XMLTree(text: "<?xml version=\"1.0\"?><!DOCTYPE r [\(dtd)]><r><t>&lol9;</t></r>", url: nil) {
                length = withExtendedLifetime(tree) { tree.root.first("t")?.text.utf8.count ?? 0 }
            }
        }
        #expect(elapsed < .seconds(2))
        #expect(length < 1000)
    }
}
