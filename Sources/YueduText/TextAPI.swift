// SCAFFOLD: the public surface of the text engine that other modules build
// against. The text-engine work replaces these naive bodies (issue 3) and may
// split them into files; the signatures stay.
import Foundation

/// Options for laying out one paragraph.
public struct LayoutOptions: Hashable, Sendable {
    /// Columns available; every row returned is at most this wide.
    public var width: Int
    /// ICU locale for break opportunities: "zh", "ja@lb=strict", "ko", "en".
    public var locale: String
    /// Indent the first line with two U+3000 (Chinese/Japanese typesetting).
    public var indentFirstLine: Bool
    /// Let closing punctuation hang past the edge (off by default, L3).
    public var hangingPunctuation: Bool

    public init(width: Int, locale: String = "zh", indentFirstLine: Bool = false, hangingPunctuation: Bool = false) {
        self.width = width; self.locale = locale; self.indentFirstLine = indentFirstLine
        self.hangingPunctuation = hangingPunctuation
    }
}

public enum TextWidth {
    /// Columns the terminal advances for `s` once sanitized (W2).
    public static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }

    /// Columns for one grapheme cluster (already sanitized).
    public static func of(_ c: Character) -> Int {
        var total = 0
        for scalar in c.unicodeScalars {
            let w = Int(yuedu_wcwidth(Int32(bitPattern: scalar.value)))
            total += max(w, 0)
        }
        return total
    }
}

@_silgen_name("wcwidth") private func yuedu_wcwidth(_ c: Int32) -> Int32

public enum Sanitizer {
    /// Display-safe text (S1–S8): no escape sequences or controls, zero-width
    /// format characters dropped, emoji reduced, NFC. Newlines are kept.
    public static func sanitize(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0
        }))
    }
}

public enum LineWrapper {
    /// Sanitizes and lays out one paragraph into rows no wider than
    /// `options.width` (L1–L11). Rows are not padded.
    public static func wrap(_ paragraph: String, options: LayoutOptions) -> [String] {
        let text = (options.indentFirstLine ? "\u{3000}\u{3000}" : "") + Sanitizer.sanitize(paragraph)
        var rows: [String] = [], row = "", used = 0
        for c in text {
            let w = TextWidth.of(c)
            if used + w > options.width, !row.isEmpty { rows.append(row); row = ""; used = 0 }
            row.append(c); used += w
        }
        if !row.isEmpty || rows.isEmpty { rows.append(row) }
        return rows
    }
}

public enum Truncation {
    /// Exactly `cells` columns: padded if it fits, else cut with `…` (T1).
    public static func truncate(_ s: String, to cells: Int) -> String {
        let text = Sanitizer.sanitize(s)
        if TextWidth.of(text) <= cells { return text + String(repeating: " ", count: cells - TextWidth.of(text)) }
        guard cells > 0 else { return "" }
        var out = "", used = 0
        for c in text {
            let w = TextWidth.of(c)
            if used + w > cells - 1 { break }
            out.append(c); used += w
        }
        return out + "…" + String(repeating: " ", count: cells - 1 - used)
    }

    /// Title truncated, a space, and the date right-aligned: exactly `width` (T2).
    public static func listRow(title: String, date: String, width: Int) -> String {
        let dateWidth = TextWidth.of(date)
        guard width > dateWidth + 1 else { return truncate(date, to: width) }
        return truncate(title, to: width - dateWidth - 1) + " " + date
    }
}

public enum SearchFold {
    /// The search fold (N1): NFKC, case fold, Traditional→Simplified, default
    /// ignorables removed. The same at index and query time.
    public static func fold(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping.lowercased()
    }
}
