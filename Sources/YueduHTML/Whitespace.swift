import Foundation
import YueduText

package enum Whitespace {
    /// Runs of whitespace (including U+00A0 and U+3000) to one space, trimmed.
    package static func collapse(_ s: String) -> String {
        var out = TextBuilder()
        out.ideographicSpaceIsSpace = true
        out.append(s)
        return trim(out.finish())
    }

    /// Unicode white space at either end, U+3000 and U+00A0 among it.
    package static func trim(_ s: String) -> String { String(s.trimmingWhitespace) }
}
