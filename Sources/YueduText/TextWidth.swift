// Part of the text engine's public surface: it routes to the rules in LibcWidth.swift.

public enum TextWidth {
    /// Columns the terminal advances for `s` once sanitized (W2).
    public static func of(_ s: String) -> Int {
        var total = 0
        for scalar in s.unicodeScalars { total += max(LibcWidth.of(scalar.value), 0) }
        return total
    }

    /// Columns for one grapheme cluster (already sanitized).
    public static func of(_ c: Character) -> Int {
        var total = 0
        for scalar in c.unicodeScalars { total += max(LibcWidth.of(scalar.value), 0) }
        return total
    }

    /// libc `wcwidth` of one code point under C.UTF-8, whatever the process
    /// locale: −1 for code points libc does not know.
    public static func libcWidth(_ scalar: Unicode.Scalar) -> Int { LibcWidth.of(scalar.value) }
}
