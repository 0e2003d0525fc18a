import YueduModel
import YueduText

/// The counts `LanguageDetector` decides by: kana, hangul and Han
/// characters among the letters of the first `sampleLetters` letters.
struct ScriptCensus {
    private var kana = 0, hangul = 0, han = 0, letters = 0

    var language: Language {
        if kana > 0, kana * 100 >= 15 * (kana + han) { return .ja }
        if hangul * 2 > letters { return .ko }
        if han > 0, han * 10 >= letters { return .zh }
        return .other
    }

    /// Counts code points until the sample is full; true once it is.
    mutating func add<Values: Sequence<UInt32>>(_ values: Values) -> Bool {
        for v in values where add(v) { return true }
        return false
    }

    /// `add` straight from (valid) UTF-8: every article's text is counted,
    /// and decoding it through `unicodeScalars` cost more than the counting.
    mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let (v, length) = UTF8Scalar.decode(bytes, at: i)
            i += length
            if add(v) { return true }
        }
        return false
    }

    /// True when the sample was already full (`v` is then not counted).
    private mutating func add(_ v: UInt32) -> Bool {
        if letters >= LanguageDetector.sampleLetters { return true }
        switch v {
        case 0x41...0x5A, 0x61...0x7A:
            letters += 1
        case 0...0x7F:
            break
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D:
            kana += 1; letters += 1
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF:
            hangul += 1; letters += 1
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            han += 1; letters += 1
        default:
            if Self.isAlphabetic(v) { letters += 1 }
        }
        return false
    }

    /// Unicode's Alphabetic property, from a bit set for the BMP: CJK
    /// punctuation falls here in every line, and the property lookup was
    /// most of the detector's time.
    static func isAlphabetic(_ v: UInt32) -> Bool {
        guard v < 0x10000 else { return Unicode.Scalar(v)?.properties.isAlphabetic ?? false }
        return alphabeticBMP[Int(v >> 6)] & (1 << (v & 63)) != 0
    }

    private static let alphabeticBMP: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in 0..<UInt32(0x10000) {
            if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic { bits[Int(v >> 6)] |= 1 << (v & 63) }
        }
        return bits
    }()
}
