import ArgumentParser
import Foundation
import YueduModel

/// A reading list (the favourites) for sharing: Markdown, JSON or HTML.
/// Titles are data from the web: every format escapes them, and only
/// http(s) URLs become links.
enum ReadingListFormat: String, CaseIterable, ExpressibleByArgument {
    case md, json, html
}

enum ReadingList {
    static func render(_ articles: [Article], as format: ReadingListFormat) throws -> String {
        switch format {
        case .md: return markdown(articles)
        case .json: return try json(articles)
        case .html: return html(articles)
        }
    }

    static func webURL(_ article: Article) -> String? {
        guard let url = article.url else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return url
    }

    static func byline(_ a: Article) -> String { [a.site, a.published.dateString].filter { !$0.isEmpty }.joined(separator: ", ") }

    // MARK: Markdown

    static func markdown(_ articles: [Article]) -> String {
        var out = "# 收藏 Favourites\n\n"
        for a in articles {
            let title = markdownEscape(a.title)
            if let url = webURL(a) {
                out += "- [\(title)](\(markdownURL(url))) — \(markdownEscape(byline(a)))\n"
            } else {
                out += "- \(title) — \(markdownEscape(byline(a)))\n"
            }
        }
        return out
    }

    /// Backslash before every ASCII punctuation Markdown could read as syntax.
    static func markdownEscape(_ text: String) -> String {
        var out = ""
        for c in text.replacingOccurrences(of: "\n", with: " ") {
            if "\\`*_[]()<>|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Spaces, parentheses and angle brackets percent-encoded, so the URL
    /// cannot end the link early.
    static func markdownURL(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: JSON

    struct Entry: Encodable {
        var key: String
        var title: String
        var url: String?
        var site: String
        var published: String

        enum CodingKeys: String, CodingKey { case key, title, url, site, published }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(key, forKey: .key); try c.encode(title, forKey: .title); try c.encode(url, forKey: .url)
            try c.encode(site, forKey: .site); try c.encode(published, forKey: .published)
        }
    }

    static func json(_ articles: [Article]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let entries = articles.map { Entry(key: $0.key, title: $0.title, url: $0.url, site: $0.site, published: $0.published.iso8601) }
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    // MARK: HTML

    static func html(_ articles: [Article]) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <title>收藏 Favourites</title>
        </head>
        <body>
        <h1>收藏 Favourites</h1>
        <ul>

        """
        for a in articles {
            let title = htmlEscape(a.title)
            let item = webURL(a).map { "<a href=\"\(htmlEscape($0))\">\(title)</a>" } ?? title
            out += "<li>\(item) — \(htmlEscape(byline(a)))</li>\n"
        }
        out += "</ul>\n</body>\n</html>\n"
        return out
    }

    static func htmlEscape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
