import YueduModel
import YueduText

/// What the search index holds for an article: the grams (`SearchGrams`) of
/// its folded title, paragraphs, source and site, and those of its folded
/// title alone, flagged, so a search can rank title matches first.
package enum SearchDocument {
    /// The folded text searched for an article: title, paragraphs, source
    /// and site, one per line.
    package static func foldedText(title: String, paragraphs: [String], source: String, site: String) -> String {
        SearchFold.fold(([title] + paragraphs + [source, site]).joined(separator: "\n"))
    }

    /// Every gram of the article, each once, in no particular order.
    package static func grams(title: String, paragraphs: [String], source: String, site: String) -> [UInt64] {
        let text = foldedText(title: title, paragraphs: paragraphs, source: source, site: site)
        let titleText = SearchFold.fold(title)
        // A character adds at most three grams (itself, the pair and the trigram it ends).
        var grams = DistinctGrams(expected: 3 * (SearchGrams.scalarCount(text) + SearchGrams.scalarCount(titleText)))
        SearchGrams.forEach(in: text) { grams.insert($0) }
        SearchGrams.forEach(in: titleText, flag: SearchGrams.titleFlag) { grams.insert($0) }
        return grams.values
    }

    /// A fingerprint of the fold and the index format in use: the index is
    /// only valid for the ones that built it, so a change means a rebuild
    /// (an index of bigrams alone, "/bigram-1", would miss trigrams).
    package static var foldFingerprint: String { SearchFold.version + "/trigram\(SearchGrams.trigramHashBits)-2" }
}
