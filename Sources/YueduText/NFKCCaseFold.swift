import CLineBreak
import Foundation

/// ICU's NFKC_Casefold: NFKC, full case folding (ß → ss), default
/// ignorables removed, recomposed (ｶﾞ → ガ, which Foundation's NFKC on Linux
/// leaves apart). Foundation is the fallback if ICU ever fails.
enum NFKCCaseFold {
    /// UTF-8 in and out, converted to ICU's UTF-16 in C: going through
    /// Swift's `utf16` view and `String(decoding:as: UTF16.self)` cost ten
    /// times what ICU's normalization itself does.
    static func apply(_ s: String) -> String {
        var utf8 = s
        return utf8.withUTF8 { input -> String in
            guard !input.isEmpty else { return "" }
            guard input.count < Int(Int32.max / 4) else { return foundationFallback(s) }
            let base = input.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var capacity = input.count + input.count / 4 + 64
            while true {
                var needed: Int32 = 0
                let folded = String(unsafeUninitializedCapacity: capacity) { out in
                    let outBase = out.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                    needed = yuedu_nfkc_casefold_utf8(base, Int32(input.count), outBase, Int32(capacity))
                    return needed >= 0 && Int(needed) <= capacity ? Int(needed) : 0
                }
                if needed < 0 { return foundationFallback(s) }
                if Int(needed) <= capacity { return folded }
                capacity = Int(needed)
            }
        }
    }

    /// The UTF-16 path `apply` replaced, kept as the reference its tests
    /// compare it with.
    static func applyThroughUTF16(_ s: String) -> String {
        let source = Array(s.utf16)
        var capacity = source.count + source.count / 4 + 16
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let needed = source.withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { output in
                    yuedu_nfkc_casefold(input.baseAddress, Int32(input.count), output.baseAddress, Int32(capacity))
                }
            }
            if needed < 0 { return foundationFallback(s) }
            if Int(needed) <= capacity { return String(decoding: out[0..<Int(needed)], as: UTF16.self) }
            capacity = Int(needed)
        }
    }

    private static func foundationFallback(_ s: String) -> String {
        let folded = s.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where !scalar.properties.isDefaultIgnorableCodePoint { out.append(scalar) }
        return String(out)
    }
}
