import CUchardet

/// uchardet's guess at the encoding of some bytes. It needs a few hundred
/// bytes of non-ASCII text and can be wrong on short pages (PLATFORM.md: a
/// short HKSCS page came out WINDOWS-1252), so its answer is only a hint
/// that EncodingDetector weighs against its own scoring.
enum Uchardet {
    /// uchardet reads this much at most: enough to decide, and bounded time.
    static let sampleLimit = 256 << 10

    /// The guessed encoding, nil when uchardet has no answer or names one
    /// this module cannot read.
    static func guess(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let uchardet = UchardetLibrary.shared
        guard let detector = uchardet.new() else { return nil }
        defer { uchardet.delete(detector) }
        let sample = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<min(bytes.count, sampleLimit)])
        guard let base = sample.baseAddress?.assumingMemoryBound(to: CChar.self),
              uchardet.handleData(detector, base, sample.count) == 0 else { return nil }
        uchardet.dataEnd(detector)
        guard let name = uchardet.charset(detector).map({ String(cString: $0) }), !name.isEmpty else { return nil }
        return encoding(ofUchardetName: name)
    }

    /// uchardet 0.0.7's names, mostly WHATWG labels; a few are its own.
    static func encoding(ofUchardetName name: String) -> TextEncoding? {
        switch EncodingLabel.asciiLowercased(name) {
        case "euc-tw": return .big5  // traditional Chinese: the Big5 candidate is the one to favour
        case "mac-cyrillic": return .iconv("MAC-CYRILLIC")
        default: return EncodingLabel.resolve(name)
        }
    }
}
