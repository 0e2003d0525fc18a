/// Single-code-point display rules (S2–S5): which scalars are dropped, which
/// are replaced, and which are plain enough to pass untouched.
enum ScalarRules {
    /// S3 zero-width format characters, plus the emoji parts S4 removes
    /// (skin-tone modifiers, the keycap mark). ZWJ is handled by the caller.
    static func isDropped(_ v: UInt32) -> Bool {
        switch v {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180B...0x180F,
             0x200B...0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060...0x206F,
             0xFE00...0xFE0F, 0xFEFF, 0x3164, 0xFFA0, 0xE0000...0xE007F, 0xE0100...0xE01EF,
             0x1F3FB...0x1F3FF,   // skin tones (S4)
             0x20E3:              // combining enclosing keycap: keycap → its base (S4)
            return true
        default:
            return false
        }
    }

    /// S4: a regional indicator becomes its ASCII letter (🇯🇵 → JP).
    static func regionalIndicatorLetter(_ v: UInt32) -> UInt32? {
        (0x1F1E6...0x1F1FF).contains(v) ? v - 0x1F1E6 + 0x41 : nil
    }

    /// S5: what a code point libc does not know is shown as.
    static func unknownReplacement(_ v: UInt32) -> Unicode.Scalar {
        EastAsianWide.contains(v) ? "\u{3013}" : "?"
    }

    /// A scalar that may join its neighbours into a different cluster, be
    /// rewritten by NFC, or count against S8's zero-width cap. Scalars
    /// outside this set (plain ones, emoji, most letters) need no cluster
    /// pass.
    static func mayChangeItsCluster(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if LibcWidth.of(v) == 0 || NFCUnstableAlone.contains(v) { return true }
        if (0x1100...0x11FF).contains(v) || (0xA960...0xA97F).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        switch scalar.properties.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.properties.canonicalCombiningClass != .notReordered
        }
    }

    /// True for scalars common in CJK and Latin text that need no rule at
    /// all and are NFC on their own: they let whole paragraphs skip the
    /// rewriting passes.
    @inline(__always)
    static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E: return true
        case 0xA0...0x2FF: return v != 0xAD
        case 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x3163,
             0x3165...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF9D, 0xFFA1...0xFFDC:
            return LibcWidth.of(v) >= 0
        default:
            return false
        }
    }
}
