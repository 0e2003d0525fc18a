import Foundation
import Testing
import YueduCharset
@testable import YueduFeeds

@Suite struct FeedEncodingTests {
    @Test func gb2312Declared() throws {
        let feed = try Fixture.feed("gb2312.xml")
        #expect(feed.title == "新闻中心" && feed.encoding == "GB18030")
        #expect(feed.entries[0].summary[0].hasPrefix("国务院总理朱容基今天在北京"))
    }

    @Test func gb2312LabelWithGBKBytesReadsAsGBK() throws {
        // 镕 is not in GB2312; WHATWG reads the gb2312 label as GBK, so nothing is lost.
        let feed = try Fixture.feed("gb2312-label-gbk-bytes.xml")
        #expect(feed.entries[0].summary[0].hasPrefix("国务院总理朱镕基今天"))
        #expect(!feed.entries[0].summary[0].contains("\u{FFFD}"))
    }

    @Test func big5Declared() throws {
        let feed = try Fixture.feed("big5.xml")
        #expect(feed.title == "新聞中心" && feed.encoding.hasPrefix("Big5"))
        #expect(feed.entries[0].summary[0].hasPrefix("行政院今天召開記者會"))
        #expect(feed.language == "zh-tw")
    }

    @Test func declarationThatLiesGivesWayToDetection() throws {
        let feed = try Fixture.feed("big5-declared-gb2312.xml")
        #expect(feed.entries[0].summary[0].hasPrefix("行政院今天召開記者會"))
        #expect(feed.encoding.hasPrefix("Big5"))
        #expect(feed.notes.contains { $0.contains("the XML declaration says gb2312") })
    }

    @Test func httpCharsetOverridesTheDeclaration() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>新聞</title></channel></rss>".data(using: .utf8)!)
        let big5 = try Fixture.bytes("big5.xml")
        #expect(try FeedParser.parse(bytes).title == "新聞")
        // The Big5 file told it is Big5 by HTTP: the same text.
        #expect(try FeedParser.parse(big5, httpCharset: "big5").title == "新聞中心")
    }

    @Test func utf8BOMWins() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"gb2312\"?><rss><channel><title>标题</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "标题" && feed.encoding == "UTF-8")
    }

    @Test func xmlDeclarationDecides() throws {
        let gb = try Fixture.bytes("gb2312.xml")
        #expect(try CharsetDecoder.decodeXML(gb).decidedBy == .xmlDeclaration)
        var single = gb
        single.replaceSubrange(0..<5, with: Array("     ".utf8))  // "<?xml" gone: no declaration, detection decides
        #expect(try CharsetDecoder.decodeXML(single).decidedBy == .detected)
        let quoted = Array("<?xml version='1.0' encoding = 'big5' ?><rss/>".utf8) + (try Fixture.bytes("big5.xml")).dropFirst(38)
        #expect(try CharsetDecoder.decodeXML(quoted).decidedBy == .xmlDeclaration)
    }
}
