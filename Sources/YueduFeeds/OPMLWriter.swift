/// OPML 2.0 for `feed export-opml`: one flat `<outline type="rss">` per
/// feed with `text` and `title` (what every reader reads), `xmlUrl` and
/// `htmlUrl`. Pure; `OPML.parse` reads it back.
public enum OPMLWriter {
    /// `dateCreated` is RFC 822, as OPML 2.0 asks.
    public static func document(_ feeds: [OPMLFeed], title: String = "yuedu feeds", dateCreated: String? = nil) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n"
        out += "    <title>\(escape(title))</title>\n"
        if let dateCreated { out += "    <dateCreated>\(escape(dateCreated))</dateCreated>\n" }
        out += "  </head>\n  <body>\n"
        for feed in feeds {
            let text = escape(feed.title ?? feed.url)
            out += "    <outline type=\"rss\" text=\"\(text)\" title=\"\(text)\" xmlUrl=\"\(escape(feed.url))\""
            if let site = feed.siteLink { out += " htmlUrl=\"\(escape(site))\"" }
            out += "/>\n"
        }
        out += "  </body>\n</opml>\n"
        return out
    }

    /// Text safe in an attribute or element: the five XML specials as
    /// entities, line breaks and tabs as character references (an attribute
    /// would turn them into spaces), other controls dropped (XML 1.0 forbids them).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
