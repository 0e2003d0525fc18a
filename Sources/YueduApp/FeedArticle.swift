import Foundation
import YueduFeeds
import YueduImport
import YueduModel

/// A feed entry as a library article: pure, so `update` and the tests make
/// the same article from the same entry.
public enum FeedArticle {
    /// - site: the feed's title, else its site's host, else the feed URL's
    ///   host (an RSSHub host serves many sites, so the title comes first);
    /// - key: the entry's link when it is an absolute http(s) URL, so one
    ///   link from two feeds is one article; else derived as for an import;
    /// - published: the entry's date, else its update time, else `firstSeen`;
    /// - paragraphs: the content when there is any, else the summary;
    /// - editor: the author; language: the feed's if zh/ja/ko, else detected.
    public static func make(entry: FeedEntry, feed: Feed, feedURL: URL, firstSeen: Int64) -> Article {
        let site = feed.title.isEmpty ? (host(feed.link) ?? feedURL.host ?? feedURL.absoluteString) : feed.title
        let published = entry.published ?? entry.updated
            ?? PublishedFallback(Date(timeIntervalSince1970: TimeInterval(firstSeen)), origin: "first seen").date
        let paragraphs = entry.content.isEmpty ? entry.summary : entry.content
        let title = entry.title.isEmpty ? untitled(paragraphs, link: entry.link) : entry.title
        let link = entry.link.flatMap(absoluteWebURL)
        let key = link ?? ArticleKey.derive(site: site, title: title, published: published)
        let declared = feed.language.map(LanguageDetector.named)
        let language = declared.flatMap { $0 == .other ? nil : $0 } ?? LanguageDetector.detect(CollectionOfOne(title) + paragraphs)
        return Article(key: key, url: link, site: site, title: title, published: published, paragraphs: paragraphs,
                       source: "", editor: entry.author ?? "", language: language)
    }

    /// An entry without a title (RSS allows it) is shown by its text's start.
    static func untitled(_ paragraphs: [String], link: String?) -> String {
        if let first = paragraphs.first(where: { !$0.isEmpty }) {
            return first.count > 40 ? String(first.prefix(40)) + "…" : first
        }
        return link ?? "(untitled)"
    }

    static func absoluteWebURL(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else { return nil }
        return text
    }

    private static func host(_ link: String?) -> String? {
        link.flatMap { URL(string: $0)?.host }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
