import YueduModel

extension Article {
    /// An article as both readers produce it: the key is the URL when there
    /// is one, else derived (`ArticleKey`); the language is the given one,
    /// else detected from title and body. NUL characters are dropped from
    /// every field: SQLite binds text up to the first NUL, so one NUL would
    /// silently cut a stored paragraph there, and no display shows NUL.
    static func imported(url: String?, site: String, title: String, published: PublishedDate, views: Int?,
                         paragraphs: [String], source: String, editor: String, language: Language?,
                         related: [RelatedItem]) -> Article {
        let url = url.map(\.withoutNUL).flatMap { $0.isEmpty ? nil : $0 }
        let (site, title, source, editor) = (site.withoutNUL, title.withoutNUL, source.withoutNUL, editor.withoutNUL)
        let paragraphs = paragraphs.map(\.withoutNUL)
        let related = related.map { item in
            var item = item
            (item.title, item.source, item.dateAsWritten, item.excerpt) =
                (item.title.withoutNUL, item.source.withoutNUL, item.dateAsWritten.withoutNUL, item.excerpt.withoutNUL)
            item.url = item.url.map(\.withoutNUL).flatMap { $0.isEmpty ? nil : $0 }
            return item
        }
        let key = url ?? ArticleKey.derive(site: site, title: title, published: published)
        let language = language ?? LanguageDetector.detect(CollectionOfOne(title) + paragraphs)
        return Article(key: key, url: url, site: site, title: title, published: published, views: views,
                       paragraphs: paragraphs, source: source, editor: editor, language: language, related: related)
    }
}

extension String {
    /// The text without U+0000; itself (no copy) when it has none.
    var withoutNUL: String {
        guard utf8Contains(0) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.filter { $0.value != 0 }))
    }
}
