import Testing
import YueduModel
@testable import YueduImport
import YueduTestSupport

/// The importer's byte-level fast paths against the Character and scalar
/// code they skip.
@Suite struct ImportFastPathTests {
    @Test func ascii_dates_resolve_as_by_characters() {
        var random = SplitMix64(seed: 5)
        let alphabet: [Character] = Array("0123456789-- \t\r\n0x+") + ["\r\n", "٣", "２", "-\u{301}"]
        var samples = ["09-26", "2023-09-26", "02-29", "2023-02-29", "2024-02-29", "00-01", "13-01", "1-26", "2023-9-26",
                       "2023-09-26-", "-09-26", "09--26", "0926", "2023/09/26", "", "-", "09-2a", "12-31", "2023-12-31"]
        for _ in 0..<20_000 {
            samples.append(String((0..<Int.random(in: 0...11, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for text in samples {
            for year in [2000, 2023, 2024] {
                let fast = RelatedDate.resolve(text[...], articleYear: year)
                #expect(fast == RelatedDate.resolveByCharacters(text[...], articleYear: year), "\(text.debugDescription)")
            }
        }
    }

    @Test func language_census_from_utf8_equals_the_scalar_count() {
        var random = SplitMix64(seed: 6)
        let pools = ["中文的文章，。", "ひらがなカタカナｶﾀ", "한국어 ᄀ ㄱ", "English text ABC", "Ελληνικά русский", "①②😀\u{301}  123",
                     "𠀀𠀁豈", "々〇〆〻"].map { Array($0.unicodeScalars) }
        for _ in 0..<400 {
            let texts = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                var scalars = String.UnicodeScalarView()
                for _ in 0..<Int.random(in: 0...3000, using: &random) { scalars.append(pools.randomElement(using: &random)!.randomElement(using: &random)!) }
                return String(scalars)
            }
            #expect(LanguageDetector.detect(texts) == Self.referenceDetect(texts))
        }
    }

    @Test func alphabetic_bit_set_matches_the_property() {
        for v in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if ScriptCensus.isAlphabetic(v) != scalar.properties.isAlphabetic { Issue.record("U+\(String(v, radix: 16))") }
        }
    }

    /// The detector as it was, over `unicodeScalars`.
    static func referenceDetect(_ texts: [String]) -> Language {
        var kana = 0, hangul = 0, han = 0, letters = 0
        outer: for text in texts {
            for scalar in text.unicodeScalars {
                if letters >= LanguageDetector.sampleLetters { break outer }
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A: letters += 1
                case 0...0x7F: continue
                case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: kana += 1; letters += 1
                case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: hangul += 1; letters += 1
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: han += 1; letters += 1
                default: if scalar.properties.isAlphabetic { letters += 1 }
                }
            }
        }
        if kana > 0, kana * 100 >= 15 * (kana + han) { return .ja }
        if hangul * 2 > letters { return .ko }
        if han > 0, han * 10 >= letters { return .zh }
        return .other
    }
}
