import COpenCC

/// OpenCC `t2s` (phrase-aware: 乾燥 → 干燥 but 乾隆 stays). Text without
/// any ideograph is returned as is, which skips the C call for Latin, kana
/// and hangul.
enum TraditionalToSimplified {
    static func convert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHan) else { return text }
        var input = text
        return input.withUTF8 { bytes -> String in
            guard let converted = yuedu_opencc_convert("t2s.json", bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, bytes.count) else {
                return text
            }
            defer { yuedu_opencc_free(converted) }
            return String(cString: converted)
        }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }
}
