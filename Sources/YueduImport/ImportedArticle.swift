import YueduModel

extension Article {
    /// An article as both readers produce it: the key is the URL when there
    /// is one, else derived (`ArticleKey`); the language is the given one,
    /// else detected from title and body.
    static func imported(url: String?, site: String, title: String, published: PublishedDate, views: Int?,
                         paragraphs: [String], source: String, editor: String, language: Language?,
                         related: [RelatedItem]) -> Article {
        let url = url.flatMap { $0.isEmpty ? nil : $0 }
        let key = url ?? ArticleKey.derive(site: site, title: title, published: published)
        let language = language ?? LanguageDetector.detect(CollectionOfOne(title) + paragraphs)
        return Article(key: key, url: url, site: site, title: title, published: published, views: views,
                       paragraphs: paragraphs, source: source, editor: editor, language: language, related: related)
    }
}
