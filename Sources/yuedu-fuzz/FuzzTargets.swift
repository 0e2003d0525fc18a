// The parsers are `package`: visible here without @testable, so a
// release build of the whole package works.
import Foundation
import YueduCharset
import YueduFeeds
import YueduImport
import YueduModel
import YueduText

/// The inputs from the outside world, each checked against the invariants
/// it promises. A broken promise is a `precondition` failure, which
/// libFuzzer reports as a crash with the input that caused it.
enum FuzzTarget: String, CaseIterable {
    case page, jsonl, encoding, text, html, feed

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch self {
        case .page: Self.page(bytes)
        case .jsonl: Self.jsonLines(bytes)
        case .encoding: Self.encoding(bytes)
        case .text: Self.text(bytes)
        case .html: Self.html(bytes)
        case .feed: Self.feed(bytes)
        }
    }

    static let pageURL = URL(string: "http://www.example.cn/news/2024/01/a.html")!

    /// A web page from decoding to the library article: whatever the bytes,
    /// every string is display-safe and every link an absolute http(s) URL.
    static func html(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let page = try? HTMLPage.read(Array(bytes), pageURL: pageURL) else { return }
        let e = page.extracted
        for text in [e.title] + e.paragraphs + e.related.flatMap({ [$0.title, $0.source ?? "", $0.excerpt ?? ""] }) {
            precondition(isDisplaySafe(text), "an extracted string that is not display-safe")
        }
        for link in [e.url].compactMap({ $0 }) + e.related.compactMap(\.url) {
            precondition(isWebAddress(link), "a link that is not an absolute http(s) URL: \(link)")
        }
        if let (article, _) = try? page.article(fallback: nil) {
            precondition(!article.title.isEmpty && !article.paragraphs.isEmpty && !article.key.isEmpty,
                         "a page article without a title, a body or a key")
        }
    }

    /// Any feed format: a feed or a clear error; a parsed entry's strings are
    /// display-safe and its links absolute.
    static func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let feed = try? FeedParser.parse(Array(bytes), url: pageURL) else { return }
        precondition(isDisplaySafe(feed.title), "a feed title that is not display-safe")
        for entry in feed.entries {
            precondition(!entry.id.isEmpty, "an entry without an identity")
            for text in [entry.title, entry.author ?? ""] + entry.summary + entry.content {
                precondition(isDisplaySafe(text), "an entry string that is not display-safe")
            }
            if let link = entry.link { precondition(isWebAddress(link), "an entry link that is not absolute: \(link)") }
        }
    }

    /// No escape, C0 (but tab and newline) or C1 control reaches the terminal.
    static func isDisplaySafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
    }

    static func isWebAddress(_ link: String) -> Bool {
        guard let url = URL(string: link), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(url.host ?? "").isEmpty
    }

    /// Detection and decoding, then the page-file parser on the text.
    static func page(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let text = try? TextDecoder(forced: nil).decode(bytes) else { return }
        if let article = try? PageTextParser.parse(text, file: "fuzz") {
            precondition(!article.title.isEmpty, "a page article without a title")
            precondition(!article.key.isEmpty, "a page article without a key")
        }
    }

    /// Each line through the JSON Lines decoder: an article or a failure naming its line.
    static func jsonLines(_ bytes: UnsafeBufferPointer<UInt8>) {
        let reader = JSONLinesReader(file: "fuzz", decoder: TextDecoder(forced: nil))
        var start = 0, number = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            switch reader.decodeLine(line, number: number) {
            case .failure(let failure)?: precondition(failure.line == number, "a failure naming another line")
            case .article(let article, _)?: precondition(!article.title.isEmpty && !article.paragraphs.isEmpty)
            case nil: break
            }
            start = end + 1
        }
    }

    /// Detection, and each encoding forced: valid text or a problem inside the
    /// input; the HTML path too, which must never hand on a C0 control but tab, LF, CR.
    static func encoding(_ bytes: UnsafeBufferPointer<UInt8>) {
        for httpCharset in [nil, "gbk"] {
            do throws(DecodingProblem) {
                let decoded = try CharsetDecoder.decodeHTML(Array(bytes), httpCharset: httpCharset)
                precondition(!decoded.text.utf8.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, "a C0 control left in HTML text")
                precondition((decoded.firstReplacedOffset ?? 0) < max(bytes.count, 1), "a replaced byte outside the input")
            } catch {
                precondition(error.offset >= 0 && error.offset <= bytes.count, "an HTML problem outside the input")
            }
        }
        for forced in [nil, TextEncoding.utf8, .gb18030, .big5] {
            do throws(TextDecoder.Problem) {
                let text = try TextDecoder(forced: forced).decode(bytes)
                precondition(!text.unicodeScalars.contains { $0.value == 0 }, "NUL decoded as text")
            } catch {
                precondition(error.offset >= 0 && error.offset <= bytes.count, "a problem outside the input")
            }
        }
    }

    /// Sanitize, wrap and truncate at a width taken from the first byte.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return }
        let width = 2 + Int(first % 60)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self)
        let clean = Sanitizer.sanitize(text)
        precondition(!clean.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) || $0.value == 0 },
                     "an escape or C1 control survived sanitizing")
        for locale in ["zh", "ja", "ko"] {
            for row in LineWrapper.rows(text, options: LayoutOptions(width: width, locale: locale, indentFirstLine: first & 1 == 0)) {
                // L7: a row holds at least one cluster, and one cluster can be wider than a
                // narrow pane (Hangul L jamo join the syllable after them: ꥭ어 is 4 columns).
                precondition(row.width <= width || row.text.count == 1, "a row of \(row.width) columns at width \(width) (\(locale)): \(row.text.unicodeScalars.map { String($0.value, radix: 16) })")
                precondition(TextWidth.of(row.text) == row.width, "a row whose stated width is wrong")
            }
        }
        let cells = Int(first % 40)
        precondition(TextWidth.of(Truncation.truncate(text, to: cells)) == cells, "truncate(\(cells)) is not \(cells) cells")
        _ = SearchFold.fold(text)
    }

    /// The target named by YUEDU_FUZZ_TARGET (default: text).
    static var selected: FuzzTarget {
        getenv("YUEDU_FUZZ_TARGET").flatMap { FuzzTarget(rawValue: String(cString: $0)) } ?? .text
    }
}

#if canImport(Glibc)
import Glibc
#endif
