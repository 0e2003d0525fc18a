/// W3: East Asian Ambiguous punctuation is one column under libc, but some
/// terminals draw it two columns wide and break every border. For those, a
/// display mode spells the common ones in ASCII, whose width nobody
/// disputes. Applied to text before layout, so widths stay exact.
enum AmbiguousSubstitution {
    static func apply(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0.value) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let ascii = replacement(for: scalar.value) { out.append(contentsOf: ascii.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    private static func replacement(for v: UInt32) -> String? {
        switch v {
        case 0x201C, 0x201D, 0x201E: return "\""
        case 0x2018, 0x2019: return "'"
        case 0x2026: return "..."
        case 0x2025: return ".."
        case 0x2014, 0x2013, 0x2015, 0x2500: return "-"
        case 0x00B7, 0x2027: return "."
        case 0x2502: return "|"
        case 0x2605: return "*"
        case 0x00D7: return "x"
        case 0x2460...0x2473: return "(\(v - 0x2460 + 1))"  // ①…⑳
        case 0x2474...0x2487: return "(\(v - 0x2474 + 1))"  // ⑴…⒇
        case 0x25CF, 0x25CB: return "o"
        case 0x2192: return ">"
        case 0x2190: return "<"
        default: return nil
        }
    }
}
