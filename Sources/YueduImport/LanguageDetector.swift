import YueduModel

/// Guesses an article's language from its script when the input does not say.
/// Kana marks Japanese (Chinese has none), a hangul majority Korean, Han
/// characters Chinese. Thresholds keep a quoted name from flipping a text:
/// kana must be at least 15% of the kana+Han characters (Japanese prose runs
/// at 30% and more; one katakana brand in a Chinese article stays zh), Han at least 10% of all letters (one Chinese
/// name in an English text stays other).
public enum LanguageDetector {
    public static func detect<S: Sequence>(_ texts: S) -> Language where S.Element == String {
        var census = ScriptCensus()
        for text in texts {
            let full = text.utf8.withContiguousStorageIfAvailable { census.add(utf8: $0) }
                ?? census.add(text.unicodeScalars.lazy.map(\.value))
            if full { break }
        }
        return census.language
    }

    static let sampleLetters = 4000

    /// A language given by the input: `zh`, `ja`, `ko` (any case, with or
    /// without a region such as `zh-CN`), anything else is `other`.
    public static func named(_ name: String) -> Language {
        let base = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return Language(rawValue: base) ?? .other
    }
}
