import Foundation
import YueduText

/// A web page in, the article a reader wants out: headline, date, byline,
/// body paragraphs without the page's furniture, and the related-reading list.
public enum ArticleExtractor {
    public static func extract(html: String, pageURL: URL?) -> ExtractedArticle {
        let document = HTMLDocument(html: html)
        guard let top = document.top else { return ExtractedArticle(url: CanonicalURL.find(meta: PageMeta(), pageURL: pageURL)) }
        let meta = PageMeta(top: top)
        let body = top.first(tag: .body) ?? top
        let stats = NodeStats(root: body)
        let url = CanonicalURL.find(meta: meta, pageURL: pageURL)
        let resolver = URLResolver(base: url.flatMap(URL.init(string:)) ?? pageURL)

        let isFurniture = FurnitureTest(stats: stats, pagePunctuation: stats[body].punctuation)
        let bodyNodes = BodyScorer(stats: stats, isFurniture: isFurniture).bodyNodes(in: body)
        let related = RelatedListFinder(stats: stats, resolver: resolver).find(in: body)

        var pageText = BlockText(baseURL: resolver)
        pageText.add(body)
        let lines = pageText.finish()

        let headline = TitleCleaner.headline(titleTag: meta.titleTag, candidates: titleCandidates(meta),
                                             pageLines: Set(lines.filter { $0.utf8.count < 600 }))
        let headlineLine = lines.firstIndex { $0 == headline } ?? lines.firstIndex { $0.contains(headline) }
        let language = LanguageGuess.code(declared: meta.language, sample: lines.prefix(40).joined())
        let chinese = language.hasPrefix("zh")

        var article = ExtractedArticle()
        article.title = Sanitizer.sanitize(headline)
        article.url = url
        article.language = language
        article.site = siteName(meta).map(Sanitizer.sanitize)
        article.published = DateFinder.find(meta: meta, lines: lines, headlineLine: headlineLine, chinese: chinese)
        let byline = BylineFinder.find(meta: meta, lines: lines, headlineLine: headlineLine,
                                       siteNames: [meta.titleTag, siteName(meta)].compactMap { $0 }.map { $0.replacingOccurrences(of: headline, with: "") })
        article.author = byline.author.map(Sanitizer.sanitize)
        article.source = byline.source.map(Sanitizer.sanitize)
        article.editor = byline.editor.map(Sanitizer.sanitize)
        article.views = byline.views
        article.paragraphs = BodyText.paragraphs(of: bodyNodes, stats: stats, isFurniture: isFurniture, resolver: resolver,
                                                 leaveOut: related, headline: headline)
        article.related = (related?.items ?? []).compactMap(sanitized)
        return article
    }

    private static func titleCandidates(_ meta: PageMeta) -> [String] {
        [meta.meta(["og:title", "twitter:title"]), meta.linkedValue("headline")].compactMap { $0 }
            + meta.headings.map(\.text)
    }

    private static func siteName(_ meta: PageMeta) -> String? {
        if let name = meta.meta(["og:site_name", "application-name", "apple-mobile-web-app-title"]) { return name }
        for object in meta.linkedData {
            if let publisher = object["publisher"] as? [String: Any], let name = publisher["name"] as? String { return name }
        }
        return nil
    }

    private static func sanitized(_ item: ExtractedRelatedLink) -> ExtractedRelatedLink? {
        let title = Sanitizer.sanitize(item.title)
        guard !title.isEmpty else { return nil }
        return ExtractedRelatedLink(title: title, url: item.url, source: item.source.map(Sanitizer.sanitize),
                                    date: item.date.map(Sanitizer.sanitize), excerpt: item.excerpt.map(Sanitizer.sanitize))
    }
}

