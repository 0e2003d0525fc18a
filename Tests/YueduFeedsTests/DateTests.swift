import Testing
import YueduModel
@testable import YueduFeeds

@Suite struct FeedDateTests {
    func iso(_ text: String, chinese: Bool = false) -> String? { FeedDate.parse(text, chinese: chinese)?.iso8601 }

    @Test func rfc822() {
        #expect(iso("Mon, 08 Jan 2024 09:30:00 +0800") == "2024-01-08T09:30:00+08:00")
        #expect(iso("Mon, 08 Jan 2024 09:30:00 GMT") == "2024-01-08T09:30:00Z")
        #expect(iso("Mon, 08 Jan 2024 09:30:00 EST") == "2024-01-08T09:30:00-05:00")
    }

    @Test func cstDependsOnTheFeed() {
        #expect(iso("Mon, 08 Jan 2024 09:30:00 CST", chinese: true) == "2024-01-08T09:30:00+08:00")
        #expect(iso("Mon, 08 Jan 2024 09:30:00 CST", chinese: false) == "2024-01-08T09:30:00-06:00")
    }

    @Test func brokenRFC822Forms() {
        #expect(iso("08 Jan 2024 09:30:00 +0800") == "2024-01-08T09:30:00+08:00")  // no weekday
        #expect(iso("Tue, 8 Jan 2024 09:30 +0800") == "2024-01-08T09:30+08:00")  // wrong weekday, one-digit day, no seconds
        #expect(iso("Monday, 08 January 24 09:30:00 GMT+8") == "2024-01-08T09:30:00+08:00")
        #expect(iso("Jan 08 2024 09:30:00 UTC+08:00") == "2024-01-08T09:30:00+08:00")
        #expect(iso("Mon,08 Jan 2024 09:30:00") == "2024-01-08T09:30:00")  // no zone, not a zh feed: unknown offset
        #expect(iso("Mon, 08 Jan 2024 09:30:00", chinese: true) == "2024-01-08T09:30:00+08:00")
        #expect(iso("Mon, 08 Jan 2024") == "2024-01-08")
    }

    @Test func iso8601AndChineseForms() {
        #expect(iso("2024-01-08T09:30:00Z") == "2024-01-08T09:30:00Z")
        #expect(iso("2024-01-08T09:30:00.123+08:00") == "2024-01-08T09:30:00+08:00")
        #expect(iso("2024-01-08 09:30:00", chinese: true) == "2024-01-08T09:30:00+08:00")
        #expect(iso("2024年1月8日 09:30", chinese: true) == "2024-01-08T09:30+08:00")
        #expect(iso("2024年01月08日") == "2024-01-08")
    }

    @Test func nonsenseIsNil() {
        #expect(iso("") == nil)
        #expect(iso("yesterday") == nil)
        #expect(iso("Mon, 31 Feb 2024 09:30:00 GMT") == nil)
        #expect(iso("Mon, 08 Foo 2024 09:30:00 GMT") == nil)
    }
}

/// The feed's zone: a zh language, declared or guessed from the titles, or a .cn host.
@Suite struct FeedZoneTests {
    static func rss(language: String?, title: String) -> String {
        "<rss><channel><title>T</title>" + (language.map { "<language>\($0)</language>" } ?? "")
            + "<item><title>\(title)</title><pubDate>Mon, 08 Jan 2024 09:30:00 CST</pubDate><dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">2024-01-08 09:30:00</dc:date></item></channel></rss>"
    }

    @Test func cnHostWithoutLanguage() throws {
        let feed = try parse(Self.rss(language: nil, title: "News"), url: "https://www.example.gov.cn/rss.xml")
        #expect(feed.entries[0].published?.utcOffsetMinutes == 480)
    }

    @Test func chineseTitlesWithoutLanguage() throws {
        let feed = try parse(Self.rss(language: nil, title: "今日新闻"), url: "https://example.com/rss.xml")
        #expect(feed.language == "zh")
        #expect(feed.entries[0].published?.utcOffsetMinutes == 480)
    }

    @Test func englishFeedElsewhereKeepsUSCentral() throws {
        let feed = try parse(Self.rss(language: "en-us", title: "Today"), url: "https://example.com/rss.xml")
        #expect(feed.entries[0].published?.utcOffsetMinutes == -360)
    }
}
