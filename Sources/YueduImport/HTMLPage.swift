// A web page's bytes to an article (issue 13): decoded once with the HTML
// rules (YueduCharset), extracted (YueduHTML), converted here. Shared by
// HTML files in `yuedu import`, fetched pages (`WebPageImport`) and `yuedu extract`.
import Foundation
import YueduCharset
import YueduHTML
import YueduModel

/// Why a page gives no article; `message` says what is missing, the caller
/// adds the file or URL.
public struct HTMLPageProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What stands in for a publication date the page does not give, and where
/// it came from ("the HTTP Last-Modified header", "the file's modification time").
public struct PublishedFallback: Equatable, Sendable {
    public var date: PublishedDate
    public var origin: String

    public init(date: PublishedDate, origin: String) { self.date = date; self.origin = origin }

    /// `instant` in UTC, to the second: the fallback names a moment, not a local day.
    public init(_ instant: Date, origin: String) {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = Self.civil(fromDays: days)
        date = PublishedDate(year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60,
                             second: secondOfDay % 60, utcOffsetMinutes: 0)
        self.origin = origin
    }

    /// Howard Hinnant's civil_from_days, the inverse of `PublishedDate.daysFromCivil`.
    static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// One HTML page, decoded and extracted; `article(fallback:)` makes it a library article.
public struct HTMLPage: Sendable {
    public var extracted: ExtractedArticle
    /// The encoding the bytes were read in, as shown to users ("UTF-8", "GB18030"…).
    public var encoding: String
    /// What the decoder wants said: an overruled declaration, replaced bytes, removed controls.
    public var notes: [String]

    /// Decodes with the HTML rules (BOM, `forced`, the HTTP charset, valid UTF-8,
    /// `<meta>`, detection) and extracts; `pageURL` resolves links and is the
    /// key when the page names no canonical URL.
    public static func read(_ bytes: [UInt8], pageURL: URL?, httpCharset: String? = nil,
                            forced: String? = nil) throws(HTMLPageProblem) -> HTMLPage {
        let decoded: DecodedText
        do {
            decoded = try CharsetDecoder.decodeHTML(bytes, httpCharset: httpCharset, forced: forced)
        } catch {
            throw HTMLPageProblem("cannot decode the page: \(error.message)")
        }
        let extracted = ArticleExtractor.extract(html: decoded.text, pageURL: pageURL)
        return HTMLPage(extracted: extracted, encoding: decoded.encoding, notes: decoded.notes)
    }

    /// The library article: keyed by the canonical URL (else the page's own),
    /// the site the page names or else the URL's host, the page's date or
    /// else `fallback` (said in `notes`). A page without a headline, body
    /// text or any date is refused. The author is not stored: articles have
    /// source and editor only.
    public func article(fallback: PublishedFallback?) throws(HTMLPageProblem) -> (article: Article, notes: [String]) {
        let e = extracted
        guard !e.title.isEmpty else { throw HTMLPageProblem("no headline found in the page") }
        guard e.paragraphs.contains(where: { !$0.isEmpty }) else { throw HTMLPageProblem("no article text found in the page") }
        var notes: [String] = []
        let published: PublishedDate
        if let date = e.published {
            published = date
        } else if let fallback {
            published = fallback.date
            notes.append("no publication date found in the page: using \(fallback.origin), \(fallback.date.iso8601)")
        } else {
            throw HTMLPageProblem("no publication date found in the page (and no file or HTTP date to use instead)")
        }
        let host = e.url.flatMap { URL(string: $0)?.host } ?? ""
        let site = e.site.flatMap { $0.isEmpty ? nil : $0 } ?? host
        let related = e.related.map { link in
            let written = link.date ?? ""
            // "2023-09-26 10:00" resolves by its date part; the item keeps what the page wrote.
            let datePart = written.split(whereSeparator: { $0 == " " || $0 == "T" }).first ?? ""
            let resolved = RelatedDate.resolve(datePart, articleYear: published.year)
            return RelatedItem(title: link.title, source: link.source ?? "", dateAsWritten: written, date: resolved?.date,
                               yearInferred: resolved?.yearInferred ?? false, excerpt: link.excerpt ?? "", url: link.url)
        }
        let article = Article.imported(
            url: e.url, site: site, title: e.title, published: published, views: e.views,
            paragraphs: e.paragraphs.filter { !$0.isEmpty }, source: e.source ?? "", editor: e.editor ?? "",
            language: Self.language(e.language), related: related)
        return (article, notes)
    }

    /// zh, ja and ko as declared; anything else (often a template's `en`
    /// on a Chinese page) is left to detection from the text.
    static func language(_ code: String?) -> Language? {
        guard let code = code?.lowercased() else { return nil }
        for language in [Language.zh, .ja, .ko] where code == language.rawValue || code.hasPrefix(language.rawValue + "-") {
            return language
        }
        return nil
    }
}
