import Foundation

/// Per-cluster rules S6 and S8: NFC each grapheme cluster (except CJK
/// compatibility ideographs, whose NFC is a different ideograph) and keep at
/// most four zero-width code points in a cluster, which is all `setcchar`
/// can hold.
enum ClusterNormalizer {
    static let maxZeroWidthPerCluster = 4

    static func normalize(_ text: String) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        for cluster in text {
            let scalars = cluster.unicodeScalars
            let first = scalars.first!.value
            if scalars.count == 1 {
                if NFCUnstableAlone.contains(first) && !isCompatibilityIdeograph(first) {
                    out.append(contentsOf: String(cluster).precomposedStringWithCanonicalMapping)
                } else {
                    out.append(cluster)
                }
                continue
            }
            let capped = capZeroWidth(scalars)
            if isCompatibilityIdeograph(first) {
                out.append(contentsOf: capped)
            } else {
                out.append(contentsOf: capZeroWidth(capped.precomposedStringWithCanonicalMapping.unicodeScalars))
            }
        }
        return out
    }

    private static func isCompatibilityIdeograph(_ v: UInt32) -> Bool {
        (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
    }

    private static func capZeroWidth(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var kept = String.UnicodeScalarView()
        var zeroWidth = 0
        for scalar in scalars {
            if LibcWidth.of(scalar.value) == 0 {
                zeroWidth += 1
                if zeroWidth > maxZeroWidthPerCluster { continue }
            }
            kept.append(scalar)
        }
        return String(kept)
    }
}
