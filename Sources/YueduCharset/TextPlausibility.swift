/// How much a decoded text reads like real writing: the share of its
/// non-ASCII characters that are common in CJK (and Latin) text. The wrong
/// decoding of legacy CJK bytes yields rare characters (mojibake) or
/// half-width katakana, so the right one scores higher.
package enum TextPlausibility {
    /// Characters read at most: a sample this size decides, and a large page costs no more.
    static let sampleLimit = 100_000

    package static func score(_ text: String) -> Double {
        var plausible = 0, nonASCII = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            nonASCII += 1
            if isPlausible(scalar.value) { plausible += 1 }
            if nonASCII == sampleLimit { break }
        }
        return nonASCII == 0 ? 0 : Double(plausible) / Double(nonASCII)
    }

    private static func isPlausible(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x9FFF: return CommonHanzi.contains(value)
        case 0x3040...0x30FF: return true  // hiragana, katakana
        case 0xAC00...0xD7A3: return true  // Hangul syllables
        case 0x3000...0x303F, 0xFF01...0xFF5E: return true  // CJK and full-width punctuation
        case 0x2010...0x2027: return true  // dashes, quotes, ellipsis
        default: return false
        }
    }
}
