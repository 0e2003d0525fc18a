import YueduModel
import YueduText

/// A 64-bit FNV-1a digest of everything an import can change about an
/// article (not reader state, not resolved targets). Equal digests mean
/// "unchanged": a re-import skips the write. Fields are length-prefixed so
/// moving text between fields changes the digest.
enum ContentHash {
    static func of(_ article: Article) -> Int64 {
        var hasher = FNV1a()
        func add(_ field: String) { hasher.addLengthPrefixed(field) }
        add(article.key); add(article.url ?? "\u{0}none")
        add(article.site); add(article.title); add(article.published.iso8601)
        add(article.views.map(String.init) ?? "\u{0}none")
        add(String(article.paragraphs.count))
        for paragraph in article.paragraphs { add(paragraph) }
        add(article.source); add(article.editor); add(article.language.rawValue)
        add(String(article.related.count))
        for item in article.related {
            add(item.title); add(item.source); add(item.dateAsWritten)
            add(item.date?.iso8601 ?? "\u{0}none"); add(item.yearInferred ? "1" : "0")
            add(item.excerpt)
            // Only when present, so the digests of items without one (every
            // item imported before URLs were kept) stay what they were.
            if let url = item.url { add("\u{0}url"); add(url) }
        }
        return Int64(bitPattern: hasher.value)
    }
}
