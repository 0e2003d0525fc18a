import YueduModel

/// Guesses an article's language from its script when the input does not say.
/// Kana marks Japanese (Chinese has none), a hangul majority Korean, Han
/// characters Chinese. Thresholds keep a quoted name from flipping a text:
/// kana must be at least 15% of the kana+Han characters (Japanese prose runs
/// at 30% and more; one katakana brand in a Chinese article stays zh), Han at least 10% of all letters (one Chinese
/// name in an English text stays other).
public enum LanguageDetector {
    public static func detect<S: Sequence>(_ texts: S) -> Language where S.Element == String {
        var kana = 0, hangul = 0, han = 0, letters = 0
        // The first few thousand letters decide as well as the whole text does.
        outer: for text in texts {
            for scalar in text.unicodeScalars {
                if letters >= sampleLetters { break outer }
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A:
                    letters += 1
                case 0...0x7F:
                    continue
                case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D:
                    kana += 1; letters += 1
                case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF:
                    hangul += 1; letters += 1
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
                    han += 1; letters += 1
                default:
                    if scalar.properties.isAlphabetic { letters += 1 }
                }
            }
        }
        if kana > 0, kana * 100 >= 15 * (kana + han) { return .ja }
        if hangul * 2 > letters { return .ko }
        if han > 0, han * 10 >= letters { return .zh }
        return .other
    }

    static let sampleLetters = 4000

    /// A language given by the input: `zh`, `ja`, `ko` (any case, with or
    /// without a region such as `zh-CN`), anything else is `other`.
    public static func named(_ name: String) -> Language {
        let base = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return Language(rawValue: base) ?? .other
    }
}
