/// Accumulates UTF-8 text with HTML whitespace collapsing: a run of spaces,
/// tabs, newlines or no-break spaces becomes one space, and a run that held a
/// line break between two CJK characters becomes nothing (a source line
/// break inside Chinese text is not a word space).
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingHadNewline = false
    /// U+3000 counts as a space inside the text too (labels, titles), not only at the ends.
    var ideographicSpaceIsSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = text.count
        while i < n {
            let b = text[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = true
                if b == 0x0A || b == 0x0D { pendingHadNewline = true }
                i += 1; continue
            }
            if b == 0xC2, i + 1 < n, text[i + 1] == 0xA0 { pendingSpace = true; i += 2; continue }
            if ideographicSpaceIsSpace, b == 0xE3, i + 2 < n, text[i + 1] == 0x80, text[i + 2] == 0x80 {
                pendingSpace = true; i += 3; continue
            }
            if pendingSpace { flushSpace(beforeLead: b) }
            // C1 controls (U+0080–U+009F) never reach the output.
            if b == 0xC2, i + 1 < n, text[i + 1] >= 0x80, text[i + 1] <= 0x9F { i += 2; continue }
            bytes.append(b)
            i += 1
        }
    }

    mutating func append(_ string: String) {
        var s = string
        s.withUTF8 { append($0) }
    }

    /// A `<br>` or inline boundary: a space unless CJK sits on both sides.
    mutating func appendSpace() { if !bytes.isEmpty { pendingSpace = true; pendingHadNewline = true } }

    private mutating func flushSpace(beforeLead next: UInt8) {
        defer { pendingSpace = false; pendingHadNewline = false }
        guard !bytes.isEmpty else { return }
        if pendingHadNewline, TextBuilder.isWideLead(next), endsWithWide { return }
        bytes.append(0x20)
    }

    private var endsWithWide: Bool {
        var j = bytes.count - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j >= 0 && TextBuilder.isWideLead(bytes[j])
    }

    /// Lead bytes of U+3000–U+FFFF: CJK, kana, hangul, fullwidth forms.
    static func isWideLead(_ b: UInt8) -> Bool { b >= 0xE3 && b <= 0xEF }

    /// The text, trimmed: a pending trailing space is dropped, and so are
    /// ideographic spaces (U+3000) at either end.
    func finish() -> String {
        var start = 0, end = bytes.count
        func ideographicSpace(at i: Int) -> Bool {
            i + 2 < bytes.count && bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80
        }
        while start + 3 <= end, ideographicSpace(at: start) {
            start += 3
            while start < end, bytes[start] == 0x20 { start += 1 }
        }
        while end - 3 >= start, ideographicSpace(at: end - 3) {
            end -= 3
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
