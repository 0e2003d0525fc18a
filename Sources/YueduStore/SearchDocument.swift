import YueduModel
import YueduText

/// What the search index holds for an article, and where. The index is
/// contentless (it stores no text, only trigrams), so removing an article
/// means rebuilding exactly the text it was given: both come from here.
enum SearchDocument {
    /// Appended to every indexed text so each character, even the last two,
    /// starts a trigram; a 1–2 character term is then a prefix of one.
    /// A private-use character: the fold keeps it and no article has it.
    static let padding = "\u{E000}\u{E000}"

    /// The folded text searched for an article: title, paragraphs, source
    /// and site, one per line.
    static func foldedText(title: String, paragraphs: [String], source: String, site: String) -> String {
        SearchFold.fold(([title] + paragraphs + [source, site]).joined(separator: "\n"))
    }

    static func indexedText(title: String, paragraphs: [String], source: String, site: String) -> String {
        foldedText(title: title, paragraphs: paragraphs, source: source, site: site) + padding
    }

    static func indexedTitle(_ title: String) -> String { SearchFold.fold(title) + padding }

    /// A fingerprint of the fold in use: the contentless index is only valid
    /// for the fold that built it, so a changed fold means a rebuild.
    static var foldFingerprint: String { SearchFold.version }
}
