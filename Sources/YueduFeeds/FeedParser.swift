import Foundation
import YueduCharset
import YueduHTML
import YueduModel

/// Bytes in, a Feed out: the module's entry point. JSON Feed when the
/// document is a JSON object; otherwise XML, decoded by CharsetDecoder
/// (BOM, HTTP charset, valid UTF-8, the XML declaration, detection) and
/// parsed safely (XMLTree), as RSS 0.9x/2.0, RSS 1.0 or Atom by its root.
public enum FeedParser {
    /// Larger input is refused before anything is parsed: no real feed comes
    /// near it, and it bounds the parser's memory.
    public static let maxBytes = 16 << 20

    /// `url` is where the feed came from: relative links resolve against
    /// it, and a .cn host puts zone-less times at +08:00.
    public static func parse(_ bytes: [UInt8], url: URL? = nil, httpCharset: String? = nil) throws(FeedError) -> Feed {
        guard bytes.count <= maxBytes else {
            throw FeedError("\(megabytes(bytes.count)) is over the \(megabytes(maxBytes)) a feed may be: refused unparsed")
        }
        guard let first = bytes.first(where: { !isSpace($0) }) else { throw FeedError("empty: no feed in it") }
        if first == UInt8(ascii: "{") || Array(bytes.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "{")] {
            return try JSONFeedParser.parse(bytes, url: url)
        }
        let decoded: DecodedText
        do {
            decoded = try CharsetDecoder.decodeXML(bytes, httpCharset: httpCharset)
        } catch {
            throw FeedError(error.message)
        }
        let tree = try XMLTree(text: EntityReferences.rewrite(decoded.text), url: url)
        var feed = try withExtendedLifetime(tree) { () throws(FeedError) -> Feed in
            let root = tree.root
            switch root.name {
            case "rss": return RSSParser.parse(channel: root.first("channel"), items: root.first("channel")?.all("item") ?? [],
                                               format: .rss, url: url)
            // RSS 0.90 and 1.0 put items beside the channel, not in it.
            case "rdf:RDF": return RSSParser.parse(channel: root.first("channel"), items: root.all("item"), format: .rdf, url: url)
            case "atom:feed": return AtomParser.parse(root, url: url)
            case "html", "{http://www.w3.org/1999/xhtml}html":
                throw FeedError("a web page, not a feed (its root element is <html>)")
            default:
                throw FeedError("not a feed: its root element is <\(FeedText.line(root.name))>, not <rss>, <rdf:RDF> or Atom's <feed>")
            }
        }
        feed.encoding = decoded.encoding
        feed.notes = decoded.notes
        feed.problem = tree.problem.map { "the feed breaks off: \($0) (\(feed.entries.count) entries read before it)" }
        return feed
    }

    /// `16.0 MB`, for messages about sizes.
    public static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}

/// What dates and links need to know about the whole feed.
struct FeedContext {
    var url: URL?
    /// Zone-less times are +08:00 and CST is China Standard Time.
    var chinese: Bool

    /// A zh language (declared, else guessed from the titles' script) or a .cn host.
    init(url: URL?, language: String?, sample: String) {
        self.url = url
        let host = url?.host?.lowercased() ?? ""
        let guessed = LanguageGuess.code(declared: language, sample: sample)
        chinese = host.hasSuffix(".cn") || guessed.lowercased().hasPrefix("zh")
    }

    func date(_ text: String?) -> PublishedDate? {
        FeedText.nonEmpty(text).flatMap { FeedDate.parse($0, chinese: chinese) }
    }

    /// The feed's language as reported: declared, else the script's guess when there is one.
    static func language(declared: String?, sample: String) -> String? {
        if let declared = FeedText.nonEmpty(declared) { return FeedText.line(declared) }
        let guessed = LanguageGuess.code(declared: nil, sample: sample)
        return guessed == "und" ? nil : guessed
    }
}
