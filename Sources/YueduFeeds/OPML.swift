import Foundation
import YueduCharset

/// One feed of an OPML subscription list.
public struct OPMLFeed: Sendable, Equatable {
    /// Absolute http(s), as written.
    public var url: String
    /// `title`, else `text`, when either says something.
    public var title: String?
    public var siteLink: String?
    /// The outlines it sits in, outermost first (newsboat writes none,
    /// Thunderbird, Feedly and Inoreader one level).
    public var categories: [String]

    public init(url: String, title: String? = nil, siteLink: String? = nil, categories: [String] = []) {
        self.url = url; self.title = title; self.siteLink = siteLink; self.categories = categories
    }
}

/// A parsed OPML document: its feeds in document order, and the feed URLs it
/// holds that yuedu cannot fetch (newsboat's `exec:` and `filter:`, `file:`).
public struct OPMLDocument: Sendable, Equatable {
    public var title: String?
    public var feeds: [OPMLFeed]
    public var unsupported: [String]
}

/// OPML 1.0 and 2.0 subscription lists, parsed like feeds: decoded once
/// (CharsetDecoder), read by the same safe libxml2 setup (XMLTree: no
/// network, no DTD, no entity expansion). Pure.
public enum OPML {
    public static func parse(_ bytes: [UInt8]) throws(FeedError) -> OPMLDocument {
        guard bytes.count <= FeedParser.maxBytes else {
            throw FeedError("\(FeedParser.megabytes(bytes.count)) is over the \(FeedParser.megabytes(FeedParser.maxBytes)) "
                + "an OPML file may be: refused unparsed")
        }
        let decoded: DecodedText
        do {
            decoded = try CharsetDecoder.decodeXML(bytes)
        } catch {
            throw FeedError(error.message)
        }
        let tree = try XMLTree(text: EntityReferences.rewrite(decoded.text), url: nil)
        return try withExtendedLifetime(tree) { () throws(FeedError) -> OPMLDocument in
            let root = tree.root
            guard root.name == "opml" else {
                throw FeedError("not OPML: its root element is <\(FeedText.line(root.name))>, not <opml>")
            }
            if let problem = tree.problem { throw FeedError("the OPML breaks off: \(problem)") }
            guard let body = root.first("body") else { throw FeedError("not OPML: no <body>") }
            var document = OPMLDocument(title: root.first("head")?.first("title").flatMap { FeedText.nonEmpty(FeedText.line($0.text)) },
                                        feeds: [], unsupported: [])
            collect(body.all("outline"), categories: [], into: &document)
            return document
        }
    }

    /// Depth-first, in document order: an outline with a feed URL is a feed
    /// (its children are read too), one without is a category.
    private static func collect(_ outlines: [XMLElement], categories: [String], into document: inout OPMLDocument) {
        for outline in outlines {
            let label = [outline.attribute("title"), outline.attribute("text")].lazy
                .compactMap { $0.map(FeedText.line).flatMap(FeedText.nonEmpty) }.first
            if let raw = ["xmlUrl", "xmlurl", "xmlURL", "XMLURL"].lazy.compactMap(outline.attribute).first,
               let url = FeedText.nonEmpty(raw) {
                if isWebURL(url) {
                    let site = ["htmlUrl", "htmlurl", "htmlURL"].lazy.compactMap(outline.attribute).first
                        .flatMap(FeedText.nonEmpty).flatMap { isWebURL($0) ? $0 : nil }
                    document.feeds.append(OPMLFeed(url: url, title: label, siteLink: site, categories: categories))
                } else {
                    document.unsupported.append(FeedText.line(url))
                }
                collect(outline.all("outline"), categories: categories, into: &document)
            } else {
                collect(outline.all("outline"), categories: categories + (label.map { [$0] } ?? []), into: &document)
            }
        }
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && url.host?.isEmpty == false
    }
}
