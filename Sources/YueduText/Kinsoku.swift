/// L2: the characters a line may not start with, and those it may not end
/// with (the spec's lists, which add ASCII punctuation and small kana to the
/// JIS X 4051 classes).
enum Kinsoku {
    static func cannotStartLine(_ v: UInt32) -> Bool {
        if v < 0x80 { return asciiCannotStart(v) }
        if isIdeographOrHangul(v) { return false }
        return lineStartForbidden.contains(v)
    }

    static func cannotEndLine(_ v: UInt32) -> Bool {
        switch v {
        case 0x28, 0x5B, 0x7B: return true                                   // ( [ {
        case 0x80...: return !isIdeographOrHangul(v) && lineEndForbidden.contains(v)
        default: return false
        }
    }

    /// The bulk of CJK text: never in either list, and cheaper to rule out
    /// than to hash.
    @inline(__always)
    private static func isIdeographOrHangul(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v)
    }

    private static func asciiCannotStart(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0x29, 0x5D, 0x7D: return true // , . : ; ! ? ) ] }
        default: return false
        }
    }

    private static let lineStartForbidden: Set<UInt32> = Set(
        ("、。，．：；！？）］｝〕〉》」』】〙〗〟’”»ヽヾゝゞ々〻ー・･‼⁇⁈⁉‐゠–〜～…‥"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ").unicodeScalars.map(\.value)
    ).union(0x31F0...0x31FF)                                                 // ㇰ–ㇿ small katakana

    private static let lineEndForbidden: Set<UInt32> = Set(
        "（［｛〔〈《「『【〘〖〝‘“«".unicodeScalars.map(\.value)
    )
}
