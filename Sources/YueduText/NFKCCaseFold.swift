import CLineBreak
import Foundation

/// ICU's NFKC_Casefold: NFKC, full case folding (ß → ss), default
/// ignorables removed, recomposed (ｶﾞ → ガ, which Foundation's NFKC on Linux
/// leaves apart). Foundation is the fallback if ICU ever fails.
enum NFKCCaseFold {
    static func apply(_ s: String) -> String {
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
