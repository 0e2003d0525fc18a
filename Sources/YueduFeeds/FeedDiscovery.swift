import Foundation
import YueduCharset
import YueduHTML

/// A feed a web page names as its alternate.
public struct DiscoveredFeed: Sendable, Equatable {
    public enum Origin: String, Sendable, Equatable {
        case linkTag = "the page's <link rel=\"alternate\">"
        case linkHeader = "the HTTP Link header"
    }

    /// Absolute: resolved against `<base href>` or the page's URL.
    public var url: URL
    public var type: String
    public var title: String?
    public var origin: Origin

    public init(url: URL, type: String, title: String? = nil, origin: Origin) {
        self.url = url; self.type = type; self.title = title; self.origin = origin
    }
}

/// Finds the feeds a web page names: `<link rel="alternate" type=…>` in the
/// page, `Link: <…>; rel="alternate"; type=…` in its response. Pure.
public enum FeedDiscovery {
    /// Feed types, best first: plain `application/json` comes last, since
    /// WordPress also names its REST API that way.
    static let types = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"]

    /// Every feed named, the page's links before the header's, each type
    /// group in the order written; duplicates dropped. The first is the one to follow.
    public static func discover(html bytes: [UInt8], httpCharset: String?, linkHeaders: [String], pageURL: URL) -> [DiscoveredFeed] {
        let html = (try? CharsetDecoder.decodeHTML(bytes, httpCharset: httpCharset).text) ?? ""
        return discover(html: html, linkHeaders: linkHeaders, pageURL: pageURL)
    }

    public static func discover(html: String, linkHeaders: [String], pageURL: URL) -> [DiscoveredFeed] {
        let (tags, base) = HTMLLinkTags.read(html: html)
        let baseURL = base.flatMap { URL(string: $0, relativeTo: pageURL)?.absoluteURL } ?? pageURL
        let fromPage = tags.compactMap { tag in
            feed(rel: tag.rel, type: tag.type, href: tag.href, title: tag.title, against: baseURL, origin: .linkTag)
        }
        let fromHeader = linkHeaders.flatMap(parseLinkHeader).compactMap { link in
            feed(rel: link.rel, type: link.type, href: link.target, title: link.title, against: pageURL, origin: .linkHeader)
        }
        var seen = Set<URL>()
        let all = fromPage + fromHeader
        return types.flatMap { type in all.filter { $0.type == type } }.filter { seen.insert($0.url).inserted }
    }

    private static func feed(rel: [String], type: String?, href: String, title: String?, against base: URL,
                             origin: DiscoveredFeed.Origin) -> DiscoveredFeed? {
        guard rel.contains("alternate"), let type, types.contains(type),
              let url = URL(string: href, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return DiscoveredFeed(url: url, type: type, title: title.flatMap { $0.isEmpty ? nil : $0 }, origin: origin)
    }

    /// One link of a `Link` header (RFC 8288).
    struct HeaderLink: Equatable {
        var target: String
        var rel: [String]
        var type: String?
        var title: String?
    }

    /// `<a>; rel="alternate"; type="application/rss+xml", <b>; rel=next`:
    /// commas inside `<…>` and quoted values do not split links.
    static func parseLinkHeader(_ value: String) -> [HeaderLink] {
        var links: [HeaderLink] = []
        var chars = Substring(value)
        func skip(_ set: Set<Character>) { while let c = chars.first, set.contains(c) { chars.removeFirst() } }
        while true {
            skip([" ", "\t", ","])
            guard !chars.isEmpty else { break }
            guard chars.first == "<", let close = chars.firstIndex(of: ">") else {
                // Not a link: skip to the next comma, if any.
                guard chars.first != "<", let comma = chars.firstIndex(of: ",") else { break }
                chars = chars[comma...]
                continue
            }
            var link = HeaderLink(target: String(chars[chars.index(after: chars.startIndex)..<close]), rel: [])
            chars = chars[chars.index(after: close)...]
            // Parameters up to the next comma outside quotes.
            while true {
                skip([" ", "\t"])
                guard chars.first == ";" else { break }
                chars.removeFirst()
                skip([" ", "\t"])
                let nameEnd = chars.firstIndex(where: { $0 == "=" || $0 == ";" || $0 == "," }) ?? chars.endIndex
                let name = chars[..<nameEnd].trimmingCharacters(in: .whitespaces).lowercased()
                chars = chars[nameEnd...]
                var parameter = ""
                if chars.first == "=" {
                    chars.removeFirst()
                    skip([" ", "\t"])
                    if chars.first == "\"" {
                        chars.removeFirst()
                        while let c = chars.first, c != "\"" {
                            chars.removeFirst()
                            if c == "\\", let escaped = chars.first { parameter.append(escaped); chars.removeFirst() } else { parameter.append(c) }
                        }
                        if !chars.isEmpty { chars.removeFirst() }
                    } else {
                        let end = chars.firstIndex(where: { $0 == ";" || $0 == "," }) ?? chars.endIndex
                        parameter = chars[..<end].trimmingCharacters(in: .whitespaces)
                        chars = chars[end...]
                    }
                }
                switch name {
                case "rel" where link.rel.isEmpty: link.rel = parameter.lowercased().split(separator: " ").map(String.init)
                case "type" where link.type == nil:
                    link.type = (parameter.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                case "title" where link.title == nil: link.title = parameter
                default: break
                }
            }
            links.append(link)
            // Anything unparsable up to the next comma is skipped.
            guard let comma = chars.firstIndex(of: ",") else { break }
            chars = chars[comma...]
        }
        return links
    }
}
