import YueduModel
import YueduText

/// The stable key of an article that has no URL. Public: the corpus
/// generator derives the same keys the importer does.
public enum ArticleKey {
    /// 16 lowercase hex digits: FNV-1a 64 over the UTF-8 of
    /// `site␟normalizedTitle␟YYYY-MM-DD` (␟ = U+001F). The title goes through
    /// `TitleKey.normalize`, so punctuation and width variants of one title
    /// give one key; the time of day is left out, so a corrected time keeps
    /// the key (and the reader's state). Unique prefixes work like git's
    /// short hashes.
    public static func derive(site: String, title: String, published: PublishedDate) -> String {
        let material = site + "\u{1F}" + TitleKey.normalize(title) + "\u{1F}" + published.dateString
        return hex16(FNV1a.hash(material.utf8))
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
