import Foundation

/// Per-cluster rules S6 and S8: NFC each grapheme cluster (except CJK
/// compatibility ideographs, whose NFC is a different ideograph) and keep at
/// most four zero-width code points in a cluster, which is all `setcchar`
/// can hold.
enum ClusterNormalizer {
    static let maxZeroWidthPerCluster = 4

    static func normalize(_ text: String, origins: inout OriginTrail) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var newOrigins: [Int] = []
        var scalarIndex = 0
        for cluster in text {
            let scalars = cluster.unicodeScalars
            let normalized = normalizeCluster(cluster, scalars)
            if origins.tracking {
                let origin = origins.origin(ofScalar: scalarIndex)
                scalarIndex += scalars.count
                for _ in normalized.unicodeScalars { newOrigins.append(origin) }
            }
            out.append(contentsOf: normalized)
        }
        if origins.tracking { origins.reset(to: newOrigins) }
        return out
    }

    private static func normalizeCluster(_ cluster: Character, _ scalars: Character.UnicodeScalarView) -> String {
        let first = scalars.first!.value
        if scalars.index(after: scalars.startIndex) == scalars.endIndex {
            if NFCUnstableAlone.contains(first) && !isCompatibilityIdeograph(first) {
                return String(cluster).precomposedStringWithCanonicalMapping
            }
            return String(cluster)
        }
        let capped = capZeroWidth(scalars)
        if isCompatibilityIdeograph(first) { return capped }
        return capZeroWidth(capped.precomposedStringWithCanonicalMapping.unicodeScalars)
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
