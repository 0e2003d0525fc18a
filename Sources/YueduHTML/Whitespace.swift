import Foundation

package enum Whitespace {
    /// Runs of whitespace (including U+00A0 and U+3000) to one space, trimmed.
    package static func collapse(_ s: String) -> String {
        var out = TextBuilder()
        out.append(s.replacingOccurrences(of: "\u{3000}", with: " "))
        return trim(out.finish())
    }

    private static let blanks = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}\u{00A0}"))

    package static func trim(_ s: String) -> String { s.trimmingCharacters(in: blanks) }
}
